/**
 * Turns a draft into the charter model: the one document that the live
 * preview, the print copy and every file render. The model is a list of
 * sections, each a heading and blocks of a few kinds (labelled rows, rules by
 * theme, paragraphs, lists, tables, the crisis box). The Preact component
 * `CharterDocument` renders it for the screen, the print and the `.html`
 * file; the `.md` and `.txt` files come from one walk over the same sections
 * (`on-demand/markdown.ts`, `on-demand/plain-text.ts`). A new section appears
 * in every output, or a test fails.
 *
 * Sentences that depend on the group's facts are made from the facts
 * (`facts.ts`), so the charter cannot contradict itself. Every block says
 * which text the group wrote itself (`own`): the screen marks it as the
 * group's own words, and the plain-text file indents it under its heading.
 */
import type { Lang } from '../../schemas/common.ts';
import { THEMES, type Theme } from '../../schemas/themes.ts';
import type { CrisisModel } from '../crisis.ts';
import { formatDate, formatWeekday } from '../format.ts';
import { ruleText, type RuleStyle } from '../rules.ts';
import type { Catalogue } from './catalogue.ts';
import {
  OUTLINE_PARTS,
  ROLES,
  ruleKey,
  ruleTheme,
  type CharterLayout,
  type Draft,
  type DraftRule,
} from './draft.ts';
import { FACT_RULES, isFactRule, wordingForFacts } from './facts.ts';
import { buildRota, parseDate, type Rota } from './rota.ts';
import { isBlank, isEmptyText, isolate, stripControls } from './text.ts';

/** Looks up a charter string in the charter's language, filling `{name}` placeholders. */
export type Translate = (key: string, vars?: Record<string, string | number>) => string;

/** A label and a value, such as "When: Tuesdays at 18:00". */
export interface CharterRow {
  /** The label, in the charter's language. */
  label: string;
  /** The value. */
  value: string;
  /** True when the group typed the value itself. */
  own: boolean;
}

/** One rule as it appears on the charter. */
export interface CharterRule {
  /** The rule's key in the draft (catalogue id or own key). */
  key: string;
  /** The wording. */
  text: string;
  /** True when the group wrote or reworded it itself. */
  own: boolean;
}

/** The rules of one theme. */
export interface CharterTheme {
  /** The theme. */
  theme: Theme;
  /** Its heading in the charter's language. */
  heading: string;
  /** Its rules, in the group's order. */
  rules: CharterRule[];
  /** In the easy-read layout: the text alternative of the theme's picture ("A padlock"); absent otherwise. */
  picture?: string;
}

/** A cell of a table: its text and whether the group typed it. */
export interface CharterCell {
  /** The text. */
  text: string;
  /** True when the group typed it. */
  own: boolean;
}

/** The kinds of block a section is made of. */
export type Block =
  | { kind: 'rows'; rows: CharterRow[] }
  | { kind: 'rules'; themes: CharterTheme[] }
  | { kind: 'paragraph'; text: string; own: boolean }
  | { kind: 'list'; items: CharterCell[] }
  | {
      kind: 'table';
      /** Which table, for styling. */
      table: 'outline' | 'signatures' | 'rota';
      /** Column headings. */
      head: string[];
      /** Rows of cells, as many as the heading has columns. */
      rows: CharterCell[][];
      /** Whether the first cell of each row heads the row. */
      rowHeads: boolean;
      /** A line under the table, such as the outline's total; empty when none. */
      foot: string;
    }
  | { kind: 'crisis'; crisis: CrisisModel };

/** The sections of a charter, in the order they print. */
export const SECTION_IDS = [
  'about',
  'details',
  'rules',
  'later',
  'outline',
  'roles',
  'absence',
  'whenBroken',
  'review',
  'starter',
  'declaration',
  'signatures',
  'crisis',
  'rota',
] as const;

/** A section of the charter. */
export type SectionId = (typeof SECTION_IDS)[number];

/** One section: a heading and its blocks. */
export interface Section {
  /** Which section. */
  id: SectionId;
  /** Its heading, in the charter's language. */
  heading: string;
  /** What it holds. */
  blocks: Block[];
}

