import { eventsRoute } from '@/app/_routes/hubs';

const route = eventsRoute('en');

export const generateMetadata = route.generateMetadata;
export default route.EventsPage;
