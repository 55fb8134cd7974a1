import { sectionLaterPagesRoute } from '@/app/_routes/lists';

const route = sectionLaterPagesRoute('zh');

export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.SectionLaterPage;
