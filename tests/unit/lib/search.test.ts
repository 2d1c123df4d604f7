import { describe, expect, it } from 'vitest';
import {
  bestSubResult,
  countMessage,
  decodeEntities,
  excerptParts,
  isHeadingOnly,
  isStopWord,
  mergeHits,
  mergeInOrder,
  normalizeQuery,
  resultView,
  searchWords,
  withQuery,
  type SearchSubResult,
} from '../../../src/lib/search.ts';

describe('excerptParts', () => {
  it.each([
    ['', []],
    ['plain text', [{ text: 'plain text', mark: false }]],
    [
      'Ask first: <mark>hug</mark>?',
      [
        { text: 'Ask first: ', mark: false },
        { text: 'hug', mark: true },
        { text: '?', mark: false },
      ],
    ],
    [
      '<mark>Confidentiality</mark> and <mark>safety.</mark>',
      [
        { text: 'Confidentiality', mark: true },
        { text: ' and ', mark: false },
        { text: 'safety', mark: true },
        { text: '.', mark: false },
      ],
    ],
    [
      'en <mark>«klem?»</mark> Så',
      [
        { text: 'en «', mark: false },
        { text: 'klem', mark: true },
        { text: '?» Så', mark: false },
      ],
    ],
    ['the person decides . One', [{ text: 'the person decides. One', mark: false }]],
    ['<mark>?</mark>', [{ text: '?', mark: false }]],
    [
      '<mark>self-help</mark> group',
      [
        { text: 'self-help', mark: true },
        { text: ' group', mark: false },
      ],
    ],
    ['<MARK>a</MARK><mark>b</mark>', [{ text: 'ab', mark: true }]],
    ['Tom &amp; Jerry &lt;3 &quot;x&quot; &#39;y&#x27;', [{ text: 'Tom & Jerry <3 "x" \'y\'', mark: false }]],
    [
      'Om <mark>taushets\u00adplikt</mark>en og møte\u00adleder',
      [
        { text: 'Om ', mark: false },
        { text: 'taushetsplikt', mark: true },
        { text: 'en og møteleder', mark: false },
      ],
    ],
  ])('excerptParts(%j)', (excerpt, expected) => {
    expect(excerptParts(excerpt)).toEqual(expected);
  });

  it.each(['<img src=x onerror=alert(1)>', '<script>alert(1)</script>', '&lt;b&gt;bold&lt;/b&gt;'])(
    'keeps any other markup as text: %j',
    (excerpt) => {
      const parts = excerptParts(excerpt);
      expect(parts.filter((p) => p.mark)).toEqual([]);
      expect(parts.map((p) => p.text).join('')).toBe(decodeEntities(excerpt));
    },
  );
});

it('reads only bare <mark> tags as highlights', () => {
  expect(excerptParts('<mark onclick="x">hi</mark> there')).toEqual([
    { text: '<mark onclick="x">hi there', mark: false },
  ]);
});

describe('decodeEntities', () => {
  it.each([
    ['a &amp; b', 'a & b'],
    ['&#229;&#xE6;', 'åæ'],
    ['&nbsp;', '\u00a0'],
    ['&unknown; &#0; &#x110000;', '&unknown; &#0; &#x110000;'],
    ['&amp;lt;', '&lt;'],
  ])('decodeEntities(%j) → %j', (text, expected) => {
    expect(decodeEntities(text)).toBe(expected);
  });
});

const sub = (url: string, title: string, excerpt: string, scores: number[]): SearchSubResult => ({
  url,
  title,
  excerpt,
  locations: scores.map((_, i) => i),
  weighted_locations: scores.map((balanced_score, location) => ({ weight: 1, balanced_score, location })),
});

