import { releasesRoute } from '@/app/_routes/hubs';

const route = releasesRoute('en');

export const metadata = route.metadata;
export default route.ReleasesPage;
