import type { PostListing } from '@/lib/site-index/queries';
import { postJsonLd } from '@/lib/outputs/post-json-ld';

/**
 * The post's structured data in a <script type="application/ld+json">. "<" is escaped so that
 * a title containing "</script>" cannot end the script early.
 */
export function PostJsonLd({ listing }: { listing: PostListing }) {
  const json = JSON.stringify(postJsonLd(listing)).replace(/</g, '\\u003c');
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />;
}
