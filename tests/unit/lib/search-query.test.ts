import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import {
  describeScore,
  describes,
  fold,
  hasAnyTerm,
  hasTerm,
  keyStems,
  situationSearches,
  stem,
  tokens,
} from '../../../src/lib/search-query.ts';
import { checkContent, formatProblems } from '../../../src/lib/content-check.ts';
import { readContent } from '../../../src/integrations/read-content.ts';
import { searchSchema } from '../../../src/schemas/search.ts';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const content = readContent(root);
const settings = searchSchema.parse(content.search?.data);

describe('fold and tokens', () => {
  it.each([
    ['Nødnummer', 'nodnummer'],
    ['NØDNUMMER', 'nodnummer'],
    ['Selvskåding', 'selvskading'],
    ['Ærlig', 'aerlig'],
    ['Café', 'cafe'],
  ])('fold(%j) → %j', (text, expected) => {
    expect(fold(text)).toBe(expected);
  });

  it.each([
    ['I want to DIE!', ['i', 'want', 'to', 'die']],
    ['self-harm', ['self', 'harm']],
    ['don’t want to live', ['don', 't', 'want', 'to', 'live']],
    ['selvmord*', ['selvmord*']],
    ['  ', []],
  ])('tokens(%j) → %j', (text, expected) => {
    expect(tokens(text)).toEqual(expected);
  });
});

describe('hasTerm: whole words and phrases, in order', () => {
  it.each([
    ['i want to die', 'want to die', true],
    ['want to die', 'to die want', false],
    ['i want to diet', 'want to die', false],
    ['selvmordstanker', 'selvmord*', true],
    ['tanker om selvmord', 'selvmord*', true],
    ['uselvmord', 'selvmord*', false],
    ['self harm', 'self-harm*', true],
    ['self-harming', 'self-harm*', true],
    ['crisis', 'crisis', true],
    ['crisp', 'crisis', false],
  ])('%j has %j: %s', (query, term, expected) => {
    expect(hasTerm(tokens(query), term)).toBe(expected);
  });
});

/** Searches that must show the help-now box, and ones that must not, in each language. */
const CRISIS: Record<'en' | 'nb', { yes: string[]; no: string[] }> = {
  en: {
    yes: [
      'suicide',
      'Suicidal thoughts',
      'I want to die',
      'i wanna die',
      'self-harm',
      'self harm',
      'SELF-HARMING',
      'kill myself',
      'thinking of killing myself',
      'crisis',
      'someone in crisis',
      'emergency',
      'emergency number',
      'overdose',
      'overdosed on pills',
      "I don't want to live anymore",
      'I don’t want to live',
    ],
    no: [
      'hug',
      'start a group',
      'confidentiality',
      'dye my hair',
      'time keeper',
      'skill',
      'selfie',
      'crispy',
    ],
  },
  nb: {
    yes: [
      'selvmord',
      'Selvmordstanker',
      'vil ikke leve',
      'jeg vil ikke leve lenger',
      'selvskading',
      'selvskåding',
      'ta livet mitt',
      'tenker på å ta livet av meg',
      'krise',
      'noen er i krise',
      'krisetelefon',
      'nødnummer',
      'Nødnummeret',
      'nodnummer',
      'NØDNUMMER',
      'overdose',
    ],
    no: ['taushetsplikt', 'klem', 'starte en gruppe', 'levende', 'vil leve', 'nød', 'mobil'],
  },
};

describe.each(['en', 'nb'] as const)('the crisis words in content/search.yaml (%s)', (lang) => {
  it.each(CRISIS[lang].yes)('show the help-now box for %j', (query) => {
    expect(hasAnyTerm(query, settings.crisis[lang])).toBe(true);
  });

  it.each(CRISIS[lang].no)('do not for %j', (query) => {
    expect(hasAnyTerm(query, settings.crisis[lang])).toBe(false);
  });
});

