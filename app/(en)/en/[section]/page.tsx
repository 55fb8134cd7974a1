import { sectionOrPageRoute } from '@/app/_routes/posts';

const route = sectionOrPageRoute('en');

export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.SectionOrPage;
