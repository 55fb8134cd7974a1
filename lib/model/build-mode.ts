// What kind of run this is, read from the environment in this one place (at call time:
// `npm run build -- --drafts` sets INCLUDE_DRAFTS after its modules are loaded).

/** `next dev`: pages are rendered on request from content that may change between two requests. */
export function isDevServer(): boolean {
  return process.env.NODE_ENV === 'development';
}

/** Drafts and future posts are shown: in `next dev`, and in a preview build (`npm run build -- --drafts` sets INCLUDE_DRAFTS=1). */
export function includesUnpublished(): boolean {
  return isDevServer() || process.env.INCLUDE_DRAFTS === '1';
}
