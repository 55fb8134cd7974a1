import { archivesRoute } from '@/app/_routes/pages';

const route = archivesRoute('en');

export const metadata = route.metadata;
export default route.ArchivesPage;
