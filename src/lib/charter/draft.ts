/**
 * The charter draft: everything a group decides in the builder, as data.
 *
 * The draft records catalogue rules by id and choice (wording or number), not
 * by text, so the charter can be shown in either language; only what the
 * group writes itself is stored as text. It is the shape of the saved draft,
 * the `.json` download and (later) the share link, so it carries a
 * `schemaVersion`; see `codec.ts` for how older versions are migrated.
 *
 * This module holds the shape's constants, types and a blank draft. The zod
 * schemas that check a draft read from outside are in `draft-schema.ts`, which
 * the builder loads only when there is such a draft to read (a saved draft, an
 * opened file, a share link), so a first visit does not pay for building them.
 */
import type {
  chosenRuleSchema,
  customRuleSchema,
  draftRuleSchema,
  draftSchema,
  outlineItemSchema,
  roleSchema,
} from './draft-schema.ts';
import type { infer as Infer } from 'zod/mini';

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

/** The largest file or saved draft the builder reads, in bytes. */
export const MAX_DRAFT_BYTES = 512 * 1024;

/** The steps of the builder, in order. */
export const STEPS = ['start', 'group', 'rules', 'meetings', 'changes', 'review'] as const;

/** A step of the builder. */
export type Step = (typeof STEPS)[number];

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
