import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeDraft, encodeDraft } from '../../src/lib/charter/codec.ts';
import { CHARTER_LANGS } from '../../../../../src/lib/charter/draft.ts';
import { draftSchema } from '../../src/lib/charter/draft-schema.ts';
import { MAX_FILE_NAME, safeFileName, stripControls } from '../../src/lib/charter/export-common.ts';
import { charterToHtml } from '../../src/lib/charter/export-html.ts';
import {
  charterToMarkdown,
  escapeMarkdown,
  escapeMarkdownCell,
} from '../../src/lib/charter/export-markdown.ts';
import { charterToText } from '../../src/lib/charter/export-text.ts';
import { charterFor, draftWithText } from '../../../../support/catalogue.ts';
import { anyText, draftArb } from '../../../../support/arbitraries.ts';
import {
  collapse,
  CONTROLS,
  decodeEntities,
  expectedHeadings,
  MARKDOWN_TAGS,
  md,
  renderMarkdown,
} from '../../../../support/outputs.ts';
import { htmlViolations } from '../../../../support/html-scan.ts';

describe('the HTML export, for any text', () => {
  it('(a) writes only allowed elements and attributes, and never a script, whatever is typed into every field', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom(...CHARTER_LANGS), (text, lang) => {
        const html = charterToHtml(charterFor(draftWithText(text, lang)));
        expect(htmlViolations(html)).toEqual([]);
        expect(html).not.toMatch(/<script/i);
        expect(html).not.toMatch(CONTROLS);
      }),
      { numRuns: 300 },
    );
  });

  it('(a) does the same for any valid draft', () => {
    fc.assert(
      fc.property(draftArb, (draft) => {
        const html = charterToHtml(charterFor(draft));
        expect(htmlViolations(html)).toEqual([]);
        expect(html).not.toMatch(/<script/i);
      }),
      { numRuns: 200 },
    );
  });
});

describe('the draft file', () => {
  it('(b) the arbitrary drafts are valid drafts', () => {
    fc.assert(
      fc.property(draftArb, (draft) => {
        expect(draftSchema.safeParse(draft).success).toBe(true);
      }),
    );
  });

  it('(b) decodeDraft(encodeDraft(d)) gives back d', () => {
    fc.assert(
      fc.property(draftArb, (draft) => {
        expect(decodeDraft(encodeDraft(draft))).toStrictEqual({ ok: true, draft });
      }),
      { numRuns: 300 },
    );
  });
});

describe('the Markdown export, for any text', () => {
  /** Renders escaped text in each place the export puts text; returns the tags and the visible text. */
  const contexts: [string, (text: string) => string, Set<string>][] = [
    ['paragraph', (t) => escapeMarkdown(t, { lineBreaks: true }), new Set(['p', 'br'])],
    [
      'list item',
      (t) => `- ${escapeMarkdown(t, { lineBreaks: true }).replaceAll('\n', '\n  ')}`,
      new Set(['ul', 'li', 'br']),
    ],
    ['heading', (t) => `# ${escapeMarkdown(t)}`, new Set(['h1'])],
    [
      'table cell',
      (t) => `| head |\n| --- |\n| ${escapeMarkdownCell(t)} |`,
      new Set(['table', 'thead', 'tbody', 'tr', 'th', 'td']),
    ],
  ];

  it.each(contexts)(
    '(c) escaped text in a %s renders as that text and nothing else',
    (_name, write, allowed) => {
      fc.assert(
        fc.property(anyText, (text) => {
          const html = md.render(write(text));
          expect(html).not.toMatch(/<a[\s>]|<img/);
          const tags = [...html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9-]*)/g)].map((m) => m[1]!.toLowerCase());
          expect(tags.filter((t) => !allowed.has(t))).toEqual([]);
          const visible = decodeEntities(html.replace(/<[^>]*>/g, ' ')).replace(/^\s*head\s*/, '');
          expect(collapse(visible)).toBe(collapse(stripControls(text)));
        }),
        { numRuns: 500 },
      );
    },
  );

  it('(c) a whole charter from any valid draft renders only the app’s own structure', () => {
    fc.assert(
      fc.property(draftArb, (draft) => {
        const charter = charterFor(draft);
        const source = charterToMarkdown(charter);
        expect(source).not.toMatch(CONTROLS);
        const out = renderMarkdown(source);
        expect([...new Set(out.tags)].filter((t) => !MARKDOWN_TAGS.has(t))).toEqual([]);
        expect(out.headings).toEqual(expectedHeadings(charter));
        expect(charterToText(charter)).not.toMatch(CONTROLS);
      }),
      { numRuns: 200 },
    );
  });
});

describe('safeFileName, for any name', () => {
  it('is short, plain and safe, and the same for NFC and NFD input', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom('md' as const, 'json' as const, 'ics' as const), (name, ext) => {
        const file = safeFileName(name, ext);
        expect(file.endsWith(`.${ext}`)).toBe(true);
        const stem = file.slice(0, -(ext.length + 1));
        expect(stem).toMatch(/^[\p{L}\p{Nd}][\p{L}\p{M}\p{Nd}-]*$/u);
        expect(stem).toBe(stem.toLowerCase());
        expect(stem).not.toMatch(/--|-$|[/\\:*?"<>|\s.]/);
        expect(stem).not.toMatch(/^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/);
        expect(Array.from(stem).length).toBeLessThanOrEqual(MAX_FILE_NAME);
        expect(stem).toBe(stem.normalize('NFC'));
        expect(safeFileName(name.normalize('NFD'), ext)).toBe(file);
        // Cleaning a clean name changes nothing.
        expect(safeFileName(stem, ext)).toBe(file);
      }),
      { numRuns: 1000 },
    );
  });
});
