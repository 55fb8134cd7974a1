import { notFoundRoute } from '@/app/_routes/not-found';

const route = notFoundRoute('en');

export const metadata = route.metadata;
export default route.NotFound;