/** The charter, ready to render. */
export interface Charter {
  /** The charter's language. */
  lang: Lang;
  /** The heading: the group's name, or a stand-in when it has none yet. */
  title: string;
  /** A line under the title. */
  subtitle: string;
  /** "Agreed together on 3 March 2027 by 6 members", when the group went through the rules together; else empty. */
  agreement: string;
  /** How the charter is laid out: standard, or easy read (easy-read wording, one rule a block, a picture per theme). */
  layout: CharterLayout;
  /** Whether it prints in large type. Always true for the easy-read layout. */
  largePrint: boolean;
  /** The document's name for print and files: "Tuesday group – charter". */
  documentTitle: string;
  /** The sections that have something in them, in print order. */
  sections: Section[];
  /** The line at the end: what made the charter. */
  footer: string;
  /** "our own words", shown after the group's own text on screen (not on the signed copy). */
  ownWords: string;
  /** The rota as computed, for the spreadsheet download; absent without members. */
  rota?: Rota;
  /** The rota's column headings for the spreadsheet. */
  rotaHeads: { meeting: string; date: string; roles: string[] };
}

function date(value: string, lang: Lang): string {
  return value ? formatDate(new Date(`${value}T00:00:00Z`), lang) : '';
}

/**
 * The group's text as the charter shows it: control characters out (they break files), surrounding
 * spaces out, and empty when it is only spaces or invisible characters. Everything else as typed.
 */
export function clean(text: string): string {
  return isEmptyText(text) ? '' : stripControls(text).trim();
}

/**
 * When the group meets, made from its facts so the day, the time and the dates cannot disagree:
 * "Every Tuesday at 18:00", "Annenhver tirsdag klokka 18.00", "On the 5th of each month". Empty
 * without a date for the first meeting.
 */
export function whenSentence(g: Draft['group'], lang: Lang, t: Translate): string {
  const day = parseDate(g.startDate);
  if (!day) return '';
  const weekday = formatWeekday(new Date(Date.UTC(day.year, day.month - 1, day.day)), lang);
  const when = t(`charter.when.${g.frequency}`, { weekday, day: day.day });
  if (!g.startTime) return when;
  const time = lang === 'nb' ? g.startTime.replace(':', '.') : g.startTime;
  return t('charter.when.at', { when, time });
}

/** Rows for the values the group filled in; blank ones are left out. */
function rows(items: { label: string; value: string; own: boolean }[]): CharterRow[] {
  return items.flatMap((item) => {
    const value = item.own ? clean(item.value) : item.value;
    return value ? [{ label: item.label, value, own: item.own }] : [];
  });
}

/** A catalogue rule that states one of the group's facts, worded from the fact. */
function factWording(
  rule: DraftRule & { kind: 'catalogue' },
  draft: Draft,
  catalogue: Catalogue,
  t: Translate,
  style: RuleStyle,
) {
  const entry = catalogue.byId.get(rule.id);
  if (!entry || !isFactRule(rule.id)) return undefined;
  const fact = FACT_RULES[rule.id].fact;
  if (fact === 'minutes') return ruleText(entry, draft.lang, { value: draft.group.meetingMinutes }, style);
  if (fact === 'plan') {
    return draft.outline.length > 0
      ? t('charter.fact.plan', { heading: t('charter.outlineHeading') })
      : ruleText(entry, draft.lang, {}, style);
  }
  return ruleText(entry, draft.lang, { variant: wordingForFacts(rule.id, draft.group) }, style);
}

/** Whether the group, going through the rules together, left a rule to come back to. */
function isLater(rule: DraftRule): boolean {
  return rule.agreed === 'later';
}

/** One draft rule as the charter words it: the group's own words as written, else the catalogue's in the style. */
function charterRule(draft: Draft, rule: DraftRule, catalogue: Catalogue, t: Translate, style: RuleStyle) {
  if (rule.kind === 'custom') return { key: rule.key, text: clean(rule.text), own: true };
  const entry = catalogue.byId.get(rule.id);
  if (!entry) return undefined;
  if (rule.text !== undefined) return { key: ruleKey(rule), text: clean(rule.text), own: true };
  const text = factWording(rule, draft, catalogue, t, style) ?? ruleText(entry, draft.lang, rule, style);
  return { key: rule.id, text, own: false };
}

/** The rules grouped by theme, in theme order, each in the charter's language; rules to come back to are left out. */
function ruleThemes(draft: Draft, catalogue: Catalogue, t: Translate, style: RuleStyle): CharterTheme[] {
  return THEMES.map((theme) => ({
    theme,
    heading: t(`theme.${theme}`),
    ...(style === 'easy' ? { picture: t(`charter.picture.${theme}`) } : {}),
    rules: draft.rules.flatMap((rule): CharterRule[] => {
      if (isLater(rule) || ruleTheme(rule, catalogue) !== theme) return [];
      const shown = charterRule(draft, rule, catalogue, t, style);
      return shown ? [shown] : [];
    }),
  })).filter((th) => th.rules.length > 0);
}

