/**
 * The charter draft: everything a group decides in the builder, as data.
 *
 * The draft records catalogue rules by id and choice (wording or number), not
 * by text, so the charter can be shown in either language; only what the
 * group writes itself is stored as text. It is the shape of the saved draft,
 * the `.json` download and (later) the share link, so it carries a
 * `schemaVersion`; see `codec.ts` for how older versions are migrated.
 *
 * Built with `zod/mini` to keep the builder's script small.
 */
import {
  array,
  discriminatedUnion,
  enum as zEnum,
  gte,
  int,
  literal,
  lte,
  number,
  object,
  optional,
  positive,
  regex,
  string,
  union,
  boolean,
  type infer as Infer,
} from 'zod/mini';

/** The version of the draft shape this code writes. Raise it, and add a migration in `codec.ts`, whenever the shape changes. */
export const SCHEMA_VERSION = 2;

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

/** The steps of the builder, in order. */
export const STEPS = ['start', 'group', 'rules', 'meetings', 'changes', 'review'] as const;

/** A step of the builder. */
export type Step = (typeof STEPS)[number];

const id = string().check(regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/));
/** Free text the group writes. Length limits are checked by `validate.ts`, not here, so that over-long text is kept and flagged rather than refused. */
const text = string();
const date = string().check(regex(/^(\d{4}-\d{2}-\d{2})?$/));
const time = string().check(regex(/^((?:[01]\d|2[0-3]):[0-5]\d)?$/));

/** A catalogue rule the group chose, with its choice of wording or number, or its own rewording. */
export const chosenRuleSchema = object({
  /** Marks a rule from the catalogue. */
  kind: literal('catalogue'),
  /** The catalogue rule's id. */
  id,
  /** The chosen wording's id; the rule's default wording when absent. */
  variant: optional(id),
  /** The chosen number for a rule with a parameter (such as meeting length). */
  value: optional(number().check(int(), positive())),
  /** The group's own rewording; replaces the catalogue text in every language when present. */
  text: optional(text),
});

/** A rule the group wrote itself. */
export const customRuleSchema = object({
  /** Marks a rule the group wrote. */
  kind: literal('custom'),
  /** A key unique within the draft, so the rule can be found when edited or moved. */
  key: id,
  /** The rule as the group wrote it. */
  text,
  /** The theme it is shown under on the charter. */
  theme: zEnum([
    'safety',
    'listening',
    'feedback',
    'leadership',
    'attendance',
    'focus',
    'meetings',
    'changing',
    'broken',
  ]),
});

/** One rule on the charter, in the group's order. */
export const draftRuleSchema = discriminatedUnion('kind', [chosenRuleSchema, customRuleSchema]);

/** One part of the meeting outline. */
export const outlineItemSchema = object({
  /** A key unique within the outline. Built-in parts use their name (`opening`); own parts a made-up key. */
  key: id,
  /** The group's own name for the part; the built-in name is used when absent. */
  label: optional(text),
  /** How long the part lasts, in minutes. */
  minutes: number().check(int(), gte(0), lte(600)),
});

/** One rotating role. */
export const roleSchema = object({
  /** A key unique within the roles. Built-in roles use their name (`host`). */
  key: id,
  /** The group's own name for the role; the built-in name is used when absent. */
  label: optional(text),
});

/** The whole draft, as saved and downloaded. */
export const draftSchema = object({
  /** Marks the data as a Groundwork charter draft. */
  app: literal(APP_ID),
  /** The version of this shape; see {@link SCHEMA_VERSION}. */
  schemaVersion: literal(SCHEMA_VERSION),
  /** A random id made when the draft is started; keeps calendar events stable across downloads. */
  id: string().check(regex(/^[a-z0-9-]{6,40}$/)),
  /** The language the charter is written in. */
  lang: zEnum(CHARTER_LANGS),
  /** The preset the group started from, if any. */
  preset: optional(id),
  /** The group and its meetings. */
  group: object({
    /** The group's name. */
    name: text,
    /** What the group is for. */
    purpose: text,
    /** Who the group is for. */
    audience: text,
    /** How many members the group expects; 0 when not decided. */
    size: number().check(int(), gte(0), lte(99)),
    /** Whether new members can join later. */
    openness: zEnum(['open', 'closed']),
    /** Whether the group meets in a room or online. */
    setting: zEnum(['in-person', 'online']),
    /** Where the group meets (a place, or how to join online). */
    place: text,
    /** The day and time of meetings, as the group writes it. */
    when: text,
    /** How often the group meets. */
    frequency: zEnum(['weekly', 'fortnightly', 'monthly']),
    /** How long a meeting lasts, in minutes. */
    meetingMinutes: union([literal(60), literal(90), literal(120)]),
    /** The date of the first meeting, YYYY-MM-DD, or empty. */
    startDate: date,
    /** The time meetings start, HH:MM, or empty; used for the calendar file. */
    startTime: time,
  }),
  /** Members' first names or initials, for the rota. */
  members: array(text),
  /** The rota of who holds each role. */
  rota: object({
    /** How many meetings the rota lists. */
    meetings: number().check(int(), gte(1), lte(MAX_ROTA_MEETINGS)),
  }),
  /** The person who helped start the group (such as a centre's starter), shown on the charter if the group wants. */
  starter: optional(
    object({
      /** The centre or organisation. */
      centre: text,
      /** The starter's name. */
      name: text,
      /** A phone number or email address. */
      contact: text,
      /** Whether the charter shows the starter's contact. */
      onCharter: boolean(),
    }),
  ),
  /** The rules, in charter order. */
  rules: array(draftRuleSchema),
  /** The parts of a meeting, in order. */
  outline: array(outlineItemSchema),
  /** The roles that rotate between members. */
  roles: array(roleSchema),
  /** Who to tell about absence, and how. */
  absence: object({
    /** Who to tell (a role or a name). */
    who: text,
    /** How to tell them (text message, group chat, phone). */
    how: text,
  }),
  /** What the group does when a rule is broken, in its own words. */
  whenBroken: text,
  /** How and when the group reviews its charter. */
  review: object({
    /** The date of the next review, YYYY-MM-DD, or empty. */
    date,
    /** How the group reviews and changes the charter, in its own words. */
    how: text,
  }),
});

/** A charter draft. */
export type Draft = Infer<typeof draftSchema>;
/** One rule in a draft. */
export type DraftRule = Infer<typeof draftRuleSchema>;
/** A chosen catalogue rule in a draft. */
export type ChosenRule = Infer<typeof chosenRuleSchema>;
/** A rule the group wrote. */
export type CustomRule = Infer<typeof customRuleSchema>;
/** A part of the meeting outline. */
export type OutlineItem = Infer<typeof outlineItemSchema>;
/** A rotating role. */
export type Role = Infer<typeof roleSchema>;
/** A charter language. */
export type CharterLang = (typeof CHARTER_LANGS)[number];

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
