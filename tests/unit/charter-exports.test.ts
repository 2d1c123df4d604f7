import { describe, expect, it } from 'vitest';
import { reduce } from '../../src/lib/charter/actions.ts';
import type { Charter } from '../../src/lib/charter/charter.ts';
import { decodeDraft, encodeDraft } from '../../src/lib/charter/codec.ts';
import { blankDraft, CHARTER_LANGS } from '../../src/lib/charter/draft.ts';
import { exportCharter, EXPORT_KINDS } from '../../src/lib/charter/export.ts';
import {
  crisisLineText,
  MAX_FILE_NAME,
  safeFileName,
  stripControls,
  type FileExtension,
} from '../../src/lib/charter/export-common.ts';
import { charterToHtml, escapeHtml } from '../../src/lib/charter/export-html.ts';
import {
  charterToMarkdown,
  escapeMarkdown,
  escapeMarkdownCell,
} from '../../src/lib/charter/export-markdown.ts';
import { charterToText } from '../../src/lib/charter/export-text.ts';
import {
  charterFor,
  crisisFor,
  draftWithText,
  loadCatalogue,
  loadPresets,
  presetDraft,
} from './charter-fixtures.ts';
import {
  collapse,
  CONTROLS,
  count,
  expectedHeadings,
  MARKDOWN_TAGS,
  md,
  renderMarkdown,
} from './export-checks.ts';
import { CSP, htmlViolations, scanHtml } from './html-scan.ts';

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

describe('crisisLineText', () => {
  it.each([
    [
      { phone: '113', name: 'Medical emergency', when: 'Call when a life is in danger.' },
      '113 — Medical emergency. Call when a life is in danger.',
    ],
    [{ phone: '113', name: 'Emergency!', when: 'Call.' }, '113 — Emergency! Call.'],
    [{ phone: '113', name: 'Emergency', when: '' }, '113 — Emergency'],
    [{ phone: '113', name: '', when: 'Call.' }, '113. Call.'],
  ])('%j', (line, expected) => {
    expect(crisisLineText(line)).toBe(expected);
  });
});

describe('safeFileName', () => {
  it.each<[string, FileExtension, string]>([
    ['Tirsdagsgruppa på Solvang', 'md', 'tirsdagsgruppa-på-solvang.md'],
    ['Tirsdagsgruppa på Solvang'.normalize('NFD'), 'md', 'tirsdagsgruppa-på-solvang.md'],
    ['Our Group', 'json', 'our-group.json'],
    ['  Anna’s   group!! ', 'txt', 'annas-group.txt'],
    ["Anna's group", 'txt', 'annas-group.txt'],
    ['ÆØÅ æøå', 'html', 'æøå-æøå.html'],
    ['Café Ümlaut', 'csv', 'café-ümlaut.csv'],
    ['Cafe\u0301 U\u0308mlaut', 'csv', 'café-ümlaut.csv'],
    ['Gruppe 2 – høst 2026', 'ics', 'gruppe-2-høst-2026.ics'],
    ['שלום עולם', 'md', 'שלום-עולם.md'],
    ['👍🏽 Group 🇳🇴', 'md', 'group.md'],
    ['👍🏽🇳🇴', 'md', 'charter.md'],
    ['../../etc/passwd', 'txt', 'etc-passwd.txt'],
    ['..\\..\\Windows\\system32', 'txt', 'windows-system32.txt'],
    ['C:\\x:y*z?"<>|w', 'txt', 'c-x-y-z-w.txt'],
    ['CON', 'md', 'con-charter.md'],
    ['nul', 'txt', 'nul-charter.txt'],
    ['Com1', 'html', 'com1-charter.html'],
    ['LPT9', 'json', 'lpt9-charter.json'],
    ['con.txt', 'md', 'con-txt.md'],
    ['console', 'md', 'console.md'],
    ['.hidden', 'md', 'hidden.md'],
    ['...', 'md', 'charter.md'],
    ['', 'md', 'charter.md'],
    ['     ', 'md', 'charter.md'],
    ['!?*%&/\\:"<>|', 'md', 'charter.md'],
    ['\u3164\u3164', 'md', 'charter.md'],
    ['\u202Egpj.exe', 'md', 'gpj-exe.md'],
    ['a\u0000b\u0007c', 'md', 'abc.md'],
    ['\u0301\u0301abc', 'md', 'abc.md'],
  ])('%j .%s → %s', (name, ext, expected) => {
    expect(safeFileName(name, ext)).toBe(expected);
  });

  it.each([
    ['', 'members', 'members.csv'],
    ['', '***', 'charter.csv'],
    ['CON', 'members', 'con-members.csv'],
  ])('uses the fallback %j / %j', (name, fallback, expected) => {
    expect(safeFileName(name, 'csv', fallback)).toBe(expected);
  });

  it.each([
    ['a'.repeat(200), 'a'.repeat(60)],
    ['å'.repeat(200).normalize('NFD'), 'å'.repeat(60)],
    ['word '.repeat(40), `${'word-'.repeat(11)}word`],
    ['🇳🇴 '.repeat(100) + 'x', 'x'],
  ])('cuts long names to %#', (name, stem) => {
    const result = safeFileName(name, 'md');
    expect(result).toBe(`${stem}.md`);
    expect(Array.from(result.slice(0, -3)).length).toBeLessThanOrEqual(MAX_FILE_NAME);
  });

  it('gives the same name for NFC and NFD input', () => {
    for (const name of ['Blåbær på Ålesund', 'Øst-Åsen', 'Crème brûlée', 'Ḱǿṏ']) {
      expect(safeFileName(name.normalize('NFD'), 'md')).toBe(safeFileName(name.normalize('NFC'), 'md'));
    }
  });
});

