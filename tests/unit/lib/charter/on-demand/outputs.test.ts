/**
 * The charter in every format: the screen, the print copy and the `.html` file
 * (all one component), the Markdown and the plain text (one walk over the
 * model). Hostile text in every field stays text in each; real charters keep
 * their structure; the Markdown is readable; the plain text never lets typed
 * text look like a heading.
 */
import { describe, expect, it } from 'vitest';
import { reduce } from '../../../../../src/lib/charter/actions.ts';
import { charterRules, charterSection } from '../../../../../src/lib/charter/charter.ts';
import { CHARTER_LANGS } from '../../../../../src/lib/charter/draft.ts';
import { decodeDraft } from '../../../../../src/lib/charter/on-demand/codec.ts';
import { makeFile } from '../../../../../src/lib/charter/on-demand/files.ts';
import { escapeHtml } from '../../../../../src/lib/charter/on-demand/html-file.ts';
import { escapeMarkdown } from '../../../../../src/lib/charter/on-demand/markdown.ts';
import { stripControls } from '../../../../../src/lib/charter/text.ts';
import { renderCharter } from '../../../../../src/islands/builder/on-demand/html-body.tsx';
import {
  apply,
  charterFor,
  charterT,
  draftWithText,
  loadCatalogue,
  loadPresets,
  presetDraft,
} from '../../../../support/catalogue.ts';
import { HOSTILE } from '../../../../support/hostile.ts';
import { CSP, htmlViolations, scanHtml } from '../../../../support/html-scan.ts';
import {
  allOutputs,
  collapse,
  CONTROLS,
  count,
  expectedHeadings,
  marginLinesNotOurs,
  MARKDOWN_TAGS,
  md,
  renderHtmlFile,
  renderMarkdown,
} from '../../../../support/outputs.ts';

/** The fields that show the typed text: name, purpose, audience, place, when, two rules, two parts, two roles, who, how, when broken, review. */
const FIELDS_SHOWN = 15;

describe('hostile text in every free-text field', () => {
  describe.each(HOSTILE)('%s', (_name, value) => {
    const charter = charterFor(draftWithText(value));
    const out = allOutputs(charter);
    const words = stripControls(value).trim();

    it('screen, print and file: only the elements and attributes the app writes; the text is text', () => {
      for (const [name, html] of [
        ['screen', out.screen],
        ['print', out.print],
        ['html', out.html],
      ] as const) {
        const scan = scanHtml(html);
        expect(htmlViolations(html, scan, { file: name === 'html', links: name === 'screen' }), name).toEqual(
          [],
        );
        expect(html, name).not.toMatch(CONTROLS);
        expect(count(collapse(scan.text), collapse(words)), name).toBeGreaterThanOrEqual(FIELDS_SHOWN);
        if (value.includes('<script>')) expect(html).toContain('&lt;script>alert(1)&lt;/script>');
      }
      expect(scanHtml(out.html).headings.map((h) => ({ ...h, text: collapse(h.text) }))).toEqual(
        expectedHeadings(charter),
      );
    });

    it('Markdown: renders no links, images, HTML, code, emphasis or extra headings and lists', () => {
      expect(out.md).not.toMatch(CONTROLS);
      const rendered = renderMarkdown(out.md);
      for (const tag of [
        '<a',
        '<img',
        '<script',
        '<code',
        '<pre',
        '<em',
        '<strong',
        '<blockquote',
        '<ol',
        '<s>',
        '<del',
      ]) {
        expect(rendered.html).not.toContain(tag);
      }
      expect([...new Set(rendered.tags)].filter((t) => !MARKDOWN_TAGS.has(t))).toEqual([]);
      expect(rendered.headings).toEqual(expectedHeadings(charter));
      expect(rendered.tags.filter((t) => t === 'hr')).toHaveLength(1);
      expect(count(collapse(rendered.text), collapse(words))).toBeGreaterThanOrEqual(FIELDS_SHOWN);
      if (value.includes('evil.example')) expect(rendered.text).toContain('evil.example');
    });

    it('plain text: keeps the words, and no line the group wrote starts at the margin', () => {
      expect(out.txt).not.toMatch(CONTROLS);
      expect(count(collapse(out.txt), collapse(words))).toBeGreaterThanOrEqual(FIELDS_SHOWN);
      expect(marginLinesNotOurs(charter, out.txt)).toEqual([]);
    });
  });

  it('keeps bidi controls, combining marks, emoji and right-to-left text exactly', () => {
    for (const value of ['\u202Eevil\u202C', 'e\u0301 and 👍🏽 and 🇳🇴', 'שלום עולם']) {
      const out = allOutputs(charterFor(draftWithText(value)));
      expect(out.txt).toContain(value);
      expect(out.html).toContain(value);
      expect(renderMarkdown(out.md).text).toContain(value);
    }
    expect(allOutputs(charterFor(draftWithText('e\u0301'))).txt).not.toContain('\u00E9');
  });

  it('carries text at a field’s hard cap through every file uncut', () => {
    const long = 'abcdefghij'.repeat(400);
    let draft = reduce(presetDraft('nb'), { type: 'set-when-broken', value: long }, loadCatalogue());
    draft = reduce(draft, { type: 'set-group', field: 'name', value: 'Lang' }, loadCatalogue());
    const charter = charterFor(draft);
    const context = {
      t: charterT('nb'),
      now: new Date('2026-12-01T10:00:00Z'),
      html: () => renderCharter(charter),
    };
    for (const kind of ['json', 'txt', 'html', 'md'] as const) {
      expect(count(makeFile(kind, draft, charter, context)?.text ?? '', long), kind).toBe(1);
    }
    expect(decodeDraft(makeFile('json', draft, charter, context)?.text ?? '')).toEqual({ ok: true, draft });
  });
});