describe('bestSubResult', () => {
  const top = sub(
    '/en/guides/x/',
    'Confidentiality and safety',
    '<mark>Confidentiality</mark> and safety.',
    [25000],
  );
  const declaration = sub(
    '/en/guides/x/#sign',
    'Sign a confidentiality declaration',
    'Sign a <mark>confidentiality</mark> declaration. A promise…',
    [18000, 500],
  );
  const theme = sub(
    '/en/rules/#theme-safety',
    'Safety and confidentiality',
    'Safety and <mark>confidentiality.</mark>',
    [18000],
  );
  const rule = sub(
    '/en/rules/#limits-title',
    'The limit of confidentiality',
    'The limit of <mark>confidentiality</mark>. If…',
    [12000],
  );

  it.each([
    ['no sections', undefined, undefined],
    ['the only section', [declaration], declaration],
    ['the top of the page when it scores highest', [top, declaration], top],
    ['the highest score', [rule, declaration], declaration],
    ['a section with text over a bare heading', [theme, rule], rule],
    ['a bare heading when nothing else matched', [theme], theme],
  ])('%s', (_name, subs, expected) => {
    expect(bestSubResult(subs)).toBe(expected);
  });

  it('takes the earliest on a tie, and counts locations when there are no weights', () => {
    const a = { url: '/a/#1', title: 'A', excerpt: 'a <mark>x</mark> y', locations: [1, 2] };
    const b = { url: '/a/#2', title: 'B', excerpt: 'b <mark>x</mark> z', locations: [3, 4] };
    const c = { url: '/a/#3', title: 'C', excerpt: 'c <mark>x</mark> w', locations: [5, 6, 7] };
    expect(bestSubResult([a, b])).toBe(a);
    expect(bestSubResult([a, b, c])).toBe(c);
  });

  it.each([
    [theme, true],
    [rule, false],
    [top, true],
  ])('isHeadingOnly(%j) → %j', (section, expected) => {
    expect(isHeadingOnly(section)).toBe(expected);
  });
});

describe('resultView', () => {
  it('links to the best heading and shows its excerpt', () => {
    const view = resultView({
      url: '/en/rules/',
      excerpt: 'page <mark>excerpt</mark>',
      meta: { title: 'Ground rules' },
      sub_results: [
        sub(
          '/en/rules/#theme-safety',
          'Safety and confidentiality',
          'Safety and <mark>confidentiality</mark>',
          [9],
        ),
        sub('/en/rules/#limits-title', 'The limit of confidentiality', 'The <mark>limit</mark> of it', [5]),
      ],
    });
    expect(view).toEqual({
      url: '/en/rules/#limits-title',
      title: 'Ground rules',
      section: 'The limit of confidentiality',
      excerpt: [
        { text: 'The ', mark: false },
        { text: 'limit', mark: true },
        { text: ' of it', mark: false },
      ],
    });
  });

  it('links to the page, with the page excerpt, when the top of the page matches best', () => {
    const view = resultView({
      url: '/en/guides/x/',
      excerpt: 'Title. In short. <mark>Words</mark>',
      meta: { title: 'Title' },
      sub_results: [
        sub('/en/guides/x/', 'Title', '<mark>Title</mark>', [20]),
        sub('/en/guides/x/#a', 'A', 'a <mark>b</mark>', [1]),
      ],
    });
    expect(view.url).toBe('/en/guides/x/');
    expect(view.section).toBeUndefined();
    expect(view.excerpt.map((p) => p.text).join('')).toBe('Title. In short. Words');
  });

  it('falls back to the address for a page without a title', () => {
    expect(resultView({ url: '/en/x/', excerpt: '', meta: {} })).toEqual({
      url: '/en/x/',
      title: '/en/x/',
      section: undefined,
      excerpt: [],
    });
  });
});

describe('countMessage', () => {
  const en = {
    none: 'No results for “{query}”.',
    one: '1 result for “{query}”',
    many: '{count} results for “{query}”',
  };
  const nb = {
    none: 'Ingen treff på «{query}».',
    one: '1 treff på «{query}»',
    many: '{count} treff på «{query}»',
  };
  it.each([
    [0, 'hug', en, 'No results for “hug”.'],
    [1, 'hug', en, '1 result for “hug”'],
    [3, 'hug', en, '3 results for “hug”'],
    [12, 'klem', nb, '12 treff på «klem»'],
    [2, '{count}', en, '2 results for “{count}”'],
  ])('%i results for %j', (count, query, messages, expected) => {
    expect(countMessage(count, query, messages)).toBe(expected);
  });
});

