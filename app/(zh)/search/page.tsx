import { searchRoute } from '@/app/_routes/pages';

const route = searchRoute('zh');

export const generateMetadata = route.generateMetadata;
export default route.SearchPage;
