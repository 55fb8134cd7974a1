import { termIndexRoute } from '@/app/_routes/terms';

const route = termIndexRoute('en', 'categories');

export const generateMetadata = route.generateMetadata;
export default route.TermIndexPage;
