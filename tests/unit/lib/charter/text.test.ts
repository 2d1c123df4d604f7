import { describe, expect, it } from 'vitest';
import {
  codePointCount,
  cutToCodePoints,
  graphemeCount,
  isBlank,
  isolate,
  stripControls,
} from '../../../../src/lib/charter/text.ts';

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

describe('stripControls', () => {
  it.each([
    ['plain', 'plain'],
    ['a\u0000b\u0007c\u001Fd\u007Fe', 'abcde'],
    ['tab\tand\nnewline', 'tab\tand\nnewline'],
    ['windows\r\nline\rends', 'windows\nline\nends'],
    ['\u202Eevil\u202C', '\u202Eevil\u202C'],
    ['e\u0301 👍🏽 🇳🇴', 'e\u0301 👍🏽 🇳🇴'],
    ['\u0085 C1 stays', '\u0085 C1 stays'],
    ['lone \uD800 half', 'lone \uFFFD half'],
    ['lone \uDC00 low half, pair \uD83D\uDE00 kept', 'lone \uFFFD low half, pair \uD83D\uDE00 kept'],
  ])('%j', (input, expected) => {
    expect(stripControls(input)).toBe(expected);
  });
});

describe('code points', () => {
  it.each([
    ['abc', 3],
    ['👍🏽', 2],
    ['e\u0301', 2],
    ['a' + '\u0301'.repeat(1000), 1001],
    ['lone \uD800', 6],
  ])('%j has %i code points', (text, n) => {
    expect(codePointCount(text)).toBe(n);
  });

  it.each([
    ['abcdef', 3, 'abc'],
    ['👍👍👍', 2, '👍👍'],
    ['a' + '\u0301'.repeat(100), 5, 'a' + '\u0301'.repeat(4)],
    ['short', 10, 'short'],
  ])('cuts %j to %i code points', (text, max, expected) => {
    expect(cutToCodePoints(text, max)).toBe(expected);
  });
});

describe('isolate', () => {
  it.each([
    ['a right-to-left override', '\u202Eevil.exe'],
    ['Hebrew', 'שלום'],
    ['plain text', 'Tuesday group'],
    ['nothing', ''],
  ])('wraps %s in first-strong isolate and pop directional isolate, unchanged', (_name, text) => {
    expect(isolate(text)).toBe(`\u2068${text}\u2069`);
  });
});
