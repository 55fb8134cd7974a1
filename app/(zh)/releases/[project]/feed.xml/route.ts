import { releaseFeedRoute } from '@/app/_routes/hubs';

const route = releaseFeedRoute('zh');

export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const GET = route.GET;