// ---------------------------------------------------------------------------------------------

/** Strings that try to become markup, links, code or structure, or to break the file. */
const HOSTILE: [name: string, value: string][] = [
  ['script', '<script>alert(1)</script>'],
  ['attribute break-out', '"><img src=x onerror=alert(1)>'],
  ['single-quote attribute', "' onmouseover='alert(1)"],
  ['javascript url', 'javascript:alert(1)'],
  ['markdown link', '[click](javascript:alert(1))'],
  ['markdown image', '![x](https://evil.example/x.png)'],
  ['autolink', '<https://evil.example>'],
  ['bare url', 'https://evil.example/path'],
  ['www', 'www.evil.example'],
  ['email', 'someone@evil.example'],
  ['heading', '# Heading'],
  ['bullet', '* list'],
  ['ordered list', '1. list'],
  ['indented code', '    indented code'],
  ['fence', '```fence```'],
  ['code span', '`code`'],
  ['emphasis', '**bold** _em_'],
  ['table', '| a | b |'],
  ['entities', '&amp; &lt; &#60;'],
  ['bidi override', '\u202Eevil\u202C'],
  ['combining, emoji, flag', 'e\u0301 and 👍🏽 and 🇳🇴'],
  ['Norwegian', 'æøå ÆØÅ'],
  ['right to left', 'שלום עולם'],
  ['controls', '\u0000\u0007 controls'],
  ['lines', 'line one\n\n    line two\n# not a heading\n---\n> not a quote'],
  ['long', 'abcdefghij'.repeat(10_000)],
];

/** The fields that show the typed text: name, purpose, audience, place, when, two rules, two parts, two roles, who, how, when broken, review. */
const FIELDS_SHOWN = 15;

