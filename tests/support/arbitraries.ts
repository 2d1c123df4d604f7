/**
 * fast-check arbitraries for charter drafts, shared by the property tests:
 * any text a person or a crafted file could put in a field, and any valid
 * draft with rules from the real catalogue.
 */
import fc from 'fast-check';
import {
  AGREEMENTS,
  APP_ID,
  CHARTER_LANGS,
  CHARTER_LAYOUTS,
  MEETING_MINUTES,
  OUTLINE_PARTS,
  ROLES,
  SCHEMA_VERSION,
  type Draft,
  type DraftRule,
  type OutlineItem,
  type Role,
} from '../../src/lib/charter/draft.ts';
import { THEMES } from '../../src/schemas/rule.ts';
import { loadCatalogue } from './catalogue.ts';

/** Characters that mean something to HTML, Markdown or a linkifier, and words that attackers use. */
export const MARKUP = fc.constantFrom(
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
export const anyText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: MARKUP, maxLength: 30 }),
);

export const idArb = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}$/);

const catalogue = loadCatalogue();
const ruleIds = catalogue.rules.map((r) => r.id);
const wordingIds = [
  ...new Set(
    catalogue.rules.flatMap((r) =>
      r.variants?.kind === 'wordings' ? r.variants.options.map((o) => o.id) : [],
    ),
  ),
];
export const dateArb = fc.oneof(
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
    agreed: fc.constantFrom(...AGREEMENTS),
    note: anyText,
  },
  { requiredKeys: ['kind', 'id'], noNullPrototype: true },
);

const customRuleArb: fc.Arbitrary<DraftRule> = fc.record(
  {
    kind: fc.constant('custom' as const),
    key: fc.integer({ min: 1, max: 99 }).map((n) => `own-${n}`),
    text: anyText,
    theme: fc.constantFrom(...THEMES),
    agreed: fc.constantFrom(...AGREEMENTS),
    note: anyText,
  },
  { requiredKeys: ['kind', 'key', 'text', 'theme'], noNullPrototype: true },
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
export const draftArb: fc.Arbitrary<Draft> = fc.record(
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
    // Keys are unique in a draft the builder makes (a file with twins is refused or re-keyed: see codec.ts).
    rules: fc.uniqueArray(fc.oneof(chosenRuleArb, customRuleArb), {
      maxLength: 12,
      selector: (r) => (r.kind === 'catalogue' ? r.id : r.key),
    }),
    outline: fc.uniqueArray(outlineArb, { maxLength: 8, selector: (o) => o.key }),
    roles: fc.uniqueArray(roleArb, { maxLength: 6, selector: (r) => r.key }),
    absence: fc.record({ who: anyText, how: anyText }, { noNullPrototype: true }),
    whenBroken: anyText,
    review: fc.record({ date: dateArb, how: anyText }, { noNullPrototype: true }),
    agreed: fc.record(
      { date: dateArb.filter((d) => d !== ''), present: fc.integer({ min: 1, max: 99 }) },
      { noNullPrototype: true },
    ),
    layout: fc.constantFrom(...CHARTER_LAYOUTS),
    largePrint: fc.boolean(),
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
