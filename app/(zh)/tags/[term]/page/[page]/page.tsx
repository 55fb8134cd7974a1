import { termRoute } from '@/app/_routes/terms';

const route = termRoute('zh', 'tags');

export const dynamicParams = false;
export const generateStaticParams = route.laterPageParams;
export const generateMetadata = route.generateMetadata;
export default route.TermPostsPage;
