import { questionsRoute } from '@/app/_routes/hubs';

const route = questionsRoute('zh');

export const metadata = route.metadata;
export default route.QuestionsPage;
