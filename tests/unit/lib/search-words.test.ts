import { describe, expect, it } from 'vitest';
import {
  allowedSlips,
  compoundsEndingIn,
  correctedQuery,
  correction,
  editDistance,
  hasPrefix,
  isKnown,
  knownStart,
  makeVocabulary,
  planWords,
  splitCompound,
  wordKey,
} from '../../../src/lib/search-words.ts';

/** A small vocabulary, the most frequent first, as the build writes it. */
const nb = makeVocabulary([
  'gruppa',
  'møte',
  'taushet',
  'leder',
  'selvhjelp',
  'gruppe',
  'regler',
  'taushetserklæring',
  'erklæring',
  'taushetsplikt',
  'meldeplikt',
  'avvergingsplikt',
  'nødnummer',
  'forskningen',
  'deltakere',
  'for',
]);
const en = makeVocabulary([
  'meeting',
  'confidentiality',
  'time',
  'keeper',
  'confident',
  'ending',
  'rules',
  'leadership',
  'chat',
  'changing',
]);
const isPart = (vocab: typeof nb) => (piece: string) =>
  piece.length >= 3 && vocab.spelling.has(wordKey(piece)) && piece !== 'for';
const splitNb = (word: string) =>
  splitCompound(word, { isPart: isPart(nb), minLast: 4, joiners: ['s', 'e'] });
const splitEn = (word: string) => splitCompound(word, { isPart: isPart(en), minLast: 4 });

describe('editDistance', () => {
  it.each([
    ['confidentaility', 'confidentiality', 1],
    ['confidentiallity', 'confidentiality', 1],
    ['taushetsplikkt', 'taushetsplikt', 1],
    ['taushetplikt', 'taushetsplikt', 1],
    ['abc', 'abc', 0],
    ['abc', 'cba', 2],
    ['kitten', 'sitting', 3],
  ])('%j → %j is %i', (a, b, expected) => {
    expect(editDistance(a, b, 5)).toBe(expected);
  });

  it('stops early when it is sure to be over the limit', () => {
    expect(editDistance('abcdef', 'uvwxyz', 1)).toBe(2);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });
});

describe('allowedSlips', () => {
  it.each([
    [3, 0],
    [4, 1],
    [8, 1],
    [9, 2],
    [16, 2],
  ])('a word of %i letters may have %i', (length, expected) => {
    expect(allowedSlips(length)).toBe(expected);
  });
});

describe('isKnown and hasPrefix', () => {
  it.each([
    [nb, 'møte', true],
    [nb, 'MØTE', true],
    [nb, 'mote', true],
    [nb, 'tau', true],
    [nb, 'taushetsplikten', true],
    [nb, 'medlemmer', false],
    [en, 'meetings', true],
    [en, 'meets', true],
    [en, 'ended', true],
    [en, 'chatting', true],
    [nb, 'taushetsplikkt', false],
    [en, 'confidentaility', false],
    [en, 'suicide', false],
  ] as const)('%#: %j is known: %s', (vocab, word, expected) => {
    expect(isKnown(vocab, word)).toBe(expected);
  });

  it('finds words by their start, ignoring case and accents', () => {
    expect(hasPrefix(nb, 'Nødnum')).toBe(true);
    expect(hasPrefix(nb, 'nodnum')).toBe(true);
    expect(hasPrefix(nb, 'xyz')).toBe(false);
  });
});

describe('correction', () => {
  it.each([
    [en, 'confidentaility', 'confidentiality'],
    [en, 'confidentiallity', 'confidentiality'],
    [en, 'meting', 'meeting'],
    [en, 'leadersip', 'leadership'],
    [nb, 'taushetsplikkt', 'taushetsplikt'],
    [nb, 'taushetplikt', 'taushetsplikt'],
    [nb, 'forsknig', 'forskning'],
    [nb, 'lder', 'leder'],
  ] as const)('%#: %j → %j', (vocab, word, expected) => {
    expect(correction(vocab, word)).toBe(expected);
  });

  it.each([
    [en, 'suicide'],
    [en, 'xyz'],
    [nb, 'plikt'],
    [nb, 'gra'],
  ] as const)('%#: nothing close enough to %j', (vocab, word) => {
    expect(correction(vocab, word)).toBeUndefined();
  });

  it('takes the more frequent of two words equally close', () => {
    const vocab = makeVocabulary(['cart', 'card']);
    expect(correction(vocab, 'carx')).toBe('cart');
    expect(correction(makeVocabulary(['card', 'cart']), 'carx')).toBe('card');
  });
});

