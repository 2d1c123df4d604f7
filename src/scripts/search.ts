/**
 * The search page's script: shows the help-now box first when a search has a
 * crisis word, runs Pagefind's search as people type, shows the results as
 * links with highlighted excerpts, announces how many there are, and keeps
 * the words in `?q=` so a search can be shared. Pagefind and the site's
 * vocabulary (for compounds and spelling) load only when they are needed:
 * when the search box gets focus or the address already has `?q=`.
 */
import {
  countMessage,
  isStopWord,
  mergeHits,
  mergeInOrder,
  normalizeQuery,
  resultView,
  searchWords,
  withQuery,
  type ResultView,
  type SearchResultData,
} from '../lib/search.ts';
import { hasAnyTerm, situationSearches, type Situation } from '../lib/search-query.ts';

/** The parts of Pagefind's browser API (`pagefind/pagefind.js`) this page uses. */
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(query: string): Promise<void>;
  search(query: string): Promise<PagefindSearch>;
}

interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<SearchResultData>;
}

interface PagefindSearch {
  results: PagefindResult[];
}

/** What the search page gives the script: this language's crisis words and situations. */
interface SearchConfig {
  crisis: string[];
  situations: Situation[];
}

/**
 * How long typing must pause before a search runs. Each key press already has Pagefind fetch the index
 * parts its words need, and a search that a newer key press overtakes shows nothing, so a short pause
 * costs little.
 */
const DEBOUNCE_MS = 100;

/** How many results are shown before the rest have loaded. */
const FIRST = 4;

const form = document.querySelector<HTMLFormElement>('form[data-search]');
const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
const status = document.querySelector<HTMLElement>('[data-search-status]');
const list = document.querySelector<HTMLOListElement>('[data-search-results]');
const help = document.querySelector<HTMLElement>('[data-search-help]');
const suggest = document.querySelector<HTMLElement>('[data-search-suggest]');
const suggestion = suggest?.querySelector<HTMLAnchorElement>('[data-suggestion]');

