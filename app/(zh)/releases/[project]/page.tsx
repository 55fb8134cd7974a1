import { releaseProjectRoute } from '@/app/_routes/hubs';

const route = releaseProjectRoute('zh');

export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.ReleaseProjectPage;
