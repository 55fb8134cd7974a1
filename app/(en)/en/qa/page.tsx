import { questionsRoute } from '@/app/_routes/hubs';

const route = questionsRoute('en');

export const generateMetadata = route.generateMetadata;
export default route.QuestionsPage;
