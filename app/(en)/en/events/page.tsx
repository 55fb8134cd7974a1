import { eventsRoute } from '@/app/_routes/hubs';

const route = eventsRoute('en');

export const metadata = route.metadata;
export default route.EventsPage;
