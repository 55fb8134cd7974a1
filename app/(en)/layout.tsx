import { languageLayout } from '@/app/_routes/layout';

const route = languageLayout('en');

export const metadata = route.metadata;
export { viewport } from '@/app/_routes/layout';
export default route.RootLayout;
