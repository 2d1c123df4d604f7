/**
 * The charter draft: everything a group decides in the builder, as data.
 *
 * The draft records catalogue rules by id and choice (wording or number), not
 * by text, so the charter can be shown in either language; only what the
 * group writes itself is stored as text. It is the shape of the saved draft,
 * the `.json` download and (later) the share link, so it carries a
 * `schemaVersion`; see `on-demand/codec.ts` for how older versions are migrated.
 *
 * This module holds the shape's constants, its plain types and a blank draft.
 * The zod schema that checks a draft read from outside is in
 * `on-demand/draft-schema.ts`, which the builder loads only when there is such
 * a draft to read (a saved draft, an opened file, a share link), so a first
 * visit does not pay for building it; that module checks that the schema and
 * these types agree.
 */
import type { Theme } from '../../schemas/themes.ts';
import type { Catalogue } from './catalogue.ts';

/** The version of the draft shape this code writes. Raise it, and add a migration in `on-demand/codec.ts`, whenever the shape changes. */
export const SCHEMA_VERSION = 3;

/** Marks a file as a Groundwork charter draft. */
export const APP_ID = 'groundwork-charter';

/** Languages a charter can be written in. */
export const CHARTER_LANGS = ['en', 'nb'] as const;

/** Meeting lengths on offer, in minutes. */
export const MEETING_MINUTES = [60, 90, 120] as const;

/** Built-in parts of a meeting, in their usual order. */
export const OUTLINE_PARTS = ['arrival', 'opening', 'sharing', 'reflections', 'closing'] as const;

/** Built-in rotating roles. */
export const ROLES = ['host', 'time-keeper', 'welcomer'] as const;

/** The most meetings a rota lists. */
export const MAX_ROTA_MEETINGS = 52;

/** The largest file or saved draft the builder reads, in bytes. */
export const MAX_DRAFT_BYTES = 512 * 1024;

/** How the charter is laid out: the standard charter, or the easy-read one (one rule a block, easy-read wording, large print, a picture per theme). */
export const CHARTER_LAYOUTS = ['standard', 'easy-read'] as const;

/** A charter layout. */
export type CharterLayout = (typeof CHARTER_LAYOUTS)[number];

/** What the group decided about a rule when it went through the rules together: agreed, or to come back to. */
export const AGREEMENTS = ['yes', 'later'] as const;

/** What the group decided about a rule together. */
export type Agreement = (typeof AGREEMENTS)[number];

/** The steps of the builder, in order. */
export const STEPS = ['start', 'group', 'rules', 'meetings', 'changes', 'review'] as const;

/** A step of the builder. */
export type Step = (typeof STEPS)[number];

/** A charter language. */
export type CharterLang = (typeof CHARTER_LANGS)[number];

/** How often a group meets. */
export type Frequency = 'weekly' | 'fortnightly' | 'monthly';

/** A meeting length on offer, in minutes. */
export type MeetingMinutes = (typeof MEETING_MINUTES)[number];

/** A catalogue rule the group chose, with its choice of wording or number, or its own rewording. */
export interface ChosenRule {
  /** Marks a rule from the catalogue. */
  kind: 'catalogue';
  /** The catalogue rule's id. */
  id: string;
  /** The chosen wording's id; the rule's default wording when absent. */
  variant?: string | undefined;
  /** The chosen number for a rule with a parameter (such as meeting length). */
  value?: number | undefined;
  /** The group's own rewording; replaces the catalogue text in every language when present. */
  text?: string | undefined;
  /** What the group decided about the rule together; absent when it has not been through it together. */
  agreed?: Agreement | undefined;
  /** A short note from talking it over ("ask the centre about rooms"). */
  note?: string | undefined;
}

/** A rule the group wrote itself. */
export interface CustomRule {
  /** Marks a rule the group wrote. */
  kind: 'custom';
  /** A key unique within the draft, so the rule can be found when edited or moved. */
  key: string;
  /** The rule as the group wrote it. */
  text: string;
  /** The theme it is shown under on the charter. */
  theme: Theme;
  /** What the group decided about the rule together; absent when it has not been through it together. */
  agreed?: Agreement | undefined;
  /** A short note from talking it over. */
  note?: string | undefined;
}

/** One rule in a draft, in the group's order. */
export type DraftRule = ChosenRule | CustomRule;

/** One part of the meeting outline. */
export interface OutlineItem {
  /** A key unique within the outline. Built-in parts use their name (`opening`); own parts a made-up key. */
  key: string;
  /** The group's own name for the part; the built-in name is used when absent. */
  label?: string | undefined;
  /** How long the part lasts, in minutes. */
  minutes: number;
}

/** One rotating role. */
export interface Role {
  /** A key unique within the roles. Built-in roles use their name (`host`). */
  key: string;
  /** The group's own name for the role; the built-in name is used when absent. */
  label?: string | undefined;
}

