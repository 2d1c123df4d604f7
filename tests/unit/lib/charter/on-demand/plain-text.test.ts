/**
 * The `.txt` charter: every line the group wrote is indented under its heading or label (or follows a
 * "- " bullet), so typed text can never look like one of the file's headings or underlines. In both
 * charter languages.
 */
import { describe, expect, it } from 'vitest';
import { CHARTER_LANGS } from '../../../../../src/lib/charter/draft.ts';
import { charterToText } from '../../../../../src/lib/charter/on-demand/plain-text.ts';
import { charterFor, draftWithText } from '../../../../support/catalogue.ts';
import { marginLinesNotOurs } from '../../../../support/outputs.ts';

/** Text a group could type that, at the margin, would read as the file's own structure. */
const LOOKS_LIKE_STRUCTURE: [string, string][] = [
  ['an underline of =', 'Our group\n========'],
  ['an underline of -', 'Ground rules\n------------'],
  ['a bare underline', '======'],
  ['a bare rule of dashes', '---'],
  ['a Markdown heading', '# Our ground rules'],
  ['a label', 'Where we meet: nowhere'],
  ['a theme heading', 'Safety:'],
  ['a bullet', '- a rule we never agreed'],
  ['many lines, blank lines between', 'alpha\n\n\nbravo\n===\ncharlie'],
  ['Windows line ends', 'delta\r\n=====\r\necho'],
  ['leading spaces and tabs', '   \t===\n\t# x'],
];

describe.each(CHARTER_LANGS)('the plain text (%s)', (lang) => {
  it.each(LOOKS_LIKE_STRUCTURE)('%s: no line the group wrote starts at the margin', (_name, value) => {
    const charter = charterFor(draftWithText(value, lang));
    const txt = charterToText(charter);
    expect(marginLinesNotOurs(charter, txt)).toEqual([]);
    // Each line the group wrote is there, indented or bulleted (the name is the title, ours to underline).
    const body = txt.split('\n').slice(2);
    for (const line of value.replace(/\r\n?/g, '\n').split('\n')) {
      const typed = line.trim();
      // A line of only = or - is also in our underlines: where it went is checked above.
      if (typed === '' || /^[=-]+$/.test(typed)) continue;
      const where = body.filter((l) => l.includes(typed));
      expect(where.length, typed).toBeGreaterThan(0);
      for (const l of where) expect(l, typed).toMatch(/^( {2}|- |.+: )/);
    }
  });
});