describe('hostile text in every free-text field', () => {
  describe.each(HOSTILE)('%s', (_name, value) => {
    const draft = draftWithText(value);
    const charter = charterFor(draft);
    const words = stripControls(value).trim();

    it('builds a charter that shows the text in every field', () => {
      const own = charter.themes.flatMap((th) => th.rules).filter((r) => r.own);
      expect(own).toHaveLength(2);
      expect(charter.outline).toHaveLength(6);
      expect(charter.roles).toHaveLength(4);
    });

    it('HTML: only the elements and attributes the app writes; the text is escaped text', () => {
      const html = charterToHtml(charter);
      const scan = scanHtml(html);
      expect(htmlViolations(html, scan)).toEqual([]);
      expect(scan.headings.map((h) => ({ ...h, text: collapse(h.text) }))).toEqual(expectedHeadings(charter));
      // The text shows the words once per field, and once more in <title>.
      expect(count(scan.text, words)).toBeGreaterThanOrEqual(FIELDS_SHOWN + 1);
      expect(scan.elements.filter((e) => e.name === 'span' && e.attrs.class === 'own')).toHaveLength(2);
      expect(html).not.toMatch(CONTROLS);
      expect(html).toContain(escapeHtml(words));
      if (value.includes('<script>')) expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      if (value.startsWith('"')) expect(html).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
      if (value.startsWith("'")) expect(html).toContain('&#39; onmouseover=&#39;alert(1)');
    });

    it('Markdown: renders no links, images, HTML, code, emphasis or extra headings and lists', () => {
      const source = charterToMarkdown(charter);
      expect(source).not.toMatch(CONTROLS);
      const out = renderMarkdown(source);
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
        expect(out.html).not.toContain(tag);
      }
      expect([...new Set(out.tags)].filter((t) => !MARKDOWN_TAGS.has(t))).toEqual([]);
      expect(out.headings).toEqual(expectedHeadings(charter));
      // Lists and tables only where the app writes them.
      const items =
        charter.about.length + charter.details.length + charter.roles.length + charter.crisis.lines.length;
      const rules = charter.themes.reduce((n, th) => n + th.rules.length, 0);
      expect(out.tags.filter((t) => t === 'li')).toHaveLength(2 * (items + rules));
      expect(out.tags.filter((t) => t === 'table')).toHaveLength(4);
      expect(out.tags.filter((t) => t === 'tr')).toHaveLength(
        2 * (charter.outline.length + 1 + charter.signatureRows + 1),
      );
      expect(out.tags.filter((t) => t === 'hr')).toHaveLength(1);
      // The person's words are still there, as text.
      expect(count(collapse(out.text), collapse(words))).toBeGreaterThanOrEqual(FIELDS_SHOWN);
      if (value.includes('evil.example')) expect(out.text).toContain('evil.example');
    });

    it('text: keeps the words as written, without control characters', () => {
      const text = charterToText(charter);
      expect(text).not.toMatch(CONTROLS);
      // Lines after the first are indented under a bullet, so multi-line text is compared without its spacing.
      expect(count(collapse(text), collapse(words))).toBeGreaterThanOrEqual(FIELDS_SHOWN);
      if (!words.includes('\n')) expect(count(text, words)).toBeGreaterThanOrEqual(FIELDS_SHOWN);
    });
  });

  it('keeps bidi controls, combining marks, emoji and right-to-left text exactly', () => {
    for (const value of ['\u202Eevil\u202C', 'e\u0301 and 👍🏽 and 🇳🇴', 'שלום עולם']) {
      const charter = charterFor(draftWithText(value));
      expect(charterToText(charter)).toContain(value);
      expect(charterToHtml(charter)).toContain(value);
      expect(renderMarkdown(charterToMarkdown(charter)).text).toContain(value);
    }
    // Not normalised: e + combining acute stays two code points.
    expect(charterToText(charterFor(draftWithText('e\u0301')))).not.toContain('\u00E9');
  });

  it('carries 100 000 characters through every format uncut', () => {
    const long = 'abcdefghij'.repeat(10_000);
    let draft = reduce(presetDraft('nb'), { type: 'set-when-broken', value: long }, loadCatalogue());
    draft = reduce(draft, { type: 'set-group', field: 'name', value: 'Lang' }, loadCatalogue());
    const charter = charterFor(draft);
    for (const kind of EXPORT_KINDS) {
      const file = exportCharter(kind, draft, charter);
      expect(count(file.text, long), kind).toBe(1);
    }
    const reopened = decodeDraft(exportCharter('json', draft, charter).text);
    expect(reopened).toEqual({ ok: true, draft });
  });
});

// ---------------------------------------------------------------------------------------------

const REAL = CHARTER_LANGS.flatMap((lang) => loadPresets().map((p) => [lang, p.id] as const));

