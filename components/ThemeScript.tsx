import { minifiedInlineScript } from '@/lib/outputs/islands';

// Runs before the first paint, so a reader who chose a theme never sees the other one flash.
// The toggle is handled here too: the site ships no client bundle of its own for it.
// Three modes: none stored (data-theme absent, the page follows prefers-color-scheme), 'light', 'dark'.
// A click goes system → the scheme the system does not show → the one it shows → system, so the
// first click always changes what the reader sees.
const themeScript = minifiedInlineScript(`(function () {
  var root = document.documentElement;
  try {
    var saved = localStorage.getItem('theme');
    if (saved === 'light' || saved === 'dark') root.dataset.theme = saved;
  } catch (error) {}
  document.addEventListener('click', function (event) {
    var button = event.target instanceof Element && event.target.closest('[data-theme-toggle]');
    if (!button) return;
    var shown = matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
    var other = shown === 'dark' ? 'light' : 'dark';
    var next = !root.dataset.theme ? other : root.dataset.theme === other ? shown : '';
    if (next) root.dataset.theme = next;
    else delete root.dataset.theme;
    try {
      if (next) localStorage.setItem('theme', next);
      else localStorage.removeItem('theme');
    } catch (error) {}
  });
})();`);

export function ThemeScript() {
  return <script dangerouslySetInnerHTML={{ __html: themeScript }} />;
}
