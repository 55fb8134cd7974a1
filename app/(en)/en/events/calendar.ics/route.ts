import { calendarRoute } from '@/app/_routes/hubs';

const route = calendarRoute('en');

export const dynamic = 'force-static';
export const GET = route.GET;
