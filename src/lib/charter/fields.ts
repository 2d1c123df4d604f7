/**
 * The builder's fields, in one table: for each field (by the id of its control
 * on the page), the step it is on, the key of its label, and its limits. The
 * validation, the labels in error messages and the error summary all read this
 * table, so a field's limit or label is written once.
 *
 * Two limits per text field:
 * - `limit`: characters as a person sees them (graphemes). Text over it is kept
 *   and flagged, never cut, so the group can shorten it itself.
 * - `maxCodePoints`: a hard cap on Unicode code points. A few visible characters
 *   can hide thousands of code points (combining marks), which a page cannot lay
 *   out; the builder never holds, saves or shares more than this, and reading a
 *   draft from outside refuses more, so anything it saves it can read back.
 */
import type { Step } from './draft.ts';

/** What the builder knows about one field. */
export interface FieldSpec {
  /** The step the field is on. */
  step: Step;
  /** The key of the field's label in the interface strings. */
  label: FieldLabel;
  /** The most characters (graphemes) the text may have before it is flagged. */
  limit?: number;
  /** The most Unicode code points the field can hold at all. */
  maxCodePoints?: number;
}

/** The interface-string keys that name fields. */
export type FieldLabel =
  | 'builder.group.name'
  | 'charter.purpose'
  | 'charter.audience'
  | 'builder.group.place'
  | 'builder.group.when'
  | 'builder.meetings.absenceWho'
  | 'builder.meetings.absenceHow'
  | 'builder.changes.whenBroken'
  | 'builder.changes.reviewHow'
  | 'builder.field.custom-rules'
  | 'builder.field.chosen-rules'
  | 'builder.field.outline'
  | 'builder.field.roles'
  | 'builder.field.rule'
  | 'builder.field.note'
  | 'builder.field.part'
  | 'builder.field.role'
  | 'builder.field.member'
  | 'builder.field.draft-size'
  | 'builder.rules.customText';

/** The hard cap for a text limited to `limit` characters: room for accents and emoji, no more. */
function cap(limit: number): number {
  return limit * 4;
}

/** A text field with a character limit and its hard cap. */
function text(step: Step, label: FieldLabel, limit: number): FieldSpec {
  return { step, label, limit, maxCodePoints: cap(limit) };
}

/** How many characters each kind of text may have, and how many items each list. */
export const LIMITS = {
  /** The group's name. */
  name: 80,
  /** What the group is for. */
  purpose: 600,
  /** Who the group is for. */
  audience: 300,
  /** Where and when, who to tell about absence and how, each. */
  short: 200,
  /** One rule's wording. */
  rule: 300,
  /** The name of a meeting part, a role or a member. */
  label: 60,
  /** What happens when a rule is broken; how the charter is reviewed. */
  long: 1000,
  /** How many rules the group may write itself. */
  customRules: 25,
  /** How many rules a charter may have in all. */
  rules: 80,
  /** How many meeting parts or roles. */
  items: 12,
  /** How many members the rota may list. */
  members: 40,
  /** The whole draft as JSON, in characters. */
  total: 100_000,
} as const;

/** Fields with a fixed id. */
export const FIELDS = {
  'group-name': text('group', 'builder.group.name', LIMITS.name),
  'group-purpose': text('group', 'charter.purpose', LIMITS.purpose),
  'group-audience': text('group', 'charter.audience', LIMITS.audience),
  'group-place': text('group', 'builder.group.place', LIMITS.short),
  'group-when': text('group', 'builder.group.when', LIMITS.short),
  'custom-rules': { step: 'rules', label: 'builder.field.custom-rules', limit: LIMITS.customRules },
  'chosen-rules': { step: 'rules', label: 'builder.field.chosen-rules', limit: LIMITS.rules },
  outline: { step: 'meetings', label: 'builder.field.outline', limit: LIMITS.items },
  roles: { step: 'meetings', label: 'builder.field.roles', limit: LIMITS.items },
  'absence-who': text('meetings', 'builder.meetings.absenceWho', LIMITS.short),
  'absence-how': text('meetings', 'builder.meetings.absenceHow', LIMITS.short),
  'when-broken': text('changes', 'builder.changes.whenBroken', LIMITS.long),
  'review-how': text('changes', 'builder.changes.reviewHow', LIMITS.long),
  'draft-size': { step: 'review', label: 'builder.field.draft-size', limit: LIMITS.total },
  /** The box for a new rule of the group's own, before it is added. */
  'add-rule-text': text('rules', 'builder.rules.customText', LIMITS.rule),
} as const satisfies Record<string, FieldSpec>;

/** A field with a fixed id. */
export type FieldId = keyof typeof FIELDS;

/** Fields that repeat, by the start of their id: one per rule, meeting part, role or member. */
export const FIELD_FAMILIES = {
  'rule-text-': text('rules', 'builder.field.rule', LIMITS.rule),
  'rule-note-': text('rules', 'builder.field.note', LIMITS.short),
  'outline-label-': text('meetings', 'builder.field.part', LIMITS.label),
  'role-label-': text('meetings', 'builder.field.role', LIMITS.label),
  'member-': text('meetings', 'builder.field.member', LIMITS.label),
} as const satisfies Record<string, FieldSpec>;

/** What the builder knows about a field, by its id; undefined for an id it does not know. */
export function fieldSpec(id: string): FieldSpec | undefined {
  if (Object.hasOwn(FIELDS, id)) return FIELDS[id as FieldId];
  for (const [prefix, spec] of Object.entries(FIELD_FAMILIES)) {
    if (id.startsWith(prefix)) return spec;
  }
  return undefined;
}

/** The hard cap for text that has no field of its own in the table (a starter's details from a link). */
export const MAX_TEXT_CODE_POINTS = Math.max(
  ...[...Object.values(FIELDS), ...Object.values(FIELD_FAMILIES)].map(
    (spec: FieldSpec) => spec.maxCodePoints ?? 0,
  ),
);
