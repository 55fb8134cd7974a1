import { homeRoute } from '@/app/_routes/lists';

const route = homeRoute('zh');

export const metadata = route.metadata;
export default route.HomePage;
