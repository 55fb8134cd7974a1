// What kind of run this is, read from the environment in this one place (at call time:
// `npm run build -- --drafts` sets INCLUDE_DRAFTS after its modules are loaded).
import { siteConfig } from '@/site.config';

/** `next dev`: pages are rendered on request from content that may change between two requests. */
export function isDevServer(): boolean {
  return process.env.NODE_ENV === 'development';
}

/** Drafts and future posts are shown: in `next dev`, and in a preview build (`npm run build -- --drafts` sets INCLUDE_DRAFTS=1). */
export function includesUnpublished(): boolean {
  return isDevServer() || process.env.INCLUDE_DRAFTS === '1';
}

/**
 * How a link to a missing page, or a missing local image, cover or file, is reported: site.config.ts's
 * brokenLinks, or BROKEN_LINKS=warning for one run (a site just moved from Hugo builds first, and is
 * fixed at leisure). Read at call time, as the rest of this module.
 */
export function brokenLinkSeverity(): 'error' | 'warning' {
  const fromEnvironment = process.env.BROKEN_LINKS;
  if (fromEnvironment === 'warning' || fromEnvironment === 'error') return fromEnvironment;
  return siteConfig.brokenLinks;
}
