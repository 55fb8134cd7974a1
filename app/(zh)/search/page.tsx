import { searchRoute } from '@/app/_routes/pages';

const route = searchRoute('zh');

export const metadata = route.metadata;
export default route.SearchPage;
