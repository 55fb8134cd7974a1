import { questionProjectRoute } from '@/app/_routes/hubs';

const route = questionProjectRoute('zh');

export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.ProjectQuestionsPage;
