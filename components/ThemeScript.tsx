// Runs before the first paint, so a reader who chose a theme never sees the other one flash.
// The toggle is handled here too: the site ships no client bundle of its own for it.
const themeScript = `(function () {
  var root = document.documentElement;
  try {
    var saved = localStorage.getItem('theme');
    if (saved === 'light' || saved === 'dark') root.dataset.theme = saved;
  } catch (error) {}
  document.addEventListener('click', function (event) {
    var button = event.target instanceof Element && event.target.closest('[data-theme-toggle]');
    if (!button) return;
    var isDark = root.dataset.theme ? root.dataset.theme === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;
    root.dataset.theme = isDark ? 'light' : 'dark';
    try { localStorage.setItem('theme', root.dataset.theme); } catch (error) {}
  });
})();`;

export function ThemeScript() {
  return <script dangerouslySetInnerHTML={{ __html: themeScript }} />;
}
