// The search island: enhances the forms SearchBox.tsx rendered on the server (form[data-search]) with
// results as the reader types. In the header, a tiny inline script of SearchBox loads this file when
// the reader first focuses a search box; the search page loads it at once. Pagefind loads with the
// first search (lib/search/search-posts.ts). Without JavaScript the forms submit to the search page.
// Keys: ↓ and ↑ move between the input and the results, Enter opens a result, Escape clears.
import type { Language } from '@/site.config';
import { labelsFor } from '@/lib/model/labels';
import type { ExcerptPart } from '@/lib/search/excerpt-parts';
import { loadSearchIndex, searchPosts, type SearchAnswer, type SearchHit } from '@/lib/search/search-posts';

/**
 * The parts of the results, each marked with its own attribute (data-search-hit, …), which the form's
 * stylesheet (SearchBox.module.css, .results) styles: the server's markup needs no class names for them.
 */
type ResultPart = 'panel' | 'status' | 'hits' | 'hit' | 'title' | 'kind' | 'meta' | 'tag' | 'excerpt';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, part: ResultPart | null, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (part) node.setAttribute(`data-search-${part}`, '');
  node.append(...children);
  return node;
}

function highlighted(parts: ExcerptPart[]): (Node | string)[] {
  return parts.map((part) => (part.isMatch ? element('mark', null, part.text) : part.text));
}

function hitItem(hit: SearchHit, questionLabel: string): HTMLLIElement {
  const title = element('span', 'title');
  if (hit.isQuestion) title.append(element('span', 'kind', questionLabel), ' ');
  title.append(...highlighted(hit.title));
  const meta = element('span', 'meta');
  if (hit.date) meta.append(element('span', null, hit.date));
  meta.append(...hit.tags.map((tag) => element('span', 'tag', tag)));
  const excerpt = element('span', 'excerpt', ...highlighted(hit.excerpt));
  const link = element('a', 'hit', title, meta, excerpt);
  link.href = hit.url;
  return element('li', null, link);
}

