import { questionsRoute } from '@/app/_routes/hubs';

const route = questionsRoute('zh');

export const generateMetadata = route.generateMetadata;
export default route.QuestionsPage;
