/**
 * A page that sends the reader on to another URL. Static hosts cannot redirect, so this is
 * what Hugo writes too: a meta refresh and a plain link. The route's metadata gives the
 * canonical URL (the target) and keeps the page out of search indexes.
 */
export function RedirectPage({ to }: { to: string }) {
  return (
    <div className="page">
      <meta httpEquiv="refresh" content={`0; url=${to}`} />
      <p>
        <a href={to}>{to}</a>
      </p>
    </div>
  );
}
