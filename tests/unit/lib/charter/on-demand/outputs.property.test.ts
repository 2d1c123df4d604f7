/**
 * Properties of every output, for any valid draft: every part of the charter
 * model appears in the screen, the print, the `.html` file, the Markdown and
 * the plain text; the HTML holds only the app's own elements; the Markdown
 * renders only the app's own structure; the plain text keeps the group's lines
 * off the margin; the draft file reads back as the same
 * draft; file names are safe.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Charter } from '../../../../../src/lib/charter/charter.ts';
import { decodeDraft, encodeDraft } from '../../../../../src/lib/charter/on-demand/codec.ts';
import { draftSchema } from '../../../../../src/lib/charter/on-demand/draft-schema.ts';
import { MAX_FILE_NAME, safeFileName } from '../../../../../src/lib/charter/on-demand/file-name.ts';
import { escapeMarkdown } from '../../../../../src/lib/charter/on-demand/markdown.ts';
import { stripControls } from '../../../../../src/lib/charter/text.ts';
import { anyText, draftArb } from '../../../../support/arbitraries.ts';
import { charterFor } from '../../../../support/catalogue.ts';
import { htmlViolations, scanHtml } from '../../../../support/html-scan.ts';
import {
  allOutputs,
  collapse,
  CONTROLS,
  decodeEntities,
  marginLinesNotOurs,
  MARKDOWN_TAGS,
  md,
  renderMarkdown,
} from '../../../../support/outputs.ts';

/** Every piece of text the model holds, each once: the parts of the charter a person must find in every output. */
function modelTexts(charter: Charter): string[] {
  const texts: string[] = [charter.title, charter.subtitle, charter.footer];
  for (const s of charter.sections) {
    texts.push(s.heading);
    for (const b of s.blocks) {
      switch (b.kind) {
        case 'rows':
          for (const r of b.rows) texts.push(r.label, r.value);
          break;
        case 'rules':
          for (const th of b.themes) texts.push(th.heading, ...th.rules.map((r) => r.text));
          break;
        case 'paragraph':
          texts.push(b.text);
          break;
        case 'list':
          texts.push(...b.items.map((i) => i.text));
          break;
        case 'table':
          texts.push(...b.head, ...b.rows.flat().map((c) => c.text), b.foot);
          break;
        case 'crisis':
          texts.push(
            b.crisis.heading,
            ...b.crisis.lines.flatMap((l) => [l.phone, l.name, l.when, ...(l.chat ? [l.chat.label] : [])]),
            b.crisis.elsewhere,
          );
          break;
      }
    }
  }
  // Text that shows nothing cannot be looked for.
  return texts.map((t) => collapse(stripControls(t))).filter((t) => t.replace(/[\s\p{Cf}]/gu, '') !== '');
}

/** The visible text of each output, as a reader would see it, white space collapsed. */
function visibleTexts(charter: Charter): Record<string, string> {
  const out = allOutputs(charter);
  return {
    screen: collapse(scanHtml(out.screen).text),
    print: collapse(scanHtml(out.print).text),
    html: collapse(scanHtml(out.html).text),
    md: collapse(renderMarkdown(out.md).text),
    txt: collapse(out.txt),
  };
}

// Sixty whole charters rendered five ways take a few seconds, more on a busy two-core machine.
const SLOW = 30_000;

describe('every part of the charter in every output', () => {
  it(
    'any valid draft: every text of the model is in the screen, the print, the .html, the .md and the .txt',
    () => {
      fc.assert(
        fc.property(draftArb, (draft) => {
          const charter = charterFor(draft);
          const texts = modelTexts(charter);
          const seen = visibleTexts(charter);
          for (const [name, visible] of Object.entries(seen)) {
            for (const text of texts)
              expect(visible, `${name} lacks ${JSON.stringify(text)}`).toContain(text);
          }
        }),
        { numRuns: 60 },
      );
    },
    SLOW,
  );

  it(
    'any valid draft: the HTML outputs hold only the app’s elements, and the Markdown only its structure',
    () => {
      fc.assert(
        fc.property(draftArb, (draft) => {
          const charter = charterFor(draft);
          const out = allOutputs(charter);
          expect(htmlViolations(out.html)).toEqual([]);
          expect(htmlViolations(out.print, scanHtml(out.print), { file: false })).toEqual([]);
          expect(htmlViolations(out.screen, scanHtml(out.screen), { file: false, links: true })).toEqual([]);
          const rendered = renderMarkdown(out.md);
          expect([...new Set(rendered.tags)].filter((t) => !MARKDOWN_TAGS.has(t))).toEqual([]);
          for (const text of [out.html, out.md, out.txt]) expect(text).not.toMatch(CONTROLS);
          // In the plain text, no line the group wrote starts at the margin, where it could pass for a heading.
          expect(marginLinesNotOurs(charter, out.txt)).toEqual([]);
        }),
        { numRuns: 60 },
      );
    },
    SLOW,
  );
});

describe('escaping any text', () => {
  const contexts: [string, (escaped: string) => string][] = [
    ['a paragraph', (e) => e],
    ['a list item', (e) => `- ${e}`],
    ['a heading', (e) => `## ${e}`],
    ['a table cell', (e) => `| h |\n| --- |\n| ${e} |`],
  ];

  it.each(contexts)('Markdown in %s renders as the same text and no markup', (_name, wrap) => {
    fc.assert(
      fc.property(anyText, (text) => {
        const rendered = md.render(wrap(escapeMarkdown(text)));
        // In the table, the text is the body cell's: the heading cell is ours.
        const html = rendered.includes('<tbody>') ? rendered.slice(rendered.indexOf('<tbody>')) : rendered;
        const tags = [...html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9-]*)/g)].map((m) => m[1]!.toLowerCase());
        expect(tags.filter((t) => !MARKDOWN_TAGS.has(t))).toEqual([]);
        expect(tags.filter((t) => ['a', 'img', 'code', 'em', 'strong', 's', 'del'].includes(t))).toEqual([]);
        const shown = collapse(decodeEntities(html.replace(/<[^>]*>/g, ' ')));
        const expected = collapse(stripControls(text).replace(/\n/g, ' '));
        if (expected !== '') expect(shown.replace(/\s/g, '')).toBe(expected.replace(/\s/g, ''));
      }),
      { numRuns: 300 },
    );
  });
});

describe('the draft file', () => {
  it('the arbitrary drafts are valid drafts', () => {
    fc.assert(
      fc.property(draftArb, (draft) => {
        expect(draftSchema.safeParse(draft).success).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('decodeDraft(encodeDraft(d)) gives back d', () => {
    fc.assert(
      fc.property(draftArb, (draft) => {
        expect(decodeDraft(encodeDraft(draft))).toEqual({ ok: true, draft });
      }),
      { numRuns: 100 },
    );
  });
});

describe('safeFileName, for any name', () => {
  it('is short, plain and safe, and the same for NFC and NFD input', () => {
    fc.assert(
      fc.property(anyText, (name) => {
        const file = safeFileName(name, 'md');
        expect(file.endsWith('.md')).toBe(true);
        const stem = file.slice(0, -3);
        expect(Array.from(stem).length).toBeLessThanOrEqual(MAX_FILE_NAME);
        // eslint-disable-next-line no-control-regex
        expect(stem).not.toMatch(/^[.-]|[/\\:*?"<>|\u0000-\u001F]/);
        expect(safeFileName(name.normalize('NFD'), 'md')).toBe(safeFileName(name.normalize('NFC'), 'md'));
      }),
      { numRuns: 300 },
    );
  });
});
