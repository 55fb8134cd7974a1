import { calendarRoute } from '@/app/_routes/hubs';

const route = calendarRoute('zh');

export const dynamic = 'force-static';
export const GET = route.GET;
