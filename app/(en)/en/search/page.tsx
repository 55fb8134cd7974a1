import { searchRoute } from '@/app/_routes/pages';

const route = searchRoute('en');

export const generateMetadata = route.generateMetadata;
export default route.SearchPage;
