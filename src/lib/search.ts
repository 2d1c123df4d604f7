/**
 * Pure helpers for the search page: reading Pagefind's excerpts as text,
 * choosing which heading a result links to, and the words that announce a
 * search. No DOM here; `src/scripts/search.ts` wires them to the page.
 */
import type { Lang } from '../schemas/common.ts';
import { fill } from './format.ts';

/** One section of a Pagefind result: the text under one heading (or the top of the page). */
export interface SearchSubResult {
  /** The heading's text, or the page title for the top of the page. */
  title: string;
  /** The page's address, with `#heading-id` when the section has a heading. */
  url: string;
  /** The matching text, with matched words in `<mark>`. */
  excerpt: string;
  /** Positions of the matched words in the section. */
  locations?: number[];
  /** How much each match counts (a match in a heading counts more). */
  weighted_locations?: { weight: number; balanced_score: number; location: number }[];
  /** The heading element, when the section starts at one. */
  anchor?: { element: string; id: string; text?: string; location: number };
}

/** What Pagefind's `result.data()` gives for one page (the parts the search page uses). */
export interface SearchResultData {
  /** The page's address. */
  url: string;
  /** The best matching text on the page, with matched words in `<mark>`. */
  excerpt: string;
  /** The page's metadata; `title` is its first `h1`. */
  meta: { title?: string } & Record<string, string | undefined>;
  /** The page's sections that match. */
  sub_results?: SearchSubResult[];
}