describe.each(REAL)('a real charter (%s, %s)', (lang, presetId) => {
  const draft = presetDraft(lang, presetId);
  const charter = charterFor(draft);

  it('HTML: a complete, self-contained, print-friendly document', () => {
    const html = charterToHtml(charter);
    const scan = scanHtml(html);
    expect(htmlViolations(html, scan)).toEqual([]);
    expect(html.startsWith('<!doctype html>\n')).toBe(true);
    expect(html.endsWith('</html>\n')).toBe(true);
    expect(scan.elements[0]).toEqual({ name: 'html', attrs: { lang } });
    expect(html).toContain(`<title>${escapeHtml(charter.title)}</title>`);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${CSP}">`);
    expect(scan.headings).toEqual(expectedHeadings(charter));
    // Nothing that could load or link anything.
    expect(html).not.toMatch(/https?:|url\(|@import|href|src=|<a[\s>]|<link|<img|<iframe/i);
    // Print rules asked for.
    for (const rule of [
      '@page { margin: 18mm; }',
      'overflow-wrap: anywhere',
      'break-inside: avoid',
      '.signatures td { height: 12mm; }',
    ]) {
      expect(html).toContain(rule);
    }
    expect(count(html, '<tr><td></td><td></td><td></td></tr>')).toBe(charter.signatureRows);
    expect(count(html, '<span class="own">')).toBe(0);
    for (const line of charter.crisis.lines) expect(scan.text).toContain(crisisLineText(line));
    expect(scan.text).toContain(charter.labels.madeWith);
  });

  it('Markdown: headings, lists and tables in the order of the charter', () => {
    const source = charterToMarkdown(charter);
    const out = renderMarkdown(source);
    expect(out.headings).toEqual(expectedHeadings(charter));
    expect(out.html).not.toMatch(/<a|<img|<code|<em|<strong/);
    expect(out.html).toContain(
      `<tr>\n<th>${charter.labels.name}</th>\n<th>${charter.labels.signature}</th>\n<th>${charter.labels.date}</th>\n</tr>`,
    );
    expect(count(out.html, '<tr>\n<td></td>\n<td></td>\n<td></td>\n</tr>')).toBe(charter.signatureRows);
    for (const part of charter.outline) {
      expect(out.html).toContain(`<tr>\n<td>${part.label}</td>\n<td>${part.minutes}</td>\n</tr>`);
    }
    expect(collapse(out.text)).toContain(collapse(charter.outlineTotal));
    for (const line of charter.crisis.lines)
      expect(out.html).toContain(`<li>${escapeHtml(crisisLineText(line))}</li>`);
    expect(source.endsWith(`${escapeMarkdown(charter.labels.madeWith)}\n`)).toBe(true);
  });

  it('text: underlined title, plain headings, bullets, outline lines, signature lines, crisis lines', () => {
    const text = charterToText(charter);
    const lines = text.split('\n');
    expect(lines[0]).toBe(charter.title);
    expect(lines[1]).toMatch(/^=+$/);
    expect(lines[1]).toHaveLength(Math.max(3, charter.title.length));
    for (const h of expectedHeadings(charter).filter((x) => x.level === 2)) {
      expect(text).toContain(`\n\n${h.text}\n${'-'.repeat(Math.min(72, h.text.length))}\n`);
    }
    for (const theme of charter.themes) {
      expect(text).toContain(`${theme.heading}:\n${theme.rules.map((r) => `- ${r.text}`).join('\n')}`);
    }
    for (const part of charter.outline) expect(lines).toContain(`${part.label} — ${part.minutes}`);
    const l = charter.labels;
    const signature = new RegExp(`^${l.name}: _+  ${l.signature}: _+  ${l.date}: _+$`);
    expect(lines.filter((x) => signature.test(x))).toHaveLength(charter.signatureRows);
    for (const line of charter.crisis.lines) expect(lines).toContain(crisisLineText(line));
    expect(lines).toContain(charter.crisis.fallback);
    expect(text.endsWith(`\n\n${l.madeWith}\n`)).toBe(true);
  });
});

describe('sections with nothing in them are left out', () => {
  const full = charterFor(draftWithText('Our words'));
  const blank = charterFor(blankDraft('en'));
  const bare: Charter = {
    ...blank,
    outline: [],
    roles: [],
    declaration: '',
    signatureRows: 0,
    crisis: { lines: [], fallback: '' },
  };
  // Only control characters, spaces or invisible characters: nothing to show, so no section.
  const invisible: Charter = {
    ...full,
    absence: '\u0007',
    whenBroken: '\u200B\u0000',
    review: ' \u202E ',
    declaration: '\u0000',
    crisis: { lines: [], fallback: '\u001F' },
  };

  it.each([
    ['full', full, 12 + full.themes.length],
    ['blank', blank, 7],
    ['bare', bare, 2],
    ['invisible', invisible, 7 + full.themes.length],
  ] as const)('%s', (_name, charter, headings) => {
    const expected = expectedHeadings(charter);
    expect(expected).toHaveLength(headings);
    const html = charterToHtml(charter);
    expect(htmlViolations(html)).toEqual([]);
    expect(scanHtml(html).headings).toEqual(expected);
    expect(renderMarkdown(charterToMarkdown(charter)).headings).toEqual(expected);
    const lines = charterToText(charter).split('\n');
    const underlined = lines.filter((_line, i) => /^-{3,}$/.test(lines[i + 1] ?? ''));
    expect(underlined).toEqual(expected.filter((h) => h.level === 2).map((h) => h.text));
  });

  it('leaves out the crisis box and table when they are empty, in every format', () => {
    const html = charterToHtml(bare);
    expect(html).not.toMatch(/<table|<aside|<ul/);
    expect(charterToMarkdown(bare)).not.toMatch(/\|/);
    expect(charterToText(bare)).not.toContain('____');
  });
});

describe('marks the group’s own words', () => {
  it.each(CHARTER_LANGS)('%s', (lang) => {
    const charter = charterFor(draftWithText('Vi sier det selv', lang));
    const label = `(${charter.labels.ownWords})`;
    expect(count(charterToHtml(charter), `<span class="own">${label}</span>`)).toBe(2);
    expect(count(charterToText(charter), `Vi sier det selv ${label}`)).toBe(2);
    expect(count(renderMarkdown(charterToMarkdown(charter)).text, `Vi sier det selv ${label}`)).toBe(2);
  });
});

describe('escapeHtml', () => {
  it.each([
    ['plain', 'plain'],
    [`<a href="x" title='y'>&amp;</a>`, '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;'],
    ['\u0000nul', 'nul'],
    ['æøå \u202E', 'æøå \u202E'],
  ])('%j', (input, expected) => {
    expect(escapeHtml(input)).toBe(expected);
  });
});

describe('escapeMarkdown', () => {
  it.each([
    ['plain words', {}, 'plain words'],
    ['a.b', {}, 'a\\.b'],
    [
      '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~',
      {},
      '\\!\\"\\#\\$\\%\\&\\\'\\(\\)\\*\\+\\,\\-\\.\\/\\:\\;\\<\\=\\>\\?\\@\\[\\\\\\]\\^\\_\\`\\{\\|\\}\\~',
    ],
    ['    code', {}, 'code'],
    ['one\n\n  two\t', {}, 'one two'],
    ['one\n\n  two', { lineBreaks: true }, 'one\\\ntwo'],
    ['\u0000æ\u0007', {}, 'æ'],
    ['', {}, ''],
  ])('%j %j', (input, options, expected) => {
    expect(escapeMarkdown(input, options)).toBe(expected);
  });

  it.each([
    ['a | b', 'a \\| b'],
    ['one\ntwo', 'one two'],
    ['\\|', '\\\\\\|'],
  ])('cell %j', (input, expected) => {
    expect(escapeMarkdownCell(input)).toBe(expected);
  });

  it('keeps a pipe inside a rendered table cell', () => {
    const out = md.render(`| h |\n| --- |\n| ${escapeMarkdownCell('a | b \\| c')} |\n`);
    expect(out).toContain('<td>a | b \\| c</td>');
  });
});

describe('exportCharter', () => {
  const draft = draftWithText('Tirsdagsgruppa på Solvang', 'nb');
  const charter = charterFor(draft);

  it.each([
    ['json', 'application/json;charset=utf-8', encodeDraft(draft)],
    ['md', 'text/markdown;charset=utf-8', charterToMarkdown(charter)],
    ['html', 'text/html;charset=utf-8', charterToHtml(charter)],
    ['txt', 'text/plain;charset=utf-8', charterToText(charter)],
  ] as const)('%s', (kind, mime, text) => {
    expect(exportCharter(kind, draft, charter)).toEqual({
      fileName: `tirsdagsgruppa-på-solvang.${kind}`,
      mime,
      text,
    });
  });

  it('names the file "charter" when the group has no name yet', () => {
    const unnamed = blankDraft('en');
    expect(exportCharter('md', unnamed, charterFor(unnamed)).fileName).toBe('charter.md');
  });

  it('writes a JSON file that opens again as the same draft', () => {
    expect(decodeDraft(exportCharter('json', draft, charter).text)).toEqual({ ok: true, draft });
  });
});

describe('the fixtures', () => {
  it('read the real content', () => {
    expect(loadCatalogue().rules.length).toBeGreaterThanOrEqual(30);
    expect(loadPresets()).toHaveLength(4);
    expect(crisisFor('nb').lines[0]).toEqual({
      phone: '113',
      name: 'Medisinsk nødtelefon',
      when: 'Ring når noens liv er i fare.',
    });
  });
});