describe('stem and keyStems', () => {
  it.each([
    ['talking', 'en', 'talk'],
    ['talks', 'en', 'talk'],
    ['talked', 'en', 'talk'],
    ['chatting', 'en', 'chat'],
    ['chat', 'en', 'chat'],
    ['medlemmer', 'nb', 'medlem'],
    ['medlem', 'nb', 'medlem'],
    ['snakker', 'nb', 'snak'],
    ['snakke', 'nb', 'snak'],
    ['du', 'nb', 'du'],
  ] as const)('stem(%j, %s) → %j', (word, lang, expected) => {
    expect(stem(word, lang)).toBe(expected);
  });

  it('leaves out articles and pronouns, keeps a * word as it is', () => {
    expect(keyStems('She talks too much', 'en')).toEqual(['talk', 'to', 'much']);
    expect(keyStems('hun klag*', 'nb')).toEqual(['klag*']);
  });
});

describe('situations', () => {
  const talk = { ask: ['talks too much', 'dominates', 'lecture*'], find: ['one person takes all the time'] };

  it.each([
    ['someone talks too much', true],
    ['she is talking way too much', true],
    ['one member dominates every meeting', true],
    ['he keeps lecturing us', true],
    ['talks much', true],
    ['much', false],
    ['talks', false],
    ['hug', false],
  ])('%j describes “talks too much”: %s', (query, expected) => {
    expect(describes(query, talk, 'en')).toBe(expected);
  });

  it('gives the searches of every situation described, the best described first, once each', () => {
    const other = { ask: ['talks too much'], find: ['share the time', 'one person takes all the time'] };
    expect(situationSearches('she talks too much', [talk, other], 'en')).toEqual([
      'one person takes all the time',
      'share the time',
    ]);
    // Two of three words describe "talks too much" less well than "lecture*" describes itself.
    expect(situationSearches('lecturing too much', [other, talk], 'en')).toEqual([
      'one person takes all the time',
      'share the time',
    ]);
    expect(describeScore('talks much', talk, 'en')).toBeCloseTo(2 / 3);
    expect(describeScore('she talks too much', talk, 'en')).toBe(1);
    expect(situationSearches('hug', [talk, other], 'en')).toEqual([]);
  });

  it.each([
    ['en', 'someone talks too much', 'one person takes all the time'],
    ['en', 'the group is just chatting', 'the group turns into a social club'],
    ['en', 'how do we recruit people', 'find members'],
    ['nb', 'en snakker hele tiden', 'én tar all tiden'],
    ['nb', 'hvordan finne medlemmer', 'finn deltakere'],
    ['nb', 'gruppa har blitt en kaffeklubb', 'gruppa blir en koseklubb'],
  ] as const)('content/search.yaml: %s %j searches %j first', (lang, query, first) => {
    const list = settings.situations.map((s) => ({ ask: s.ask[lang], find: s.find[lang] }));
    expect(situationSearches(query, list, lang)[0]).toBe(first);
  });
});

describe('content/search.yaml in the content check', () => {
  it('is read and passes', () => {
    expect(content.search?.file).toBe('content/search.yaml');
    expect(formatProblems(checkContent(content).filter((p) => p.file === 'content/search.yaml'))).toBe('');
  });

  it.each([
    ['missing', (d: Record<string, unknown>) => delete d.crisis, 'crisis'],
    [
      'a term with a * inside a word',
      (d: { crisis: { en: string[] } }) => d.crisis.en.push('sui*cide'),
      'crisis.en',
    ],
    ['an empty list', (d: { crisis: { nb: string[] } }) => (d.crisis.nb = []), 'crisis.nb'],
    [
      'a situation without Norwegian',
      (d: { situations: { find: Record<string, unknown> }[] }) => delete d.situations[0]!.find.nb,
      'situations.0.find.nb',
    ],
  ] as const)('names the field when a term is wrong: %s', (_name, breakIt, field) => {
    const bundle = structuredClone(content);
    (breakIt as (d: unknown) => void)(bundle.search!.data);
    const problems = checkContent(bundle).filter((p) => p.file === 'content/search.yaml');
    expect(
      problems.map((p) => p.field).some((f) => f.startsWith(field)),
      formatProblems(problems),
    ).toBe(true);
  });

  it('reports the file when it is missing', () => {
    const bundle = structuredClone(content);
    delete bundle.search;
    expect(checkContent(bundle).some((p) => p.file === 'content/search.yaml' && p.field === '(file)')).toBe(
      true,
    );
  });
});
