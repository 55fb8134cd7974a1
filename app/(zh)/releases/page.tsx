import { releasesRoute } from '@/app/_routes/hubs';

const route = releasesRoute('zh');

export const metadata = route.metadata;
export default route.ReleasesPage;
