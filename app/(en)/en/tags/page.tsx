import { termIndexRoute } from '@/app/_routes/terms';

const route = termIndexRoute('en', 'tags');

export const generateMetadata = route.generateMetadata;
export default route.TermIndexPage;
