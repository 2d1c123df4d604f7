/**
 * Members' cards: a small card for each member to keep, made from the draft
 * in the charter's language. It says the group's name, when and where it
 * meets, the next four meetings from a given day with who holds the rota's
 * first role at each (the host, in most groups), who to tell if you can't
 * come, and the first number of the crisis box. The island renders it as a
 * sheet of eight cards to cut out, or draws one as a picture for a phone
 * (`islands/builder/on-demand/`). The group's text is kept as typed (only
 * control characters and surrounding spaces go), and is always rendered as
 * text.
 */
import type { CrisisModel } from '../crisis.ts';
import type { Catalogue } from './catalogue.ts';
import { clean, whenSentence, type Translate } from './charter.ts';
import { ROLES, type CharterLang, type Draft } from './draft.ts';
import { meetingsFrom } from './rota.ts';
import { isBlank } from './text.ts';
import { ruleText } from '../rules.ts';

/** The catalogue rule about telling the group when you can't come. */
const ABSENCE_RULE = 'absence-notice';

/** How many cards one printed sheet holds (two across, four down). */
export const CARDS_PER_SHEET = 8;

/** The most sheets one print makes: enough for the largest rota. */
export const MAX_CARD_SHEETS = 5;

/** How many meetings a card lists. */
export const CARD_MEETINGS = 4;

/** A label and a value on the card, such as "When: Every Tuesday at 18:00". */
export interface CardRow {
  /** The label, in the charter's language. */
  label: string;
  /** The value. */
  value: string;
  /** True when the group typed the value itself. */
  own: boolean;
}

/** One of the next meetings. */
export interface CardMeeting {
  /** The day, YYYY-MM-DD. */
  date: string;
  /** The day as people write it: "Tuesday 5 January", "Tirsdag 5. januar". */
  day: string;
  /** Who holds the role at that meeting, as the group wrote the name; empty without members. */
  holder: string;
}

/** A member's card. */
export interface MemberCard {
  /** The charter's language, which is the card's. */
  lang: CharterLang;
  /** The group's name, or a stand-in when it has none yet. */
  name: string;
  /** When and where the group meets; only what the group filled in. */
  rows: CardRow[];
  /** The next meetings; empty without a date for the first meeting. */
  meetings: CardMeeting[];
  /** The heading over the meetings. */
  meetingsHeading: string;
  /** The role named beside each meeting (the rota's first role, "Host"); empty without roles or members. */
  role: string;
  /**
   * Who to tell if you can't come: a lead-in ("Can't come? Tell") and the group's words, or, when
   * the group wrote none, its rule about it as the charter words it; absent when it has neither.
   */
  absence?: { lead: string; text: string; own: boolean };
  /** The number to call for help now: the crisis box's first line. */
  help?: { label: string; phone: string; name: string };
  /** How many cards to print: a sheet of eight for every eight members (one sheet at least). */
  count: number;
  /** The sheet's heading, for screen readers and the printed file's name. */
  title: string;
  /** A word for the picture's file name ("card", "kort"). */
  fileWord: string;
}

/** A day on this device's calendar as YYYY-MM-DD (today by default): the card lists the meetings from it on. */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** A day as a card writes it, with a capital first letter: "Tuesday 5 January", "Tirsdag 5. januar". */
function cardDay(date: string, lang: CharterLang): string {
  let format = dayFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(lang === 'nb' ? 'nb-NO' : 'en-GB', {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      timeZone: 'UTC',
    });
    dayFormats.set(lang, format);
  }
  const text = format.format(new Date(`${date}T00:00:00Z`));
  return text.charAt(0).toLocaleUpperCase(lang) + text.slice(1);
}

/** The rota's role names as the charter shows them: the group's own name, else the built-in one. */
function roleNames(draft: Draft, t: Translate): string[] {
  return draft.roles.map((r) => {
    if (r.label !== undefined && !isBlank(r.label)) return clean(r.label);
    return (ROLES as readonly string[]).includes(r.key) ? t(`charter.role.${r.key}`) : t('charter.role');
  });
}

/** Who to tell if you can't come: the group's words ("Anne (text message)"), else its rule about it. */
function absence(draft: Draft, catalogue: Catalogue, t: Translate): Pick<MemberCard, 'absence'> {
  const who = clean(draft.absence.who);
  const how = clean(draft.absence.how);
  if (who) return { absence: { lead: t('cards.absence'), text: how ? `${who} (${how})` : who, own: true } };
  if (how) return { absence: { lead: t('cards.absenceHow'), text: how, own: true } };
  const rule = draft.rules.find(
    (r) => r.kind === 'catalogue' && r.id === ABSENCE_RULE && r.agreed !== 'later',
  );
  const entry = catalogue.byId.get(ABSENCE_RULE);
  if (rule?.kind !== 'catalogue' || !entry) return {};
  if (rule.text !== undefined && !isBlank(rule.text))
    return { absence: { lead: '', text: clean(rule.text), own: true } };
  const style = draft.layout === 'easy-read' ? 'easy' : 'standard';
  return { absence: { lead: '', text: ruleText(entry, draft.lang, rule, style), own: false } };
}

/**
 * The card for a draft, in the draft's language, with the next meetings on or after `from`
 * (YYYY-MM-DD, the day the card is made). `t` is the charter's translator; `crisis` the charter's
 * crisis box in the same language.
 */
export function buildCard(
  draft: Draft,
  catalogue: Catalogue,
  t: Translate,
  crisis: CrisisModel,
  from: string,
): MemberCard {
  const lang = draft.lang;
  const g = draft.group;
  const when = whenSentence(g, lang, t);
  const ownWhen = clean(g.when);
  const place = clean(g.place);
  const rows: CardRow[] = [
    ...(when ? [{ label: t('charter.when'), value: when, own: false }] : []),
    ...(ownWhen ? [{ label: t(when ? 'charter.whenNote' : 'charter.when'), value: ownWhen, own: true }] : []),
    ...(place
      ? [{ label: t(g.setting === 'online' ? 'charter.online' : 'charter.place'), value: place, own: true }]
      : []),
  ];
  const roles = roleNames(draft, t);
  const next = meetingsFrom(
    { members: draft.members, roles, startDate: g.startDate, frequency: g.frequency },
    from,
    CARD_MEETINGS,
  );
  const meetings = next.map((m) => ({
    date: m.date,
    day: cardDay(m.date, lang),
    holder: clean(m.holders[0]?.member ?? ''),
  }));
  const line = crisis.lines[0];
  const members = draft.members.filter((m) => !isBlank(m)).length;
  const sheets = Math.min(
    MAX_CARD_SHEETS,
    Math.max(1, Math.ceil(Math.max(members, g.size) / CARDS_PER_SHEET)),
  );
  return {
    lang,
    name: clean(g.name) || t('charter.untitled'),
    rows,
    meetings,
    meetingsHeading: t('cards.next'),
    role: meetings.some((m) => m.holder) ? (roles[0] ?? '') : '',
    ...absence(draft, catalogue, t),
    ...(line ? { help: { label: t('cards.help'), phone: line.phone, name: line.name } } : {}),
    count: sheets * CARDS_PER_SHEET,
    title: t('cards.sheet'),
    fileWord: t('cards.file'),
  };
}
