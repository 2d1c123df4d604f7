import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeDraft, encodeDraft } from '../../src/lib/charter/codec.ts';
import {
  APP_ID,
  CHARTER_LANGS,
  draftSchema,
  MEETING_MINUTES,
  OUTLINE_PARTS,
  ROLES,
  SCHEMA_VERSION,
  type Draft,
  type DraftRule,
  type OutlineItem,
  type Role,
} from '../../src/lib/charter/draft.ts';
import { MAX_FILE_NAME, safeFileName, stripControls } from '../../src/lib/charter/export-common.ts';
import { charterToHtml } from '../../src/lib/charter/export-html.ts';
import {
  charterToMarkdown,
  escapeMarkdown,
  escapeMarkdownCell,
} from '../../src/lib/charter/export-markdown.ts';
import { charterToText } from '../../src/lib/charter/export-text.ts';
import { THEMES } from '../../src/schemas/rule.ts';
import { charterFor, draftWithText, loadCatalogue } from './charter-fixtures.ts';
import {
  collapse,
  CONTROLS,
  decodeEntities,
  expectedHeadings,
  MARKDOWN_TAGS,
  md,
  renderMarkdown,
} from './export-checks.ts';
import { htmlViolations } from './html-scan.ts';

/** Characters that mean something to HTML, Markdown or a linkifier, and words that attackers use. */
const MARKUP = fc.constantFrom(
  ...'<>&"\'`*_~[]()!#|\\:/.@=+- \n\t'.split(''),
  'a',
  '1',
  '    ',
  'www.',
  'http://',
  'javascript:',
  'mailto:',
  '<script>',
  '<img src=x onerror=alert(1)>',
  '&lt;',
  '&#60;',
  '\u202E',
  '\u0000',
  '\r',
  'æ',
);

/** Any text a person (or a crafted file) could put in a field. */
const anyText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: MARKUP, maxLength: 30 }),
);

const idArb = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}$/);

const catalogue = loadCatalogue();
const ruleIds = catalogue.rules.map((r) => r.id);
const wordingIds = [
  ...new Set(
    catalogue.rules.flatMap((r) =>
      r.variants?.kind === 'wordings' ? r.variants.options.map((o) => o.id) : [],
    ),
  ),
];
const dateArb = fc.oneof(
  fc.constant(''),
  fc
    .date({
      min: new Date('2000-01-01T00:00:00Z'),
      max: new Date('2099-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10)),
);

const chosenRuleArb: fc.Arbitrary<DraftRule> = fc.record(
  {
    kind: fc.constant('catalogue' as const),
    id: fc.constantFrom(...ruleIds),
    variant: fc.oneof(fc.constantFrom(...wordingIds), idArb),
    value: fc.integer({ min: 1, max: 1000 }),
    text: anyText,
  },
  { requiredKeys: ['kind', 'id'], noNullPrototype: true },
);

const customRuleArb: fc.Arbitrary<DraftRule> = fc.record(
  {
    kind: fc.constant('custom' as const),
    key: fc.integer({ min: 1, max: 99 }).map((n) => `own-${n}`),
    text: anyText,
    theme: fc.constantFrom(...THEMES),
  },
  { noNullPrototype: true },
);

// An own part or role may have no label, or a blank one: the charter then shows a plain "Part" or "Role".
const ownLabel = anyText;

const outlineArb: fc.Arbitrary<OutlineItem> = fc.oneof(
  fc.record(
    { key: fc.constantFrom(...OUTLINE_PARTS), label: anyText, minutes: fc.integer({ min: 0, max: 600 }) },
    { requiredKeys: ['key', 'minutes'], noNullPrototype: true },
  ),
  fc.record(
    {
      key: fc.integer({ min: 1, max: 50 }).map((n) => `part-${n}`),
      label: ownLabel,
      minutes: fc.integer({ min: 0, max: 600 }),
    },
    { requiredKeys: ['key', 'minutes'], noNullPrototype: true },
  ),
);

const roleArb: fc.Arbitrary<Role> = fc.oneof(
  fc.record(
    { key: fc.constantFrom(...ROLES), label: anyText },
    { requiredKeys: ['key'], noNullPrototype: true },
  ),
  fc.record(
    { key: fc.integer({ min: 1, max: 50 }).map((n) => `role-${n}`), label: ownLabel },
    { requiredKeys: ['key'], noNullPrototype: true },
  ),
);

/** Any valid draft: every field of the schema, text of any kind, rules from the real catalogue and the group's own. */
const draftArb: fc.Arbitrary<Draft> = fc.record(
  {
    app: fc.constant(APP_ID),
    schemaVersion: fc.constant(SCHEMA_VERSION),
    id: fc.stringMatching(/^[a-z0-9-]{6,40}$/),
    lang: fc.constantFrom(...CHARTER_LANGS),
    preset: idArb,
    group: fc.record(
      {
        name: anyText,
        purpose: anyText,
        audience: anyText,
        size: fc.integer({ min: 0, max: 99 }),
        openness: fc.constantFrom('open' as const, 'closed' as const),
        setting: fc.constantFrom('in-person' as const, 'online' as const),
        place: anyText,
        when: anyText,
        frequency: fc.constantFrom('weekly' as const, 'fortnightly' as const, 'monthly' as const),
        meetingMinutes: fc.constantFrom(...MEETING_MINUTES),
        startDate: dateArb,
        startTime: fc.oneof(
          fc.constant(''),
          fc
            .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
            .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`),
        ),
      },
      { noNullPrototype: true },
    ),
    members: fc.array(anyText, { maxLength: 10 }),
    rota: fc.record({ meetings: fc.integer({ min: 1, max: 52 }) }, { noNullPrototype: true }),
    starter: fc.record(
      { centre: anyText, name: anyText, contact: anyText, onCharter: fc.boolean() },
      { noNullPrototype: true },
    ),
    rules: fc.array(fc.oneof(chosenRuleArb, customRuleArb), { maxLength: 12 }),
    outline: fc.array(outlineArb, { maxLength: 8 }),
    roles: fc.array(roleArb, { maxLength: 6 }),
    absence: fc.record({ who: anyText, how: anyText }, { noNullPrototype: true }),
    whenBroken: anyText,
    review: fc.record({ date: dateArb, how: anyText }, { noNullPrototype: true }),
  },
  {
    requiredKeys: [
      'app',
      'schemaVersion',
      'id',
      'lang',
      'members',
      'rota',
      'group',
      'rules',
      'outline',
      'roles',
      'absence',
      'whenBroken',
      'review',
    ],
    noNullPrototype: true,
  },
);

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
