/**
 * The zod schemas of the charter draft (see `../draft.ts` for the shape's
 * constants and plain types). `codec.ts` checks every draft read from outside
 * against {@link draftSchema}. Kept apart from `draft.ts` so the builder
 * builds them only when it has a draft to read. The type check at the end
 * makes sure the schema and the plain `Draft` type describe the same shape.
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
  refine,
} from 'zod/mini';
import type { infer as Infer, ZodMiniType } from 'zod/mini';
import { THEMES } from '../../../schemas/themes.ts';
import {
  AGREEMENTS,
  APP_ID,
  CHARTER_LANGS,
  CHARTER_LAYOUTS,
  MAX_ROTA_MEETINGS,
  SCHEMA_VERSION,
  type Draft,
} from '../draft.ts';
import { FIELD_FAMILIES, FIELDS, MAX_TEXT_CODE_POINTS } from '../fields.ts';
import { parseDate } from '../rota.ts';
import { codePointCount } from '../text.ts';

const id = string().check(regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/));
/**
 * Free text the group writes, up to the field's hard cap on code points (`fields.ts`): the same
 * number the builder cuts at while typing, so whatever it saves it can read back. Length limits in
 * characters are checked by `validate.ts`, not here, so that over-long text is kept and flagged.
 */
const text = (cap: number = MAX_TEXT_CODE_POINTS) =>
  string().check(refine((value) => codePointCount(value) <= cap, { message: 'too-long' }));
const capOf = (spec: { maxCodePoints?: number }) => spec.maxCodePoints ?? MAX_TEXT_CODE_POINTS;
/** A real calendar day, YYYY-MM-DD, or empty: a date that is not one (31 February) would stop the builder showing it. */
const date = string().check(refine((value) => value === '' || parseDate(value) !== undefined));
/** A real calendar day, YYYY-MM-DD, never empty. */
const day = string().check(refine((value) => parseDate(value) !== undefined));
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
  text: optional(text(capOf(FIELD_FAMILIES['rule-text-']))),
  /** What the group decided about the rule together; absent when it has not been through it together. */
  agreed: optional(zEnum(AGREEMENTS)),
  /** A short note from talking it over. */
  note: optional(text(capOf(FIELD_FAMILIES['rule-note-']))),
});

/** A rule the group wrote itself. */
export const customRuleSchema = object({
  /** Marks a rule the group wrote. */
  kind: literal('custom'),
  /** A key unique within the draft, so the rule can be found when edited or moved. */
  key: id,
  /** The rule as the group wrote it. */
  text: text(capOf(FIELD_FAMILIES['rule-text-'])),
  /** The theme it is shown under on the charter. */
  theme: zEnum(THEMES),
  /** What the group decided about the rule together; absent when it has not been through it together. */
  agreed: optional(zEnum(AGREEMENTS)),
  /** A short note from talking it over. */
  note: optional(text(capOf(FIELD_FAMILIES['rule-note-']))),
});

/** One rule on the charter, in the group's order. */
export const draftRuleSchema = discriminatedUnion('kind', [chosenRuleSchema, customRuleSchema]);

/** One part of the meeting outline. */
export const outlineItemSchema = object({
  /** A key unique within the outline. Built-in parts use their name (`opening`); own parts a made-up key. */
  key: id,
  /** The group's own name for the part; the built-in name is used when absent. */
  label: optional(text(capOf(FIELD_FAMILIES['outline-label-']))),
  /** How long the part lasts, in minutes. */
  minutes: number().check(int(), gte(0), lte(600)),
});

/** One rotating role. */
export const roleSchema = object({
  /** A key unique within the roles. Built-in roles use their name (`host`). */
  key: id,
  /** The group's own name for the role; the built-in name is used when absent. */
  label: optional(text(capOf(FIELD_FAMILIES['role-label-']))),
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
    name: text(capOf(FIELDS['group-name'])),
    /** What the group is for. */
    purpose: text(capOf(FIELDS['group-purpose'])),
    /** Who the group is for. */
    audience: text(capOf(FIELDS['group-audience'])),
    /** How many members the group expects; 0 when not decided. */
    size: number().check(int(), gte(0), lte(99)),
    /** Whether new members can join later. */
    openness: zEnum(['open', 'closed']),
    /** Whether the group meets in a room or online. */
    setting: zEnum(['in-person', 'online']),
    /** Where the group meets (a place, or how to join online). */
    place: text(capOf(FIELDS['group-place'])),
    /** The day and time of meetings, as the group writes it. */
    when: text(capOf(FIELDS['group-when'])),
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
  members: array(text(capOf(FIELD_FAMILIES['member-']))),
  /** The rota of who holds each role. */
  rota: object({
    /** How many meetings the rota lists. */
    meetings: number().check(int(), gte(1), lte(MAX_ROTA_MEETINGS)),
  }),
  /** The person who helped start the group (such as a centre's starter), shown on the charter if the group wants. */
  starter: optional(
    object({
      /** The centre or organisation. */
      centre: text(),
      /** The starter's name. */
      name: text(),
      /** A phone number or email address. */
      contact: text(),
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
    who: text(capOf(FIELDS['absence-who'])),
    /** How to tell them (text message, group chat, phone). */
    how: text(capOf(FIELDS['absence-how'])),
  }),
  /** What the group does when a rule is broken, in its own words. */
  whenBroken: text(capOf(FIELDS['when-broken'])),
  /** How and when the group reviews its charter. */
  review: object({
    /** The date of the next review, YYYY-MM-DD, or empty. */
    date,
    /** How the group reviews and changes the charter, in its own words. */
    how: text(capOf(FIELDS['review-how'])),
  }),
  /** When the group went through the rules together, and how many were there; absent until it has. */
  agreed: optional(
    object({
      /** The day of the meeting, YYYY-MM-DD. */
      date: day,
      /** How many members were there. */
      present: number().check(int(), gte(1), lte(99)),
    }),
  ),
  /** How the charter is laid out; the standard layout when absent. */
  layout: optional(zEnum(CHARTER_LAYOUTS)),
  /** Whether the charter and the first-meeting kit print in large type. */
  largePrint: optional(boolean()),
}) satisfies ZodMiniType<Draft>;

/** True when two types are the same, both ways (optional fields included). */
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

// The plain Draft type in `draft.ts` and this schema must describe the same shape: a field added to
// one and not the other fails the type check here.
const sameShape: Same<Infer<typeof draftSchema>, Draft> = true;
void sameShape;