const REAL = CHARTER_LANGS.flatMap((lang) => loadPresets().map((p) => [lang, p.id] as const));

describe.each(REAL)('a real charter (%s, %s)', (lang, presetId) => {
  const charter = charterFor(presetDraft(lang, presetId));
  const out = allOutputs(charter);

  it('the .html file is complete, self-contained and loads nothing', () => {
    const scan = scanHtml(out.html);
    expect(htmlViolations(out.html, scan)).toEqual([]);
    expect(out.html.startsWith('<!doctype html>\n')).toBe(true);
    expect(out.html.endsWith('</html>\n')).toBe(true);
    expect(scan.elements[0]).toEqual({ name: 'html', attrs: { lang } });
    expect(out.html).toContain(`<title>${escapeHtml(charter.documentTitle)}</title>`);
    expect(out.html).toContain(`<meta http-equiv="Content-Security-Policy" content="${CSP}">`);
    expect(out.html).not.toMatch(/https?:|url\(|@import|href|src=|<a[\s>]|<link|<img|<iframe/i);
    for (const rule of ['@page', 'overflow-wrap: anywhere', 'break-inside: avoid'])
      expect(out.html).toContain(rule);
    expect(scan.headings).toEqual(expectedHeadings(charter));
  });

  it('the screen and the print show the same sections and rules as the file', () => {
    const headings = (html: string) => scanHtml(html).headings.map((h) => h.text);
    expect(headings(out.print)).toEqual(headings(out.html));
    expect(headings(out.screen)).toEqual(headings(out.html));
    for (const rule of charterRules(charter)) {
      for (const [name, text] of Object.entries(out)) {
        expect(collapse(name === 'md' ? renderMarkdown(text).text : text), `${name}: ${rule.key}`).toContain(
          collapse(
            name === 'txt' || name === 'md'
              ? rule.text
              : escapeHtml(rule.text).replace(/&gt;/g, '>').replace(/&#39;/g, "'"),
          ),
        );
      }
    }
  });

  it('the Markdown is readable: ordinary words get no backslashes', () => {
    for (const rule of charterRules(charter)) {
      // Catalogue wordings hold no markup: apostrophes, commas, colons and full stops stay as they are.
      if (!/[\\`*_~[\]<|#]/.test(rule.text)) expect(out.md).toContain(rule.text);
    }
    expect(renderMarkdown(out.md).headings).toEqual(expectedHeadings(charter));
  });
});

describe('escapeMarkdown', () => {
  it.each([
    ["We don't pass on anyone's story.", {}, "We don't pass on anyone's story."],
    ['Tuesdays, 18:00 – 20:00; room 2 (library)!', {}, 'Tuesdays, 18:00 – 20:00; room 2 (library)!'],
    ['a.b', {}, 'a\\.b'],
    ['see solvang.no or www.x.no', {}, 'see solvang\\.no or www\\.x\\.no'],
    ['https://evil.example/x', {}, 'https\\://evil\\.example/x'],
    ['mail kari@example.org', {}, 'mail kari\\@example\\.org'],
    ['*bold* _em_ `code` ~strike~', {}, '\\*bold\\* \\_em\\_ \\`code\\` \\~strike\\~'],
    ['[link](x) ![img](y)', {}, '\\[link\\](x) !\\[img\\](y)'],
    ['<b>tag</b> &amp; a&b', {}, '\\<b>tag\\</b> \\&amp; a&b'],
    ['# not a heading', {}, '\\# not a heading'],
    ['- not a list', {}, '\\- not a list'],
    ['+ not a list', {}, '\\+ not a list'],
    ['1. not a list', {}, '1\\. not a list'],
    ['> not a quote', {}, '\\> not a quote'],
    ['room 2 #', {}, 'room 2 \\#'],
    ['line one ##\nline #2', { lineBreaks: true }, 'line one \\##\\\nline #2'],
    ['===', {}, '\\==='],
    ['a | b', {}, 'a \\| b'],
    ['back\\slash', {}, 'back\\\\slash'],
    ['    code', {}, 'code'],
    ['one\n\n  two\t', {}, 'one two'],
    ['one\n\n  two', { lineBreaks: true }, 'one\\\ntwo'],
    ['\u0000æ\u0007', {}, 'æ'],
    ['', {}, ''],
  ])('%j %j', (input, options, expected) => {
    expect(escapeMarkdown(input, options)).toBe(expected);
  });

  it('keeps a pipe inside a rendered table cell', () => {
    const out = md.render(`| h |\n| --- |\n| ${escapeMarkdown('a | b \\| c')} |\n`);
    expect(out).toContain('<td>a | b \\| c</td>');
  });
});

describe('makeFile', () => {
  const draft = draftWithText('Tirsdagsgruppa på Solvang', 'nb');
  const charter = charterFor(draft);
  const context = {
    t: charterT('nb'),
    now: new Date('2026-12-01T10:00:00Z'),
    html: () => renderCharter(charter),
  };

  it.each([
    ['json', 'tirsdagsgruppa-på-solvang.json', 'application/json;charset=utf-8'],
    ['txt', 'tirsdagsgruppa-på-solvang.txt', 'text/plain;charset=utf-8'],
    ['html', 'tirsdagsgruppa-på-solvang.html', 'text/html;charset=utf-8'],
    ['md', 'tirsdagsgruppa-på-solvang.md', 'text/markdown;charset=utf-8'],
    ['ics-review', 'tirsdagsgruppa-på-solvang-review.ics', 'text/calendar;charset=utf-8'],
    ['ics-meetings', 'tirsdagsgruppa-på-solvang-meetings.ics', 'text/calendar;charset=utf-8'],
  ] as const)('%s → %s', (kind, fileName, mime) => {
    expect(makeFile(kind, draft, charter, context)).toMatchObject({ fileName, mime });
  });

  it('offers no rota spreadsheet without members, and one with', () => {
    expect(makeFile('csv', draft, charter, context)).toBeUndefined();
    const withMembers = reduce(draft, { type: 'add-member', name: 'Ann' }, loadCatalogue());
    expect(makeFile('csv', withMembers, charterFor(withMembers), context)).toMatchObject({
      fileName: 'tirsdagsgruppa-på-solvang-rota.csv',
    });
  });

  it('names the file "charter" when the group has no name yet', () => {
    const unnamed = presetDraft('en');
    const c = charterFor(unnamed);
    expect(makeFile('md', unnamed, c, { ...context, html: () => renderCharter(c) })?.fileName).toBe(
      'charter.md',
    );
  });
});

describe.each(REAL)('the easy-read layout (%s, %s)', (lang, presetId) => {
  const draft = apply(presetDraft(lang, presetId), { type: 'set-layout', layout: 'easy-read' });
  const charter = charterFor(draft);
  const html = renderHtmlFile(charter);
  const scan = scanHtml(html);
  const themes = charterSection(charter, 'rules')
    ?.blocks.flatMap((b) => (b.kind === 'rules' ? b.themes : []))
    .filter((theme) => theme.rules.length > 0);

  it('the .html file has one picture per theme, each one image with its text alternative', () => {
    expect(htmlViolations(html, scan)).toEqual([]);
    expect(scan.elements.find((e) => e.name === 'article')?.attrs.class).toBe(
      'charter charter-easy-read charter-large',
    );
    const pictures = scan.elements.filter((e) => e.name === 'svg');
    expect(themes?.length).toBeGreaterThan(3);
    expect(pictures.map((p) => p.attrs['aria-label'])).toEqual(
      themes?.map((theme) => charterT(lang)(`charter.picture.${theme.theme}`)),
    );
    for (const p of pictures) expect(p.attrs.role).toBe('img');
    // The pictures' lines are drawn in the text's colour, so they print black on white.
    const strokes = scan.elements.filter((e) => e.name === 'g' && 'stroke' in e.attrs);
    expect(strokes.length).toBe(pictures.length);
    for (const g of strokes) expect(g.attrs.stroke).toBe('currentColor');
  });

  it('prints large: at least 16 pt on paper and 20 px on screen, in the file’s own stylesheet', () => {
    const css = renderCharter(charter).css.replace(/\s+/g, ' ');
    expect(css).toContain('.charter-large { font-size: 1.25rem;');
    expect(css).toMatch(/@media print \{ \.charter-large \{ font-size: 16pt;/);
  });

  it('the standard layout of the same draft has no pictures', () => {
    const standard = renderHtmlFile(charterFor({ ...draft, layout: 'standard' }));
    const elements = scanHtml(standard).elements;
    expect(elements.filter((e) => e.name === 'svg')).toEqual([]);
    expect(elements.find((e) => e.name === 'article')?.attrs.class).toBe('charter');
  });
});

describe('the easy-read layout keeps the group’s own words as written', () => {
  it.each(HOSTILE)('%s', (_name, value) => {
    const draft = apply(draftWithText(value), { type: 'set-layout', layout: 'easy-read' });
    const html = renderHtmlFile(charterFor(draft));
    const scan = scanHtml(html);
    expect(htmlViolations(html, scan)).toEqual([]);
    expect(count(collapse(scan.text), collapse(stripControls(value).trim()))).toBeGreaterThanOrEqual(
      FIELDS_SHOWN,
    );
  });
});
