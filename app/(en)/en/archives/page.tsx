import { archivesRoute } from '@/app/_routes/pages';

const route = archivesRoute('en');

export const generateMetadata = route.generateMetadata;
export default route.ArchivesPage;
