import { questionsRoute } from '@/app/_routes/hubs';

const route = questionsRoute('en');

export const metadata = route.metadata;
export default route.QuestionsPage;
