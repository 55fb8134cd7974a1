import { termIndexRoute } from '@/app/_routes/terms';

const route = termIndexRoute('zh', 'tags');

export const generateMetadata = route.generateMetadata;
export default route.TermIndexPage;
