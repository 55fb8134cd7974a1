import { releasesRoute } from '@/app/_routes/hubs';

const route = releasesRoute('zh');

export const generateMetadata = route.generateMetadata;
export default route.ReleasesPage;