/** The group and its meetings. */
export interface Group {
  /** The group's name. */
  name: string;
  /** What the group is for. */
  purpose: string;
  /** Who the group is for. */
  audience: string;
  /** How many members the group expects; 0 when not decided. */
  size: number;
  /** Whether new members can join later. */
  openness: 'open' | 'closed';
  /** Whether the group meets in a room or online. */
  setting: 'in-person' | 'online';
  /** Where the group meets (a place, or how to join online). */
  place: string;
  /** The day and time of meetings, as the group writes it. */
  when: string;
  /** How often the group meets. */
  frequency: Frequency;
  /** How long a meeting lasts, in minutes. */
  meetingMinutes: MeetingMinutes;
  /** The date of the first meeting, YYYY-MM-DD, or empty. */
  startDate: string;
  /** The time meetings start, HH:MM, or empty; used for the calendar file. */
  startTime: string;
}

/** The person who helped start the group (such as a centre's starter). */
export interface Starter {
  /** The centre or organisation. */
  centre: string;
  /** The starter's name. */
  name: string;
  /** A phone number or email address. */
  contact: string;
  /** Whether the charter shows the starter's contact. */
  onCharter: boolean;
}

/**
 * A charter draft: the shape of the saved draft, the `.json` file and the share link. The zod schema
 * in `on-demand/draft-schema.ts` checks drafts read from outside against exactly this type.
 */
export interface Draft {
  /** Marks the data as a Groundwork charter draft. */
  app: typeof APP_ID;
  /** The version of this shape; see {@link SCHEMA_VERSION}. */
  schemaVersion: typeof SCHEMA_VERSION;
  /** A random id made when the draft is started; keeps calendar events stable across downloads. */
  id: string;
  /** The language the charter is written in. */
  lang: CharterLang;
  /** The preset the group started from, if any. */
  preset?: string | undefined;
  /** The group and its meetings. */
  group: Group;
  /** Members' first names or initials, for the rota. */
  members: string[];
  /** The rota of who holds each role. */
  rota: {
    /** How many meetings the rota lists. */
    meetings: number;
  };
  /** The person who helped start the group, shown on the charter if the group wants. */
  starter?: Starter | undefined;
  /** The rules, in charter order. */
  rules: DraftRule[];
  /** The parts of a meeting, in order. */
  outline: OutlineItem[];
  /** The roles that rotate between members. */
  roles: Role[];
  /** Who to tell about absence, and how. */
  absence: {
    /** Who to tell (a role or a name). */
    who: string;
    /** How to tell them (text message, group chat, phone). */
    how: string;
  };
  /** What the group does when a rule is broken, in its own words. */
  whenBroken: string;
  /** How and when the group reviews its charter. */
  review: {
    /** The date of the next review, YYYY-MM-DD, or empty. */
    date: string;
    /** How the group reviews and changes the charter, in its own words. */
    how: string;
  };
  /** When the group went through the rules together, and how many were there; absent until it has. */
  agreed?:
    | {
        /** The day of the meeting, YYYY-MM-DD. */
        date: string;
        /** How many members were there. */
        present: number;
      }
    | undefined;
  /** How the charter is laid out; the standard layout when absent. */
  layout?: CharterLayout | undefined;
  /** Whether the charter and the first-meeting kit print in large type (at least 16 pt). */
  largePrint?: boolean | undefined;
}

/** The key that identifies a rule within a draft: a catalogue rule's id, or a custom rule's key. */
export function ruleKey(rule: DraftRule): string {
  return rule.kind === 'catalogue' ? rule.id : rule.key;
}

/** The theme a draft rule is shown under. */
export function ruleTheme(rule: DraftRule, catalogue: Catalogue): Theme | undefined {
  return rule.kind === 'custom' ? rule.theme : catalogue.byId.get(rule.id)?.theme;
}

/** The default meeting outline for a meeting length: arrival, opening round, sharing, reflections, closing round. */
export function defaultOutline(minutes: number): OutlineItem[] {
  const split: Record<number, number[]> = {
    60: [5, 10, 30, 10, 5],
    90: [5, 15, 45, 15, 10],
    120: [10, 15, 60, 20, 15],
  };
  const times = split[minutes] ?? split[120]!;
  return OUTLINE_PARTS.map((key, i) => ({ key, minutes: times[i] ?? 0 }));
}

/** A new random draft id. */
export function newDraftId(): string {
  const random =
    typeof crypto !== 'undefined' && 'randomUUID' in crypto
      ? crypto.randomUUID()
      : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
  return random
    .toLowerCase()
    .replace(/[^a-z0-9-]/g, '')
    .slice(0, 40);
}

/** A blank draft in a language: no rules, the usual outline and roles, nothing written. */
export function blankDraft(lang: CharterLang, id: string = newDraftId()): Draft {
  return {
    app: APP_ID,
    schemaVersion: SCHEMA_VERSION,
    id,
    lang,
    group: {
      name: '',
      purpose: '',
      audience: '',
      size: 0,
      openness: 'closed',
      setting: 'in-person',
      place: '',
      when: '',
      frequency: 'weekly',
      meetingMinutes: 120,
      startDate: '',
      startTime: '',
    },
    members: [],
    rota: { meetings: 12 },
    rules: [],
    outline: defaultOutline(120),
    roles: ROLES.map((key) => ({ key })),
    absence: { who: '', how: '' },
    whenBroken: '',
    review: { date: '', how: '' },
  };
}
