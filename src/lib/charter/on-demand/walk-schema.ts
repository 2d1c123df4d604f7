/**
 * Reading a saved walk of "Agree it together" (`src/lib/together.ts`) from
 * this device, where anything may have been written: the draft it carries goes
 * through {@link decodeDraft}, like any saved draft (size, version, migration,
 * the draft schema); the rest is checked with the zod schema below, which
 * builds fresh objects with only the known fields. A walk that points at rules
 * its draft does not have keeps only the ones it has.
 *
 * Loaded only when there is a saved walk to read (`storage.ts`).
 */
import {
  array,
  enum as zEnum,
  gte,
  int,
  lte,
  maxLength,
  number,
  object,
  optional,
  refine,
  regex,
  string,
} from 'zod/mini';
import type { infer as Infer, ZodMiniType } from 'zod/mini';
import { THEMES } from '../../../schemas/themes.ts';
import { DECISIONS, MAX_PRESENT, type AddedRule, type Walk, type WalkItem } from '../../together.ts';
import { FIELD_FAMILIES, LIMITS, MAX_TEXT_CODE_POINTS } from '../fields.ts';
import { parseDate } from '../rota.ts';
import { codePointCount } from '../text.ts';
import { decodeDraft } from './codec.ts';

const key = string().check(regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/));
const text = (cap: number) =>
  string().check(refine((value) => codePointCount(value) <= cap, { message: 'too-long' }));
const ruleText = text(FIELD_FAMILIES['rule-text-'].maxCodePoints ?? MAX_TEXT_CODE_POINTS);
const note = text(FIELD_FAMILIES['rule-note-'].maxCodePoints ?? MAX_TEXT_CODE_POINTS);

/** One rule as the group goes through it. */
export const walkItemSchema = object({
  /** The rule's key in the draft. */
  key,
  /** What the group decided, if it has. */
  decision: optional(zEnum(DECISIONS)),
  /** The group's new wording. */
  text: optional(ruleText),
  /** A short note. */
  note: optional(note),
}) satisfies ZodMiniType<WalkItem>;

/** A rule the group added. */
export const addedRuleSchema = object({
  /** Its key within the walk. */
  key,
  /** The rule, in the group's words. */
  text: ruleText,
  /** The theme it belongs under. */
  theme: zEnum(THEMES),
  /** A short note. */
  note: optional(note),
}) satisfies ZodMiniType<AddedRule>;

/** The walk without its draft, which {@link decodeDraft} reads. */
export const walkSchema = object({
  /** The rules in the order they are gone through. */
  items: array(walkItemSchema).check(maxLength(LIMITS.rules)),
  /** The rules the group added. */
  added: array(addedRuleSchema).check(maxLength(LIMITS.customRules)),
  /** Where the group is. */
  at: number().check(int(), gte(0), lte(LIMITS.rules)),
  /** The day of the meeting, YYYY-MM-DD, or empty. */
  date: string().check(refine((value) => value === '' || parseDate(value) !== undefined)),
  /** How many members are there. */
  present: number().check(int(), gte(0), lte(MAX_PRESENT)),
  /** When the result was made the charter. */
  made: optional(string().check(maxLength(40))),
});

/** The outcome of reading a walk: the walk, or that it cannot be read (and whether a newer version wrote it). */
export type WalkResult = { ok: true; walk: Walk } | { ok: false; newer: boolean };

/** Reads a walk from what was stored (already parsed from JSON). Never throws. */
export function decodeWalk(data: unknown): WalkResult {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: false, newer: false };
  const draft = decodeDraft(JSON.stringify((data as { draft?: unknown }).draft ?? null));
  if (!draft.ok) return { ok: false, newer: draft.error.kind === 'newer' };
  const parsed = walkSchema.safeParse(data);
  if (!parsed.success) return { ok: false, newer: false };
  const walk: Infer<typeof walkSchema> = parsed.data;
  // Each rule once, and only the draft's own.
  const known = new Set(draft.draft.rules.map((r) => (r.kind === 'catalogue' ? r.id : r.key)));
  const seen = new Set<string>();
  const items = walk.items.filter((item) => {
    if (!known.has(item.key) || seen.has(item.key)) return false;
    seen.add(item.key);
    return true;
  });
  const added = walk.added.filter((rule) => {
    if (seen.has(rule.key)) return false;
    seen.add(rule.key);
    return true;
  });
  const { made, ...rest } = walk;
  return {
    ok: true,
    walk: {
      ...rest,
      draft: draft.draft,
      items,
      added,
      at: Math.min(walk.at, items.length),
      ...(made !== undefined ? { made } : {}),
    },
  };
}
