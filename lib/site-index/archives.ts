import { siteConfig, type Language } from '@/site.config';
import { formatDay } from '../model/dates';
import { getListing, getPosts, type PostListing } from './queries';

/** One year of the archives: its posts, newest first. */
export interface ArchiveYear {
  year: string;
  listings: PostListing[];
}

/** Every published post grouped by the year it was published in the site's time zone, newest year first. */
export function getArchiveYears(lang: Language): ArchiveYear[] {
  const years: ArchiveYear[] = [];
  for (const post of getPosts(lang)) {
    const year = formatDay(post.date, siteConfig.timeZone).slice(0, 4);
    const last = years.at(-1);
    if (last?.year === year) last.listings.push(getListing(post));
    else years.push({ year, listings: [getListing(post)] });
  }
  return years;
}
