import { archivesRoute } from '@/app/_routes/pages';

const route = archivesRoute('zh');

export const generateMetadata = route.generateMetadata;
export default route.ArchivesPage;
