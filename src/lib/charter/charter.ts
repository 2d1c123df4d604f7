/**
 * Turns a draft into the charter as it is shown, printed and exported: every
 * label in the charter's language, the rules grouped by theme, the group's own
 * text marked as its own. Exports (`export-*.ts`) and the island's preview all
 * render this one model, so they cannot disagree.
 */
import type { Lang } from '../../schemas/common.ts';
import { THEMES, type Theme } from '../../schemas/themes.ts';
import { ruleText } from '../rules.ts';
import { formatDate } from '../format.ts';
import { ruleKey, ruleTheme } from './actions.ts';
import type { Catalogue } from './catalogue.ts';
import { OUTLINE_PARTS, ROLES, type Draft } from './draft.ts';
import { buildRota, type Rota } from './rota.ts';
import { isBlank } from './text.ts';

/** Looks up a charter string in the charter's language, filling `{name}` placeholders. */
export type Translate = (key: string, vars?: Record<string, string | number>) => string;

/** A crisis line, in the charter's language. */
export interface CrisisLine {
  /** The number to call. */
  phone: string;
  /** Who answers. */
  name: string;
  /** When to call. */
  when: string;
}

/** One rule as it appears on the charter. */
export interface CharterRule {
  /** The rule's key in the draft (catalogue id or own key). */
  key: string;
  /** The wording. */
  text: string;
  /** True when the group wrote or reworded it itself (shown as the group's own words). */
  own: boolean;
}

/** The charter, ready to render. */
export interface Charter {
  /** The charter's language. */
  lang: Lang;
  /** The heading: the group's name, or a stand-in when it has none yet. */
  title: string;
  /** A line under the title. */
  subtitle: string;
  /** What the group is for, and who it is for, as labelled lines. */
  about: { label: string; value: string }[];
  /** Practical details: when, where, how often, how long, size, open or closed, start date. */
  details: { label: string; value: string }[];
  /** The rules grouped by theme, in theme order. */
  themes: { theme: Theme; heading: string; rules: CharterRule[] }[];
  /** The meeting outline with each part's minutes. */
  outline: { label: string; minutes: string }[];
  /** The outline's total, as a line such as "Total: 120 of 120 minutes". */
  outlineTotal: string;
  /** The rotating roles. */
  roles: string[];
  /** Who to tell about absence, and how, as a sentence; empty when not decided. */
  absence: string;
  /** What happens when a rule is broken. */
  whenBroken: string;
  /** How and when the charter is reviewed. */
  review: string;
  /** The confidentiality declaration everyone signs. */
  declaration: string;
  /** Who helped the group start, with their contact, when the group chose to show it; empty otherwise. */
  starter: string;
  /** Who holds each role at each meeting, when the group listed members; printed on a page of its own. */
  rota?: {
    /** The rota as computed, for the spreadsheet download. */
    plan: Rota;
    /** The roles' names, in column order. */
    roles: string[];
    /** One row per meeting: its date (or number) and the holder of each role. */
    rows: { label: string; holders: string[] }[];
    /** A note when someone must hold two roles at once; empty otherwise. */
    note: string;
  };
  /** How many signature rows to print. */
  signatureRows: number;
  /** Section headings and column labels, in the charter's language. */
  labels: {
    about: string;
    details: string;
    rules: string;
    outline: string;
    part: string;
    minutes: string;
    roles: string;
    absence: string;
    whenBroken: string;
    review: string;
    declaration: string;
    signatures: string;
    name: string;
    signature: string;
    date: string;
    ownWords: string;
    crisis: string;
    madeWith: string;
    starter: string;
    rota: string;
    rotaMeeting: string;
    rotaDate: string;
  };
  /** Crisis contacts for the small box at the end. */
  crisis: { lines: CrisisLine[]; fallback: string };
}

function date(value: string, lang: Lang): string {
  return value ? formatDate(new Date(`${value}T00:00:00Z`), lang) : '';
}

/** The group's text without surrounding spaces, or empty when it is only spaces or invisible characters. */
function clean(text: string): string {
  return isBlank(text) ? '' : text.trim();
}

/** "Name, Centre. Contact: …" for the starter, when the group chose to show it; empty otherwise. */
function starterLine(draft: Draft, t: Translate): string {
  const starter = draft.starter;
  if (!starter?.onCharter) return '';
  const who = [clean(starter.name), clean(starter.centre)].filter(Boolean).join(', ');
  const contact = clean(starter.contact);
  return [who, contact ? t('charter.starterContact', { contact }) : ''].filter(Boolean).join('. ');
}