/** A run of excerpt text, highlighted when it matched the search. */
export interface ExcerptPart {
  /** The text, with HTML entities decoded: put it on the page as text, never as markup. */
  text: string;
  /** Whether the text matched a search word. */
  mark: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the HTML entities Pagefind can leave in an excerpt: named ones above and numeric ones. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Soft hyphens: the index marks the joins of compounds with them; they are never shown. */
const SOFT_HYPHENS = /\u00ad/g;

/**
 * Splits a Pagefind excerpt into plain and highlighted runs of text. Only
 * `<mark>` and `</mark>` are read as tags; anything else that looks like
 * markup stays text, so an excerpt can never add elements to the page.
 * Punctuation Pagefind marks along with a word is left unmarked, the space
 * left where an ignored element was (`decides .`) is closed up, and the soft
 * hyphens the index put in compounds are taken out.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const push = (text: string, mark: boolean) => {
    if (text === '') return;
    const last = parts.at(-1);
    if (last && last.mark === mark) last.text += text;
    else parts.push({ text, mark });
  };
  let mark = false;
  for (const piece of excerpt.replace(SOFT_HYPHENS, '').split(/(<\/?mark>)/i)) {
    const tag = piece.toLowerCase();
    if (tag === '<mark>') mark = true;
    else if (tag === '</mark>') mark = false;
    else if (!mark) push(decodeEntities(piece), false);
    else {
      const [, lead = '', word = '', trail = ''] =
        /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/su.exec(decodeEntities(piece)) ?? [];
      push(lead, false);
      push(word, true);
      push(trail, false);
    }
  }
  for (const part of parts) {
    if (!part.mark) part.text = part.text.replace(/\s+(?=[.,;:!?)»”])/g, '');
  }
  return parts.filter((part) => part.text !== '');
}

function score(sub: SearchSubResult): number {
  const weighted = sub.weighted_locations ?? [];
  if (weighted.length > 0) return weighted.reduce((sum, w) => sum + w.balanced_score, 0);
  return sub.locations?.length ?? 0;
}

/** Letters and digits only, in lower case, to compare a heading with its section's text. */
const bare = (text: string) =>
  decodeEntities(text.replace(/<\/?mark>/gi, ''))
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');

/** Whether a section is a heading with no text of its own (such as a theme heading over rule cards). */
export function isHeadingOnly(sub: SearchSubResult): boolean {
  return bare(sub.excerpt) === bare(sub.title);
}

/**
 * The section a result should link to: the one whose matches score highest,
 * the earliest on a tie. A heading with no text under it is passed over when
 * another section matches, unless it is the top of the page. Returns
 * undefined when Pagefind gave no sections.
 */
export function bestSubResult(subs: readonly SearchSubResult[] | undefined): SearchSubResult | undefined {
  const all = subs ?? [];
  const useful = all.filter((sub) => !sub.url.includes('#') || !isHeadingOnly(sub));
  let best: SearchSubResult | undefined;
  let bestScore = -1;
  for (const sub of useful.length > 0 ? useful : all) {
    const s = score(sub);
    if (s > bestScore) {
      best = sub;
      bestScore = s;
    }
  }
  return best;
}

/** What one result shows: where it links, the page title, the section heading if any, and the excerpt. */
export interface ResultView {
  /** Where the result links: the best matching heading, or the page. */
  url: string;
  /** The page's title. */
  title: string;
  /** The heading of the section linked to, when it is not the top of the page. */
  section?: string;
  /** The excerpt to show, split into plain and highlighted text. */
  excerpt: ExcerptPart[];
}

/**
 * Turns Pagefind's data for one page into what the result list shows. A
 * result that links to a heading shows that section's excerpt; one that
 * links to the top of the page shows the page's best excerpt.
 */
export function resultView(data: SearchResultData): ResultView {
  const title = data.meta.title?.replace(SOFT_HYPHENS, '').trim() || data.url;
  const sub = bestSubResult(data.sub_results);
  const atHeading = sub !== undefined && sub.url.includes('#');
  const section = sub?.title.replace(SOFT_HYPHENS, '').trim();
  return {
    url: sub?.url ?? data.url,
    title,
    section: atHeading && section !== title ? section : undefined,
    excerpt: excerptParts(atHeading ? sub.excerpt : data.excerpt),
  };
}

/** The three ways to announce a search: no results, one result, several. Each may use `{count}` and `{query}`. */
export interface CountMessages {
  /** When nothing matched. */
  none: string;
  /** When one page matched. */
  one: string;
  /** When several pages matched. */
  many: string;
}

/** The sentence the live region reads after a search, such as `3 results for “hug”`. */
export function countMessage(count: number, query: string, messages: CountMessages): string {
  const template = count === 0 ? messages.none : count === 1 ? messages.one : messages.many;
  return fill(template, { count, query });
}

/**
 * Question and function words that carry no meaning for search. Pagefind
 * only returns pages that have every word, so "how long should a meeting
 * be" would find nothing: these are left out before searching.
 */
const STOP_WORDS: Record<Lang, ReadonlySet<string>> = {
  en: new Set(
    (
      'a an the how what when where which who whom whose why should shall would could can may might must do does did ' +
      'is are was were be been being am i me my mine we us our you your it its they them their he she him her his ' +
      'this that these those to of in on at for from with by about into as and or if so there than then will have ' +
      "has had i'm it's don't doesn't"
    ).split(' '),
  ),
  nb: new Set(
    (
      'en ei et den det de dem denne dette disse hvordan hva hvem hvilken hvilket hvilke hvor hvorfor når skal ' +
      'skulle bør burde kan kunne må vil ville er var være vært blir ble bli jeg meg min mitt mine vi oss vår vårt ' +
      'våre du deg din ditt dine dere han hun ham henne hen seg sin sitt sine å av i på til fra for med om og eller ' +
      'at som så da der her enn hvis har hadde'
    ).split(' '),
  ),
};

/** Whether a word is a question or function word of the language ("how", "hvordan"), which search leaves out. */
export function isStopWord(word: string, lang: string): boolean {
  return STOP_WORDS[lang as Lang]?.has(word.toLowerCase()) ?? false;
}

/**
 * The words worth searching for: the query without question and function
 * words, in lower case. A query in quotes (an exact phrase) is kept whole,
 * and so is a query made only of such words.
 */
export function searchWords(query: string, lang: string): string[] {
  if (/^".+"$/.test(query.trim())) return [query.trim()];
  const words = query
    .toLowerCase()
    .replace(/’/g, "'")
    .split(/\s+/)
    .map((word) => word.replace(/[?!.,;:]+$/, ''))
    .filter(Boolean);
  const stop = STOP_WORDS[lang as Lang] ?? new Set<string>();
  const kept = words.filter((word) => !stop.has(word));
  return kept.length > 0 ? kept : words;
}

/** One page found by one search word: Pagefind's id for the page and its score. */
export interface Hit<T> {
  /** Pagefind's id for the page. */
  id: string;
  /** How well the page matched that word. */
  score: number;
  /** The result itself, passed through. */
  result: T;
}

/**
 * Merges the results of searching each word on its own, for when no page has
 * every word: pages that match more of the words come first, then higher
 * total score. Each page appears once, with its result from its best word.
 */
export function mergeHits<T>(perWord: readonly (readonly Hit<T>[])[]): T[] {
  const merged = new Map<string, { words: number; total: number; best: Hit<T> }>();
  for (const hits of perWord) {
    for (const hit of hits) {
      const seen = merged.get(hit.id);
      if (!seen) merged.set(hit.id, { words: 1, total: hit.score, best: hit });
      else {
        seen.words += 1;
        seen.total += hit.score;
        if (hit.score > seen.best.score) seen.best = hit;
      }
    }
  }
  return [...merged.values()]
    .sort((a, b) => b.words - a.words || b.total - a.total)
    .map((entry) => entry.best.result);
}

/** The search words as typed, tidied: surrounding space trimmed, runs of space made one, at most 200 characters. */
export function normalizeQuery(raw: string | null | undefined): string {
  return (raw ?? '').replace(/\s+/g, ' ').trim().slice(0, 200);
}

/** The page address with the search words in `?q=` (or without `q` when there are none), keeping the rest. */
export function withQuery(href: string, query: string): string {
  const url = new URL(href);
  if (query === '') url.searchParams.delete('q');
  else url.searchParams.set('q', query);
  return `${url.pathname}${url.search}${url.hash}`;
}

/**
 * Puts the results of several searches together, the first search's first:
 * each page once, where it first appears. Used when one query becomes several
 * searches (a situation's own words, the query as typed, its compounds in parts).
 */
export function mergeInOrder<T extends { id: string }>(lists: readonly (readonly T[])[]): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const list of lists) {
    for (const item of list) {
      if (seen.has(item.id)) continue;
      seen.add(item.id);
      out.push(item);
    }
  }
  return out;
}
