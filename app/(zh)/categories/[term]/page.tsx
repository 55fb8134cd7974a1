import { termRoute } from '@/app/_routes/terms';

const route = termRoute('zh', 'categories');

export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.TermPostsPage;
