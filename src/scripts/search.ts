/**
 * The search page's script: runs Pagefind's search as people type, shows the
 * results as links with highlighted excerpts, announces how many there are,
 * and keeps the words in `?q=` so a search can be shared. Pagefind is loaded
 * only when it is needed: when the search box gets focus or the address
 * already has `?q=`.
 */
import {
  countMessage,
  mergeHits,
  normalizeQuery,
  resultView,
  searchWords,
  withQuery,
  type ResultView,
  type SearchResultData,
} from '../lib/search.ts';

/** The parts of Pagefind's browser API (`pagefind/pagefind.js`) this page uses. */
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string): Promise<PagefindSearch>;
  debouncedSearch(
    query: string,
    options: Record<string, unknown>,
    wait: number,
  ): Promise<PagefindSearch | null>;
}

interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<SearchResultData>;
}

interface PagefindSearch {
  results: PagefindResult[];
}

/** How long typing must pause before a search runs. */
const DEBOUNCE_MS = 150;

/** How many results are shown before the rest have loaded. */
const FIRST = 4;

const form = document.querySelector<HTMLFormElement>('form[data-search]');
const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
const status = document.querySelector<HTMLElement>('[data-search-status]');
const list = document.querySelector<HTMLOListElement>('[data-search-results]');

if (form && input && status && list) {
  const messages = {
    none: form.dataset.none ?? '',
    one: form.dataset.one ?? '',
    many: form.dataset.many ?? '',
  };
  const failed = form.dataset.error ?? '';
  const lang = document.documentElement.lang;
  let pagefind: Promise<Pagefind> | undefined;
  let latest = 0;

  const load = (): Promise<Pagefind> => {
    pagefind ??= (async () => {
      const base = import.meta.env.BASE_URL;
      const api = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
      await api.options({ baseUrl: base, excerptLength: 24, excerptEllipsis: '…' });
      await api.init();
      return api;
    })();
    return pagefind;
  };

  const render = (query: string, views: ResultView[], count: number) => {
    list.replaceChildren(...views.map(resultItem));
    list.hidden = count === 0;
    list.dataset.query = query;
    list.toggleAttribute('aria-busy', views.length < count);
    status.textContent = countMessage(count, query, messages);
    history.replaceState(history.state, '', withQuery(location.href, query));
  };

  const clear = () => {
    list.replaceChildren();
    list.hidden = true;
    list.removeAttribute('aria-busy');
    delete list.dataset.query;
    status.textContent = '';
  };

  const run = async (raw: string, now: boolean) => {
    const query = normalizeQuery(raw);
    const id = ++latest;
    if (query === '') {
      clear();
      history.replaceState(history.state, '', withQuery(location.href, ''));
      return;
    }
    const words = searchWords(query, lang);
    const terms = words.join(' ');
    // While people type, one letter would match almost every page: wait for the next one.
    if (!now && terms.length < 2) return;
    try {
      if (terms === '') {
        render(query, [], 0);
        return;
      }
      const api = await load();
      const search = now ? await api.search(terms) : await api.debouncedSearch(terms, {}, DEBOUNCE_MS);
      if (!search || id !== latest) return;
      let results = search.results;
      // Pagefind finds only pages with every word; when none has them all, rank pages by how many they have.
      if (results.length === 0 && words.length > 1) {
        const perWord = await Promise.all(words.map((word) => api.search(word)));
        if (id !== latest) return;
        results = mergeHits(
          perWord.map((s) => s.results.map((result) => ({ id: result.id, score: result.score, result }))),
        );
      }
      // Show the first few as soon as they are here, then the rest.
      const first = await Promise.all(results.slice(0, FIRST).map((result) => result.data()));
      if (id !== latest) return;
      render(query, first.map(resultView), results.length);
      if (results.length <= FIRST) return;
      const rest = await Promise.all(results.slice(FIRST).map((result) => result.data()));
      if (id !== latest) return;
      list.append(...rest.map((data) => resultItem(resultView(data))));
      list.removeAttribute('aria-busy');
    } catch {
      if (id !== latest) return;
      clear();
      status.textContent = failed;
    }
  };

  input.addEventListener('focus', () => void load().catch(() => undefined), { once: true });
  input.addEventListener('input', () => void run(input.value, false));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(input.value, true);
  });

  const initial = normalizeQuery(new URLSearchParams(location.search).get('q'));
  if (initial !== '') {
    input.value = initial;
    void run(initial, true);
  }
}

/** One result: a link to the page (at the matching heading), and the excerpt with the matched words marked. */
function resultItem(view: ResultView): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = view.url;
  const title = document.createElement('span');
  title.className = 'title';
  title.textContent = view.title;
  link.append(title);
  if (view.section) {
    const separator = document.createElement('span');
    separator.className = 'visually-hidden';
    separator.textContent = ': ';
    const section = document.createElement('span');
    section.className = 'section';
    section.textContent = view.section;
    link.append(separator, section);
  }
  item.append(link);
  if (view.excerpt.length > 0) {
    const excerpt = document.createElement('p');
    excerpt.className = 'excerpt';
    for (const part of view.excerpt) {
      if (part.mark) {
        const mark = document.createElement('mark');
        mark.textContent = part.text;
        excerpt.append(mark);
      } else excerpt.append(part.text);
    }
    item.append(excerpt);
  }
  return item;
}