/**
 * Whether the draft has a catalogue rule, not reworded and not left to come back to, that already
 * states a fact in its own words.
 */
function statedByRule(draft: Draft, id: string): boolean {
  return draft.rules.some(
    (r) => r.kind === 'catalogue' && r.id === id && r.text === undefined && !isLater(r),
  );
}

/** A part or role shows the group's own name, else its built-in name, else a plain "Part" or "Role". */
function named(
  label: string | undefined,
  key: string,
  builtIn: readonly string[],
  prefix: string,
  t: Translate,
) {
  if (label !== undefined && !isBlank(label)) return { text: clean(label), own: true };
  return { text: builtIn.includes(key) ? t(`${prefix}.${key}`) : t(prefix), own: false };
}

/** Builds the charter model for a draft, in the draft's language. */
export function buildCharter(draft: Draft, catalogue: Catalogue, t: Translate, crisis: CrisisModel): Charter {
  const lang = draft.lang;
  const g = draft.group;
  const title = clean(g.name) || t('charter.untitled');
  const layout: CharterLayout = draft.layout ?? 'standard';
  const style: RuleStyle = layout === 'easy-read' ? 'easy' : 'standard';
  const sections: Section[] = [];
  const add = (id: SectionId, heading: string, blocks: Block[]) => {
    const filled = blocks.filter(
      (b) =>
        (b.kind === 'rows' && b.rows.length > 0) ||
        (b.kind === 'rules' && b.themes.length > 0) ||
        (b.kind === 'paragraph' && b.text !== '') ||
        (b.kind === 'list' && b.items.length > 0) ||
        (b.kind === 'table' && b.rows.length > 0) ||
        b.kind === 'crisis',
    );
    if (filled.length > 0) sections.push({ id, heading, blocks: filled });
  };

  add('about', t('charter.aboutHeading'), [
    {
      kind: 'rows',
      rows: rows([
        { label: t('charter.purpose'), value: g.purpose, own: true },
        { label: t('charter.audience'), value: g.audience, own: true },
      ]),
    },
  ]);

  // A fact that a chosen rule states in full is not repeated in the list of facts.
  add('details', t('charter.detailsHeading'), [
    {
      kind: 'rows',
      rows: rows([
        { label: t('charter.when'), value: whenSentence(g, lang, t), own: false },
        {
          label: whenSentence(g, lang, t) ? t('charter.whenNote') : t('charter.when'),
          value: g.when,
          own: true,
        },
        {
          label: g.setting === 'online' ? t('charter.online') : t('charter.place'),
          value: g.place,
          own: true,
        },
        ...(statedByRule(draft, 'meeting-frequency')
          ? []
          : [{ label: t('charter.frequency'), value: t(`charter.frequency.${g.frequency}`), own: false }]),
        ...(statedByRule(draft, 'meeting-length')
          ? []
          : [
              {
                label: t('charter.length'),
                value: t('charter.minutes', { minutes: g.meetingMinutes }),
                own: false,
              },
            ]),
        ...(g.size > 0
          ? [{ label: t('charter.size'), value: t('charter.members', { size: g.size }), own: false }]
          : []),
        ...(statedByRule(draft, 'closed-group')
          ? []
          : [{ label: t('charter.openness'), value: t(`charter.openness.${g.openness}`), own: false }]),
        { label: t('charter.start'), value: date(g.startDate, lang), own: false },
      ]),
    },
  ]);

  add('rules', t('charter.rulesHeading'), [
    { kind: 'rules', themes: ruleThemes(draft, catalogue, t, style) },
  ]);

  const later = draft.rules.filter(isLater).flatMap((rule) => {
    const shown = charterRule(draft, rule, catalogue, t, style);
    return shown ? [{ text: shown.text, own: shown.own }] : [];
  });
  add('later', t('charter.laterHeading'), [
    { kind: 'paragraph', text: later.length > 0 ? t('charter.laterText') : '', own: false },
    { kind: 'list', items: later },
  ]);

  const total = draft.outline.reduce((sum, o) => sum + o.minutes, 0);
  add('outline', t('charter.outlineHeading'), [
    {
      kind: 'table',
      table: 'outline',
      head: [t('charter.part'), t('charter.minutesHeading')],
      rows: draft.outline.map((o) => [
        named(o.label, o.key, OUTLINE_PARTS, 'charter.part', t),
        { text: t('charter.minutes', { minutes: o.minutes }), own: false },
      ]),
      rowHeads: false,
      foot: t('charter.outlineTotal', { total, length: g.meetingMinutes }),
    },
  ]);

  const roles = draft.roles.map((r) => named(r.label, r.key, ROLES, 'charter.role', t));
  add('roles', t('charter.rolesHeading'), [{ kind: 'list', items: roles }]);

  add('absence', t('charter.absenceHeading'), [
    {
      kind: 'rows',
      rows: rows([
        { label: t('charter.absence.who'), value: draft.absence.who, own: true },
        { label: t('charter.absence.how'), value: draft.absence.how, own: true },
      ]),
    },
  ]);

  add('whenBroken', t('charter.whenBrokenHeading'), [
    { kind: 'paragraph', text: clean(draft.whenBroken), own: true },
  ]);

  const reviewDate = date(draft.review.date, lang);
  add('review', t('charter.reviewHeading'), [
    { kind: 'paragraph', text: reviewDate ? t('charter.reviewOn', { date: reviewDate }) : '', own: false },
    { kind: 'paragraph', text: clean(draft.review.how), own: true },
  ]);

  const starter = draft.starter;
  add('starter', t('charter.starterHeading'), [
    {
      kind: 'rows',
      rows: starter?.onCharter
        ? rows([
            { label: t('charter.starter.name'), value: starter.name, own: true },
            { label: t('charter.starter.centre'), value: starter.centre, own: true },
            { label: t('charter.starter.contact'), value: starter.contact, own: true },
          ])
        : [],
    },
  ]);

  add('declaration', t('charter.declarationHeading'), [
    { kind: 'paragraph', text: t('charter.declarationText'), own: false },
  ]);

  add('signatures', t('charter.signaturesHeading'), [
    {
      kind: 'table',
      table: 'signatures',
      head: [t('charter.name'), t('charter.signature'), t('charter.date')],
      rows: Array.from({ length: Math.min(20, Math.max(8, g.size)) }, () =>
        [0, 1, 2].map(() => ({ text: '', own: false })),
      ),
      rowHeads: false,
      foot: '',
    },
  ]);

  add('crisis', t('charter.crisisHeading'), [{ kind: 'crisis', crisis }]);

  const roleNames = roles.map((r) => r.text);
  const plan = buildRota({
    members: draft.members,
    roles: roleNames,
    startDate: g.startDate,
    frequency: g.frequency,
    count: draft.rota.meetings,
  });
  add('rota', t('charter.rotaHeading'), [
    {
      kind: 'table',
      table: 'rota',
      head: [t('charter.rotaDate'), ...roleNames],
      rows: plan.rows.map((row) => [
        {
          text: row.date ? date(row.date, lang) : `${t('charter.rotaMeeting')} ${row.index + 1}`,
          own: false,
        },
        ...row.holders.map((h) => ({ text: clean(h.member), own: true })),
      ]),
      rowHeads: true,
      foot: plan.shared ? t('charter.rotaShared') : '',
    },
  ]);

  const agreed = draft.agreed && parseDate(draft.agreed.date) ? draft.agreed : undefined;
  return {
    lang,
    title,
    subtitle: t('charter.subtitle'),
    agreement: agreed
      ? t('charter.agreedTogether', { date: date(agreed.date, lang), count: agreed.present })
      : '',
    layout,
    largePrint: layout === 'easy-read' || draft.largePrint === true,
    documentTitle: t('charter.documentTitle', { name: isolate(title) }),
    sections,
    footer: t('charter.madeWith'),
    ownWords: t('charter.ownWords'),
    ...(plan.rows.length > 0 ? { rota: plan } : {}),
    rotaHeads: { meeting: t('charter.rotaMeeting'), date: t('charter.rotaDate'), roles: roleNames },
  };
}

/** A section of the charter by id, if it has one. */
export function charterSection(charter: Charter, id: SectionId): Section | undefined {
  return charter.sections.find((s) => s.id === id);
}

/** Every rule on the charter, theme by theme, with its theme. */
export function charterRules(charter: Charter): (CharterRule & { theme: CharterTheme })[] {
  return charter.sections.flatMap((s) =>
    s.blocks.flatMap((b) =>
      b.kind === 'rules' ? b.themes.flatMap((th) => th.rules.map((r) => ({ ...r, theme: th }))) : [],
    ),
  );
}

/** The labelled rows of a section, such as the group's details. */
export function sectionRows(charter: Charter, id: SectionId): CharterRow[] {
  return charterSection(charter, id)?.blocks.flatMap((b) => (b.kind === 'rows' ? b.rows : [])) ?? [];
}