/** Builds the charter model for a draft, in the draft's language. */
export function buildCharter(
  draft: Draft,
  catalogue: Catalogue,
  t: Translate,
  crisis: { lines: CrisisLine[]; fallback: string },
): Charter {
  const lang = draft.lang;
  const g = draft.group;
  const filled = (label: string, value: string) => (isBlank(value) ? [] : [{ label, value: value.trim() }]);

  const details = [
    ...filled(t('charter.when'), g.when),
    ...filled(g.setting === 'online' ? t('charter.online') : t('charter.place'), g.place),
    { label: t('charter.frequency'), value: t(`charter.frequency.${g.frequency}`) },
    { label: t('charter.length'), value: t('charter.minutes', { minutes: g.meetingMinutes }) },
    ...(g.size > 0 ? [{ label: t('charter.size'), value: t('charter.members', { size: g.size }) }] : []),
    { label: t('charter.openness'), value: t(`charter.openness.${g.openness}`) },
    ...filled(t('charter.start'), date(g.startDate, lang)),
  ];

  const themes = THEMES.map((theme) => ({
    theme,
    heading: t(`theme.${theme}`),
    rules: draft.rules.flatMap((rule): CharterRule[] => {
      if (ruleTheme(rule, catalogue) !== theme) return [];
      if (rule.kind === 'custom') return [{ key: rule.key, text: rule.text.trim(), own: true }];
      const entry = catalogue.byId.get(rule.id);
      if (!entry) return [];
      if (rule.text !== undefined) return [{ key: ruleKey(rule), text: rule.text.trim(), own: true }];
      return [{ key: rule.id, text: ruleText(entry, lang, rule), own: false }];
    }),
  })).filter((th) => th.rules.length > 0);

  // A part or role shows the group's own name, else its built-in name, else a plain "Part" or "Role".
  const named = (label: string | undefined, key: string, builtIn: readonly string[], prefix: string) =>
    label !== undefined && !isBlank(label)
      ? label.trim()
      : builtIn.includes(key)
        ? t(`${prefix}.${key}`)
        : t(prefix);
  const total = draft.outline.reduce((sum, o) => sum + o.minutes, 0);
  const absenceParts = [clean(draft.absence.who), clean(draft.absence.how)];
  const absence = absenceParts[0]
    ? absenceParts[1]
      ? t('charter.absenceWhoHow', { who: absenceParts[0], how: absenceParts[1] })
      : t('charter.absenceWho', { who: absenceParts[0] })
    : absenceParts[1]
      ? t('charter.absenceHow', { how: absenceParts[1] })
      : '';
  const reviewDate = date(draft.review.date, lang);
  const review = [reviewDate ? t('charter.reviewOn', { date: reviewDate }) : '', clean(draft.review.how)]
    .filter(Boolean)
    .join(' ');

  const roles = draft.roles.map((r) => named(r.label, r.key, ROLES, 'charter.role'));
  const plan = buildRota({
    members: draft.members,
    roles,
    startDate: g.startDate,
    frequency: g.frequency,
    count: draft.rota.meetings,
  });

  return {
    lang,
    title: isBlank(g.name) ? t('charter.untitled') : g.name.trim(),
    subtitle: t('charter.subtitle'),
    about: [...filled(t('charter.purpose'), g.purpose), ...filled(t('charter.audience'), g.audience)],
    details,
    themes,
    outline: draft.outline.map((o) => ({
      label: named(o.label, o.key, OUTLINE_PARTS, 'charter.part'),
      minutes: t('charter.minutes', { minutes: o.minutes }),
    })),
    outlineTotal: t('charter.outlineTotal', { total, length: g.meetingMinutes }),
    roles,
    absence,
    whenBroken: clean(draft.whenBroken),
    review,
    declaration: t('charter.declarationText'),
    starter: starterLine(draft, t),
    ...(plan.rows.length > 0
      ? {
          rota: {
            plan,
            roles,
            rows: plan.rows.map((row) => ({
              label: row.date ? date(row.date, lang) : `${t('charter.rotaMeeting')} ${row.index + 1}`,
              holders: row.holders.map((h) => h.member),
            })),
            note: plan.shared ? t('charter.rotaShared') : '',
          },
        }
      : {}),
    signatureRows: Math.min(20, Math.max(8, g.size)),
    labels: {
      about: t('charter.aboutHeading'),
      details: t('charter.detailsHeading'),
      rules: t('charter.rulesHeading'),
      outline: t('charter.outlineHeading'),
      part: t('charter.part'),
      minutes: t('charter.minutesHeading'),
      roles: t('charter.rolesHeading'),
      absence: t('charter.absenceHeading'),
      whenBroken: t('charter.whenBrokenHeading'),
      review: t('charter.reviewHeading'),
      declaration: t('charter.declarationHeading'),
      signatures: t('charter.signaturesHeading'),
      name: t('charter.name'),
      signature: t('charter.signature'),
      date: t('charter.date'),
      ownWords: t('charter.ownWords'),
      crisis: t('charter.crisisHeading'),
      madeWith: t('charter.madeWith'),
      starter: t('charter.starterHeading'),
      rota: t('charter.rotaHeading'),
      rotaMeeting: t('charter.rotaMeeting'),
      rotaDate: t('charter.rotaDate'),
    },
    crisis,
  };
}
