import { homeLaterPagesRoute } from '@/app/_routes/lists';

const route = homeLaterPagesRoute('zh');

export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.HomeLaterPage;
