import { archivesRoute } from '@/app/_routes/pages';

const route = archivesRoute('zh');

export const metadata = route.metadata;
export default route.ArchivesPage;
