import { describe, expect, it } from 'vitest';
import { graphemeCount, isBlank } from '../../../../src/lib/charter/text.ts';

describe('text measures', () => {
  it.each([
    ['abc', 3],
    ['æøå', 3],
    ['e\u0301', 1],
    ['👍🏽', 1],
    ['🇳🇴🇸🇪', 2],
    ['👨‍👩‍👧', 1],
    ['', 0],
  ])('%j has %i characters', (text, count) => {
    expect(graphemeCount(text)).toBe(count);
  });

  it.each([
    ['', true],
    ['   ', true],
    ['\u200B\u200C\u200D\uFEFF', true],
    ['\u202E\u2066 \u00A0\u3000', true],
    ['\u3164\u2800', true],
    [' a ', false],
    ['\u0301', false],
    ['👍', false],
  ])('isBlank(%j) is %s', (text, blank) => {
    expect(isBlank(text)).toBe(blank);
  });
});

