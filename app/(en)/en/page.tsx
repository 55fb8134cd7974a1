import { homeRoute } from '@/app/_routes/lists';

const route = homeRoute('en');

export const generateMetadata = route.generateMetadata;
export default route.HomePage;
