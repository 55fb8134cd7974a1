import { homeLaterPagesRoute } from '@/app/_routes/lists';

const route = homeLaterPagesRoute('en');

export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.HomeLaterPage;
