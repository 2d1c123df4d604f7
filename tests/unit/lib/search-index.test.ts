import { describe, expect, it } from 'vitest';
import {
  SOFT_HYPHEN,
  compoundSplitter,
  countWords,
  indexWords,
  markCompounds,
  parseFragment,
  vocabularyFile,
} from '../../../src/lib/search-index.ts';

describe('parseFragment', () => {
  it('reads the language from the file name and the content from the JSON', () => {
    const text = `pagefind_dcd${JSON.stringify({ url: '/nb/x/', content: 'Hei på deg' })}`;
    expect(parseFragment('fragment/nb_1a2b3c.pf_fragment', text)).toEqual({
      lang: 'nb',
      content: 'Hei på deg',
    });
    expect(parseFragment('fragment/en-gb_9f.pf_fragment', text)?.lang).toBe('en');
  });

  it.each(['pagefind.en_1.pf_meta', 'index/en_1.pf_index', 'fragment/readme.txt'])('skips %s', (path) => {
    expect(parseFragment(path, '{}')).toBeUndefined();
  });
});

describe('indexWords and countWords', () => {
  it('keeps letters and digits in lower case, and counts a hyphenated word whole and by part', () => {
    expect(indexWords('Self-help groups, 113! «Møte» a')).toEqual([
      'selfhelp',
      'self',
      'help',
      'groups',
      '113',
      'møte',
    ]);
  });

  it('counts words across texts', () => {
    expect([...countWords(['a møte møte', 'Møte gruppe'])]).toEqual([
      ['møte', 3],
      ['gruppe', 1],
    ]);
  });
});

describe('compoundSplitter', () => {
  const words = new Map(
    [
      'taushet',
      'plikt',
      'taushetsplikt',
      'møte',
      'leder',
      'møteleder',
      'for',
      'slag',
      'forslag',
      'jobb',
      'ene',
      'jobbene',
    ].map((w, i) => [w, 20 - i] as const),
  );
  const splitter = compoundSplitter(words, 'nb');

  it.each([
    ['taushetsplikt', ['taushets', 'plikt']],
    ['møteleder', ['møte', 'leder']],
    ['forslag', undefined],
    ['jobbene', undefined],
    ['leder', undefined],
  ])('%j → %j', (word, expected) => {
    expect(splitter.split(word)).toEqual(expected);
  });

  it('counts the compounds and their parts', () => {
    expect(splitter.compounds).toBe(2);
    expect([...splitter.parts.keys()].sort()).toEqual(['leder', 'møte', 'plikt', 'taushets']);
  });
});

describe('markCompounds', () => {
  const split = (word: string) => (word === 'taushetsplikt' ? ['taushets', 'plikt'] : undefined);

  it('puts a soft hyphen at each join, in the word as written, only in text', () => {
    const html =
      '<h2 id="taushetsplikt" title="taushetsplikt">Taushetsplikt</h2><p>Om taushetsplikt.</p>' +
      '<script>const taushetsplikt = 1;</script><style>.taushetsplikt{}</style><p>taushetspliktig</p>';
    expect(markCompounds(html, split)).toBe(
      `<h2 id="taushetsplikt" title="taushetsplikt">Taushets${SOFT_HYPHEN}plikt</h2>` +
        `<p>Om taushets${SOFT_HYPHEN}plikt.</p>` +
        '<script>const taushetsplikt = 1;</script><style>.taushetsplikt{}</style><p>taushetspliktig</p>',
    );
  });

  it('changes nothing when no word is a compound', () => {
    const html = '<p>Ingen sammensatte ord her.</p>';
    expect(markCompounds(html, () => undefined)).toBe(html);
  });
});

it('writes the vocabulary beside the index', () => {
  expect(vocabularyFile('nb')).toBe('pagefind/groundwork-words.nb.json');
});
