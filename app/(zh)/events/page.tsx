import { eventsRoute } from '@/app/_routes/hubs';

const route = eventsRoute('zh');

export const generateMetadata = route.generateMetadata;
export default route.EventsPage;
