import { postRoute } from '@/app/_routes/posts';

const route = postRoute('en');

export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.PostRoutePage;
