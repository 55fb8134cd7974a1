import { islandUrl, minifiedInlineScript } from '@/lib/outputs/islands';

/**
 * All the script a page runs before a reader touches anything, besides the theme's and the events
 * clock's: the first focus in a search form loads the search island (search-box-island.ts, and with
 * the first search Pagefind); a page with a code block loads the copy island (mdx/copy-code-island.ts).
 */
export async function IslandScripts() {
  const [search, copyCode] = await Promise.all([islandUrl('search'), islandUrl('copy-code')]);
  const script = minifiedInlineScript(`(function () {
  addEventListener('focusin', function load(event) {
    if (!(event.target instanceof Element && event.target.closest('form[data-search]'))) return;
    removeEventListener('focusin', load);
    import(${JSON.stringify(search)});
  });
  function copyCode() {
    if (document.querySelector('[data-copy-code]')) import(${JSON.stringify(copyCode)});
  }
  if (document.readyState === 'loading') addEventListener('DOMContentLoaded', copyCode);
  else copyCode();
})();`);
  return <script dangerouslySetInnerHTML={{ __html: script }} />;
}