if (form && input && status && list && help && suggest && suggestion) {
  const messages = {
    none: form.dataset.none ?? '',
    one: form.dataset.one ?? '',
    many: form.dataset.many ?? '',
  };
  const failed = form.dataset.error ?? '';
  const helpFirst = form.dataset.helpFirst ?? '';
  const config: SearchConfig = JSON.parse(form.dataset.config ?? '{"crisis":[],"situations":[]}');
  const lang = document.documentElement.lang === 'nb' ? 'nb' : 'en';
  const base = import.meta.env.BASE_URL;
  let engine: ReturnType<typeof loadEngine> | undefined;
  let latest = 0;

  const load = () => (engine ??= loadEngine(base, lang));

  /**
   * Shows the results of `query` (or keeps the ones already shown, given as their number) and
   * announces the count, which names `shown`, the search that ran (corrected, if it was).
   */
  const render = (
    query: string,
    shown: string,
    views: ResultView[] | number,
    count: number,
    crisis: boolean,
  ) => {
    if (typeof views !== 'number') list.replaceChildren(...views.map(resultItem));
    const onScreen = typeof views === 'number' ? views : views.length;
    list.hidden = count === 0;
    list.dataset.query = query;
    list.toggleAttribute('aria-busy', onScreen < count);
    const counted = countMessage(count, shown, messages);
    status.textContent = crisis ? `${helpFirst} ${counted}` : counted;
  };

  const clear = () => {
    list.replaceChildren();
    list.hidden = true;
    list.removeAttribute('aria-busy');
    delete list.dataset.query;
    status.textContent = '';
    help.hidden = true;
    suggest.hidden = true;
  };

  const run = async (raw: string, now: boolean) => {
    const query = normalizeQuery(raw);
    const id = ++latest;
    // The address keeps the question (for Back and for sharing), once typing pauses: a browser fetches
    // the page's icon again at every change of address.
    const remember = () => history.replaceState(history.state, '', withQuery(location.href, query));
    if (query === '') {
      remember();
      clear();
      return;
    }
    // Help first: the box shows at once, before and whatever the index finds.
    const crisis = hasAnyTerm(query, config.crisis);
    help.hidden = !crisis;
    const words = searchWords(query, lang);
    // While people type, one letter would match almost every page: wait for the next one.
    if (!now && words.join(' ').length < 2) {
      remember();
      return;
    }
    if (!now) {
      // While typing pauses, Pagefind fetches the index chunks the words will need.
      void load()
        .then(({ api, plan }) => plan(words).searches.forEach((terms) => void api.preload(terms.join(' '))))
        .catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, DEBOUNCE_MS));
      if (id !== latest) return;
    }
    remember();
    try {
      if (words.length === 0) {
        suggest.hidden = true;
        render(query, query, [], 0, crisis);
        return;
      }
      const { api, plan, corrected, known } = await load();
      if (id !== latest) return;
      const wordPlan = plan(words);
      // A situation's search runs only when the site has all its words (a copy may word it otherwise).
      const situations = situationSearches(query, config.situations, lang)
        .map((s) => searchWords(s, lang))
        .filter((terms) => terms.every(known));
      const searches = [...situations, ...wordPlan.searches];
      const shown = wordPlan.corrections.length > 0 ? corrected(query, wordPlan.corrections) : query;
      suggest.hidden = shown === query;
      if (shown !== query) {
        suggestion.textContent = shown;
        suggestion.href = withQuery(location.href, shown);
      }
      // All searches start at once; Pagefind answers them in order, best first.
      const pending = searches.map(async (terms, i) => {
        const found = (await api.search(terms.join(' '))).results;
        // Pagefind finds only pages with every word; when none has them all, rank pages by how many
        // they have. Only for the query itself: a situation's words must all be there.
        if (found.length > 0 || terms.length < 2 || i < situations.length) return found;
        const perWord = await Promise.all(terms.map((word) => api.search(word)));
        return mergeHits(perWord.map((s) => s.results.map((r) => ({ id: r.id, score: r.score, result: r }))));
      });
      // Show the first few as soon as the best searches have found them; later searches only add
      // pages after those, so nothing shown moves.
      const lists: PagefindResult[][] = [];
      let shownCount = 0;
      for (const next of pending) {
        lists.push(await next);
        if (id !== latest) return;
        const sofar = mergeInOrder(lists);
        if (shownCount === 0 && sofar.length >= FIRST) {
          const first = await Promise.all(sofar.slice(0, FIRST).map((result) => result.data()));
          if (id !== latest) return;
          list.replaceChildren(...first.map(resultView).map(resultItem));
          list.hidden = false;
          list.dataset.query = query;
          list.setAttribute('aria-busy', 'true');
          shownCount = FIRST;
        }
      }
      const results = mergeInOrder(lists);
      if (shownCount === 0) {
        const first = await Promise.all(results.slice(0, FIRST).map((result) => result.data()));
        if (id !== latest) return;
        render(query, shown, first.map(resultView), results.length, crisis);
        shownCount = first.length;
      } else render(query, shown, [...list.children].length, results.length, crisis);
      if (results.length <= shownCount) return;
      const rest = await Promise.all(results.slice(shownCount).map((result) => result.data()));
      if (id !== latest) return;
      list.append(...rest.map((data) => resultItem(resultView(data))));
      list.removeAttribute('aria-busy');
    } catch {
      if (id !== latest) return;
      list.replaceChildren();
      list.hidden = true;
      suggest.hidden = true;
      status.textContent = crisis ? `${helpFirst} ${failed}` : failed;
    }
  };

  input.addEventListener('focus', () => void load().catch(() => undefined), { once: true });
  input.addEventListener('input', () => void run(input.value, false));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(input.value, true);
  });
  suggestion.addEventListener('click', (event) => {
    event.preventDefault();
    input.value = suggestion.textContent ?? '';
    void run(input.value, true);
  });

  const initial = normalizeQuery(new URLSearchParams(location.search).get('q'));
  if (initial !== '') {
    input.value = initial;
    void run(initial, true);
  }
}

/**
 * Loads Pagefind, the site's vocabulary and the code that uses it, together, once: the vocabulary
 * turns a query's words into searches (compounds split, typing slips corrected, see
 * `src/lib/search-words.ts`). Without the vocabulary, search still runs on the words as typed.
 */
async function loadEngine(base: string, lang: 'en' | 'nb') {
  const [api, words, vocabularyWords] = await Promise.all([
    (async () => {
      const api = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
      await api.options({ baseUrl: base, excerptLength: 24, excerptEllipsis: '…' });
      await api.init();
      return api;
    })(),
    import('../lib/search-words.ts'),
    fetch(`${base}pagefind/groundwork-words.${lang}.json`)
      .then((response) => (response.ok ? (response.json() as Promise<{ words: string[] }>) : { words: [] }))
      .then((data) => data.words)
      .catch(() => [] as string[]),
  ]);
  const vocab = words.makeVocabulary(vocabularyWords);
  const exact = new Set(vocab.sorted);
  const split = (word: string) =>
    words.splitCompound(word, {
      isPart: (piece) => piece.length >= 3 && exact.has(words.wordKey(piece)) && !isStopWord(piece, lang),
      minLast: 4,
      joiners: lang === 'nb' ? ['s', 'e'] : [],
    });
  // Compounds the index knows are split too in Norwegian, where they are written together.
  const splitKnown = lang === 'nb' ? split : () => undefined;
  const plan =
    vocabularyWords.length > 0
      ? (query: readonly string[]) => words.planWords(query, vocab, split, splitKnown, lang === 'nb')
      : (query: readonly string[]) => ({ searches: [[...query]], corrections: [], unknown: [] });
  const known = (word: string) => vocabularyWords.length === 0 || words.isKnown(vocab, word);
  return { api, plan, corrected: words.correctedQuery, known };
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