function enhance(form: HTMLFormElement): void {
  if (form.dataset.searchReady !== undefined) return;
  form.dataset.searchReady = '';
  const input = form.querySelector('input');
  if (!input) return;
  const isSearchPage = form.dataset.search === 'page';
  const lang = (form.dataset.searchLang ?? 'zh') as Language;
  const labels = labelsFor(lang);
  const location = { scriptUrl: form.dataset.searchIndex ?? '', baseUrl: form.dataset.searchBase ?? '/' };
  const statusId = `${input.id}-status`;

  let panel: HTMLDivElement | undefined;
  let status: HTMLParagraphElement | undefined;
  let list: HTMLUListElement | undefined;
  let listedHits: SearchHit[] = [];
  let indexState: 'loading' | 'loaded' | 'missing' = 'loading';
  // The hits of the last query answered, kept on screen while a newer query is on its way.
  let shown: (SearchAnswer & { query: string }) | null = null;
  let lastAsked = 0;

  function statusText(trimmed: string): string {
    if (indexState === 'missing') return labels.searchUnavailable;
    if (trimmed === '') return labels.searchHint;
    if (!shown) return labels.searchLoading;
    return shown.total === 0 ? labels.searchNoResults(shown.query) : labels.searchResultCount(shown.total, shown.posts, shown.questions);
  }

  function render(): void {
    if (!panel || !status) return;
    const trimmed = input!.value.trim();
    status.textContent = statusText(trimmed);
    const hits = trimmed === '' ? [] : (shown?.hits ?? []);
    // Rebuilt only when the hits change, so that a result the reader moved to keeps the focus.
    if (hits === listedHits) return;
    listedHits = hits;
    // A slower answer may replace the list the reader is moving through: the focus goes to the same result, or back to the box.
    const focused = list?.contains(document.activeElement) ? (document.activeElement as HTMLAnchorElement).href : undefined;
    list?.remove();
    list = undefined;
    if (hits.length > 0) {
      list = element('ul', 'hits', ...hits.map((hit) => hitItem(hit, labels.searchQuestion)));
      list.setAttribute('aria-label', labels.searchResults);
      panel.append(list);
    }
    if (focused !== undefined) ([...(list?.querySelectorAll('a') ?? [])].find((link) => link.href === focused) ?? input!).focus();
  }

  function open(): void {
    if (!panel) {
      status = element('p', 'status');
      status.id = statusId;
      status.setAttribute('role', 'status');
      panel = element('div', 'panel', status);
      // Safari does not focus a link on click: keeping the focus in the box keeps the panel open for the click.
      panel.addEventListener('mousedown', (event) => event.preventDefault());
      form.append(panel);
      input!.setAttribute('aria-describedby', statusId);
      loadSearchIndex(location).then(
        () => {
          if (indexState === 'loading') indexState = 'loaded';
          render();
        },
        () => {
          indexState = 'missing';
          render();
        },
      );
    }
    panel.hidden = false;
    render();
  }

  function close(): void {
    if (panel) panel.hidden = true;
  }

  function search(): void {
    render();
    const trimmed = input!.value.trim();
    if (trimmed === '') return;
    const asked = ++lastAsked;
    searchPosts(location, trimmed, lang).then(
      (answer) => {
        if (answer === null || asked !== lastAsked) return;
        shown = { ...answer, query: trimmed };
        render();
      },
      () => {
        indexState = 'missing';
        render();
      },
    );
  }

  function keepQueryInUrl(): void {
    if (!isSearchPage) return;
    const url = new URL(window.location.href);
    if (input!.value.trim() === '') url.searchParams.delete('q');
    else url.searchParams.set('q', input!.value);
    window.history.replaceState(window.history.state, '', url);
  }

  input.addEventListener('focus', open);
  input.addEventListener('input', () => {
    open();
    keepQueryInUrl();
    search();
  });
  form.addEventListener('keydown', (event) => {
    const hitLinks = Array.from(form.querySelectorAll<HTMLAnchorElement>('a[data-search-hit]'));
    const position = hitLinks.findIndex((link) => link === event.target);
    if (event.key === 'ArrowDown' && (event.target === input || position >= 0)) {
      event.preventDefault();
      hitLinks[Math.min(position + 1, hitLinks.length - 1)]?.focus();
    } else if (event.key === 'ArrowUp' && position >= 0) {
      event.preventDefault();
      (position === 0 ? input : hitLinks[position - 1])?.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      input.value = '';
      keepQueryInUrl();
      render();
      if (!isSearchPage) close();
      input.focus();
    }
  });
  form.addEventListener('focusout', (event) => {
    if (!isSearchPage && !form.contains(event.relatedTarget as Node | null)) close();
  });
  // The search page already shows the results; the header's form goes to it, the query with it.
  form.addEventListener('submit', (event) => {
    if (isSearchPage) event.preventDefault();
  });

  if (isSearchPage) {
    // Visiting the search page opens search, with the query the header's form sent (?q=).
    input.value = new URLSearchParams(window.location.search).get('q') ?? '';
    open();
    input.focus();
    search();
  } else if (form.contains(document.activeElement)) {
    // The focus that loaded this island: what the reader typed while it loaded is searched.
    open();
    if (input.value.trim() !== '') search();
  }
}

/**
 * In `next dev` the pages keep React, which hydrates the server's markup: an island that changed
 * the markup before that would make React replace it. In the export (no React) this is at once.
 */
function whenHydrated(form: HTMLFormElement): Promise<void> {
  if (!Array.isArray((window as { __next_f?: unknown }).__next_f)) return Promise.resolve();
  return new Promise((resolve) => {
    const started = Date.now();
    const check = () => {
      if (Object.keys(form).some((key) => key.startsWith('__reactFiber')) || Date.now() - started > 10_000) resolve();
      else setTimeout(check, 50);
    };
    check();
  });
}

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-search]')) {
  void whenHydrated(form).then(() => enhance(form));
}
