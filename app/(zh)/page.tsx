import { homeRoute } from '@/app/_routes/lists';

const route = homeRoute('zh');

export const generateMetadata = route.generateMetadata;
export default route.HomePage;
