import { describe, expect, it } from 'vitest';
import {
  englishSyllables,
  fleschReadingEase,
  lix,
  mdxToProse,
  sentenceCount,
  words,
} from '../../../src/lib/readability.ts';

describe('englishSyllables', () => {
  it.each([
    ['the', 1],
    ['cat', 1],
    ['group', 1],
    ['table', 2],
    ['meeting', 2],
    ['listen', 2],
    ['confidential', 4],
    ['rehabilitation', 6],
    ['everyone', 3],
  ])('%s has %i syllables', (word, expected) => {
    expect(englishSyllables(word)).toBe(expected);
  });
});

describe('counting', () => {
  it.each([
    ['One. Two! Three?', 3],
    ['No full stop', 1],
    ['First part: second part.', 2],
    ['Para one\n\nPara two', 2],
    ['', 1],
  ])('%j has %i sentences', (text, expected) => {
    expect(sentenceCount(text)).toBe(expected);
  });

  it('counts words with Norwegian letters, hyphens and apostrophes as one', () => {
    expect(words("Vi går på møte. Don't stop; self-help og «på forhånd».")).toEqual([
      'Vi',
      'går',
      'på',
      'møte',
      "Don't",
      'stop',
      'self-help',
      'og',
      'på',
      'forhånd',
    ]);
  });
});

describe('scores', () => {
  it('gives plain English a high Flesch score and dense English a low one', () => {
    expect(
      fleschReadingEase('We meet each week. We sit in a ring. We take turns to talk.').score,
    ).toBeGreaterThan(90);
    expect(
      fleschReadingEase(
        'Institutionalised rehabilitation interventions necessitate comprehensive interdisciplinary organisational considerations.',
      ).score,
    ).toBeLessThan(0);
  });

  it('computes LIX as words per sentence plus the share of long words', () => {
    // 7 words, 2 sentences, 2 words longer than six letters: 3.5 + 28.6
    expect(lix('Vi møtes hver uke. Taushetserklæringen signeres alltid.').score).toBe(32.1);
  });
});

describe('mdxToProse', () => {
  it('keeps the prose and drops frontmatter, components, link targets and markers', () => {
    const source = [
      '---',
      'title: X',
      '---',
      '',
      '## A heading',
      '',
      'Read [the guide](/en/guides/x/) <Cite id="landstad-2020" /> now.',
      '',
      '<RuleCard id="absence-notice" />',
      '',
      '- a list item',
      '- **bold** item.',
    ].join('\n');
    const prose = mdxToProse(source);
    expect(prose).not.toMatch(/title|Cite|RuleCard|\/en\/|\*\*|##/);
    expect(prose).toContain('A heading.');
    expect(prose).toContain('Read the guide  now.');
    expect(prose).toContain('a list item.');
    expect(prose).toContain('bold item.');
  });
});