describe('splitCompound', () => {
  it.each([
    ['taushetserklæring', ['taushets', 'erklæring']],
    ['selvhjelpsgruppe', ['selvhjelps', 'gruppe']],
    ['møteleder', ['møte', 'leder']],
    ['Møteleder', ['møte', 'leder']],
    ['møtegruppe', ['møte', 'gruppe']],
    ['møte', undefined],
    ['forregler', undefined],
    ['møteled', undefined],
  ])('%j → %j', (word, expected) => {
    expect(splitNb(word)).toEqual(expected);
  });

  it('splits English words written together, without joining letters', () => {
    expect(splitEn('timekeeper')).toEqual(['time', 'keeper']);
    expect(splitEn('timeskeeper')).toBeUndefined();
  });

  it('gives back the word when the parts are put together', () => {
    for (const word of ['taushetserklæring', 'selvhjelpsgruppe', 'møteleder']) {
      expect(splitNb(word)?.join('')).toBe(word.toLowerCase());
    }
  });
});

describe('compoundsEndingIn and knownStart', () => {
  it('finds the compounds a word ends, the most frequent first', () => {
    expect(compoundsEndingIn(nb, 'plikt')).toEqual(['taushetsplikt', 'meldeplikt', 'avvergingsplikt']);
    expect(compoundsEndingIn(nb, 'plikt', 1)).toEqual(['taushetsplikt']);
    expect(compoundsEndingIn(nb, 'ikt')).toEqual([]);
  });

  it.each([
    ['taushetsplikkt', 'taushet'],
    ['selvhjelpsring', 'selvhjelp'],
    ['selvmord', undefined],
    ['gruppeleder', 'gruppe'],
    ['møtegreier', undefined],
  ])('the known start of %j is %j', (word, expected) => {
    expect(knownStart(nb, word)).toBe(expected);
  });
});

describe('planWords', () => {
  const planNb = (words: string[]) => planWords(words, nb, splitNb);
  const planEn = (words: string[]) => planWords(words, en, splitEn, () => undefined, false);

  it('keeps known words, spelled as the site spells them', () => {
    expect(planNb(['nodnummer'])).toEqual({ searches: [['nødnummer']], corrections: [], unknown: [] });
  });

  it('also searches a known compound by its parts', () => {
    expect(planNb(['taushetserklæring']).searches).toEqual([
      ['taushetserklæring'],
      ['taushets', 'erklæring'],
    ]);
    // A long word also searches the known word it starts with, when that is half of it or more.
    expect(planNb(['taushetsplikten']).searches).toEqual([['taushetsplikten'], ['taushetsplikt']]);
  });

  it('splits an unknown compound into known words', () => {
    expect(planNb(['møteleder']).searches).toEqual([['møte', 'leder']]);
    expect(planEn(['timekeeper']).searches).toEqual([['time', 'keeper']]);
  });

  it('searches the compounds a word only ends', () => {
    expect(planNb(['plikt']).searches).toEqual([['taushetsplikt'], ['meldeplikt'], ['avvergingsplikt']]);
    expect(planNb(['brudd', 'plikt']).unknown).toEqual(['brudd']);
  });

  it('corrects a typing slip and says so', () => {
    expect(planEn(['confidentaility', 'rules'])).toEqual({
      searches: [['confidentiality', 'rules']],
      corrections: [['confidentaility', 'confidentiality']],
      unknown: [],
    });
  });

  it('falls back to the known start of a long unknown word', () => {
    expect(planNb(['taushetsxyz']).searches).toEqual([['taushet']]);
  });

  it('leaves out what nothing can be made of, and searches nothing when nothing is left', () => {
    expect(planEn(['zzqxv', 'meeting'])).toEqual({
      searches: [['meeting']],
      corrections: [],
      unknown: ['zzqxv'],
    });
    expect(planEn(['suicide'])).toEqual({ searches: [], corrections: [], unknown: ['suicide'] });
  });

  it('keeps an exact phrase in quotes', () => {
    expect(planEn(['"time keeper"']).searches).toEqual([['"time keeper"']]);
  });
});

describe('correctedQuery', () => {
  it.each([
    ['confidentaility rules', [['confidentaility', 'confidentiality']], 'confidentiality rules'],
    ['Confidentaility', [['confidentaility', 'confidentiality']], 'confidentiality'],
    ['a ab', [['a', 'x']], 'x ab'],
    ['no change', [], 'no change'],
  ] as const)('%j → %j', (query, corrections, expected) => {
    expect(correctedQuery(query, corrections)).toBe(expected);
  });
});
