import { termIndexRoute } from '@/app/_routes/terms';

const route = termIndexRoute('en', 'categories');

export const metadata = route.metadata;
export default route.TermIndexPage;