describe('searchWords', () => {
  it.each([
    ['how long should a meeting be', 'en', ['long', 'meeting']],
    ['Someone in crisis', 'en', ['someone', 'crisis']],
    ['I don’t want to talk', 'en', ['want', 'talk']],
    ['hug', 'en', ['hug']],
    ['how', 'en', ['how']],
    ['what?', 'en', ['what']],
    ['?', 'en', []],
    ['"start a group"', 'en', ['"start a group"']],
    ['hvor lenge bør et møte vare?', 'nb', ['lenge', 'møte', 'vare']],
    ['må jeg si noe', 'nb', ['si', 'noe']],
    ['how long', 'de', ['how', 'long']],
  ])('searchWords(%j, %j) → %j', (query, lang, expected) => {
    expect(searchWords(query, lang)).toEqual(expected);
  });
});

describe('mergeHits', () => {
  it('ranks pages by how many words they match, then by total score, once each', () => {
    const hit = (id: string, score: number) => ({ id, score, result: `${id}:${score}` });
    const merged = mergeHits([[hit('a', 5), hit('b', 1)], [hit('c', 9), hit('b', 2)], [hit('d', 1)]]);
    expect(merged).toEqual(['b:2', 'c:9', 'a:5', 'd:1']);
  });

  it('returns nothing for no hits', () => {
    expect(mergeHits([[], []])).toEqual([]);
  });
});

describe('normalizeQuery and withQuery', () => {
  it.each([
    [null, ''],
    ['  start   a\ngroup ', 'start a group'],
    ['x'.repeat(300), 'x'.repeat(200)],
  ])('normalizeQuery(%j) → %j', (raw, expected) => {
    expect(normalizeQuery(raw)).toBe(expected);
  });

  it.each([
    ['http://h/en/search/', 'hug', '/en/search/?q=hug'],
    ['http://h/en/search/?q=old', 'start a group', '/en/search/?q=start+a+group'],
    ['http://h/nb/search/?q=klem&x=1', '', '/nb/search/?x=1'],
    ['http://h/selvhjelp/nb/search/', 'taushet & trygghet', '/selvhjelp/nb/search/?q=taushet+%26+trygghet'],
  ])('withQuery(%j, %j) → %j', (href, query, expected) => {
    expect(withQuery(href, query)).toBe(expected);
  });
});

describe('mergeInOrder', () => {
  it('keeps the first search’s results first, each page once', () => {
    const r = (id: string) => ({ id });
    expect(mergeInOrder([[r('a'), r('b')], [r('b'), r('c')], [], [r('a'), r('d')]])).toEqual([
      r('a'),
      r('b'),
      r('c'),
      r('d'),
    ]);
  });
});

describe('isStopWord', () => {
  it.each([
    ['how', 'en', true],
    ['How', 'en', true],
    ['meeting', 'en', false],
    ['hvordan', 'nb', true],
    ['for', 'nb', true],
    ['møte', 'nb', false],
    ['how', 'de', false],
  ])('%j in %s: %s', (word, lang, expected) => {
    expect(isStopWord(word, lang)).toBe(expected);
  });
});

it('shows no soft hyphen in a result’s title or section', () => {
  const view = resultView({
    url: '/nb/x/',
    excerpt: '',
    meta: { title: 'Taushets\u00adplikt' },
    sub_results: [
      {
        url: '/nb/x/#a',
        title: 'Møte\u00adleder',
        excerpt: 'Møte\u00adleder <mark>x</mark>',
        locations: [1],
      },
    ],
  });
  expect(view.title).toBe('Taushetsplikt');
  expect(view.section).toBe('Møteleder');
});
