import { questionProjectRoute } from '@/app/_routes/hubs';

const route = questionProjectRoute('en');

export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.ProjectQuestionsPage;
