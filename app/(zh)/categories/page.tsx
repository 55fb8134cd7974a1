import { termIndexRoute } from '@/app/_routes/terms';

const route = termIndexRoute('zh', 'categories');

export const generateMetadata = route.generateMetadata;
export default route.TermIndexPage;
