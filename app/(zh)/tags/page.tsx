import { termIndexRoute } from '@/app/_routes/terms';

const route = termIndexRoute('zh', 'tags');

export const metadata = route.metadata;
export default route.TermIndexPage;
