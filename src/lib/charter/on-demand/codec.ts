/**
 * Reading drafts from untrusted text: an opened file, a saved draft, and
 * (later) a share link. Every path goes through {@link decodeDraft}: check
 * the size, parse, recognise the kind of data, migrate older versions, refuse
 * newer ones, then validate with zod, which builds a fresh object with only
 * the known fields (so `__proto__`, `constructor` and unknown fields are
 * dropped, and nothing reaches `Object.prototype`).
 *
 * Migration policy: `MIGRATIONS[n]` turns a version-n draft into version n+1.
 * When the draft shape changes, raise `SCHEMA_VERSION` in `draft.ts`, add the
 * step here, and keep a fixture of the old version in `tests/fixtures/`.
 * Drafts from a newer version are refused, never rewritten.
 */
import type * as z from 'zod/mini';
import { draftSchema } from './draft-schema.ts';
import { APP_ID, MAX_DRAFT_BYTES, SCHEMA_VERSION, type Draft } from '../draft.ts';

export { MAX_DRAFT_BYTES };

/** One step that upgrades a draft from one version to the next. */
export type Migration = (old: Record<string, unknown>) => Record<string, unknown>;

/** A short, stable id made from a draft's content, for drafts saved before drafts had ids. */
function contentId(data: Record<string, unknown>): string {
  // FNV-1a over the JSON text: deterministic, so migrating the same file twice gives the same id.
  let hash = 0x811c9dc5;
  for (const char of JSON.stringify(data)) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `m-${hash.toString(36).padStart(7, '0')}`;
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

/**
 * Upgrades by starting version.
 *
 * - 1 → 2: drafts get an `id` (made from their content), a meeting start time (empty), members and a
 *   rota length for the rota, and no starter.
 * - 2 → 3: nothing to change. Version 3 adds only optional fields (what the group agreed together
 *   and when, the charter's layout, large print); a version 2 draft is a version 3 draft that has
 *   not used them. The step exists so the version number says which fields a reader must know.
 */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {
  1: (old) => ({
    ...old,
    id: contentId(old),
    group: { ...record(old.group), startTime: '' },
    members: [],
    rota: { meetings: 12 },
  }),
  2: (old) => ({ ...old }),
};

/**
 * The parts of a draft a problem can be in, named so the screen can say them in people's words in
 * the page's language ("the group's name", "a rule").
 */
export const DRAFT_PLACES = [
  'group',
  'group-name',
  'group-purpose',
  'group-audience',
  'group-size',
  'group-openness',
  'group-setting',
  'group-place',
  'group-when',
  'group-frequency',
  'group-length',
  'group-start',
  'group-time',
  'rules',
  'outline',
  'roles',
  'members',
  'rota',
  'starter',
  'absence',
  'when-broken',
  'review-date',
  'review-how',
  'agreement',
  'layout',
  'charter-lang',
  'draft',
] as const;

/** A part of a draft a problem can be in. */
export type DraftPlace = (typeof DRAFT_PLACES)[number];

/** What was wrong with a field of an opened draft, in terms a person can act on. */
export interface DraftIssue {
  /** Where in the draft, as a part the screen names in words. */
  place: DraftPlace;
  /** What kind of value was expected there, or `too-long` for text over the field's hard cap. */
  expected: 'text' | 'number' | 'choice' | 'list' | 'section' | 'value' | 'date' | 'too-long';
}

const GROUP_PLACES: Record<string, DraftPlace> = {
  name: 'group-name',
  purpose: 'group-purpose',
  audience: 'group-audience',
  size: 'group-size',
  openness: 'group-openness',
  setting: 'group-setting',
  place: 'group-place',
  when: 'group-when',
  frequency: 'group-frequency',
  meetingMinutes: 'group-length',
  startDate: 'group-start',
  startTime: 'group-time',
};

/** The part of the draft a zod path points into. */
export function placeOf(path: readonly PropertyKey[]): DraftPlace {
  const [first, second] = path.map(String);
  // The group's own section, missing or not an object, is named as the group's details.
  if (first === 'group') return second === undefined ? 'group' : (GROUP_PLACES[second] ?? 'group');
  if (first === 'review') return second === 'date' ? 'review-date' : 'review-how';
  if (first === 'whenBroken') return 'when-broken';
  const direct: Record<string, DraftPlace> = {
    rules: 'rules',
    outline: 'outline',
    roles: 'roles',
    members: 'members',
    rota: 'rota',
    starter: 'starter',
    absence: 'absence',
    agreed: 'agreement',
    layout: 'layout',
    largePrint: 'layout',
    lang: 'charter-lang',
  };
  return direct[first ?? ''] ?? 'draft';
}

/** Why a draft could not be read. */
export type DecodeError =
  | { kind: 'empty' }
  | { kind: 'too-large'; bytes: number; limit: number }
  | { kind: 'damaged' }
  | { kind: 'wrong-kind'; looksLike: 'markdown' | 'html' | 'text' | 'json' }
  | { kind: 'newer'; version: number }
  | { kind: 'no-version' }
  | { kind: 'twin-rule'; id: string }
  | { kind: 'invalid'; issues: DraftIssue[] };

/** The outcome of reading a draft. */
export type DecodeResult =
  { ok: true; draft: Draft; migratedFrom?: number } | { ok: false; error: DecodeError };

/** The size of text in bytes, as it would be stored or downloaded (UTF-8). */
export function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}

function guessKind(text: string): 'markdown' | 'html' | 'text' {
  const start = text.trimStart().slice(0, 200).toLowerCase();
  if (start.startsWith('<!doctype') || start.startsWith('<html')) return 'html';
  if (start.startsWith('#')) return 'markdown';
  return 'text';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function expectedOf(issue: z.core.$ZodIssue): DraftIssue['expected'] {
  if (issue.code === 'invalid_type') {
    if (issue.expected === 'string') return 'text';
    if (issue.expected === 'number' || issue.expected === 'int') return 'number';
    if (issue.expected === 'array') return 'list';
    if (issue.expected === 'object') return 'section';
  }
  if (issue.code === 'invalid_value' || issue.code === 'invalid_union') return 'choice';
  if (issue.code === 'too_big' || issue.code === 'too_small') return 'number';
  if (issue.code === 'invalid_format') return 'text';
  if (issue.code === 'custom') return issue.message === 'too-long' ? 'too-long' : 'date';
  return 'value';
}

/** Reads a draft from untrusted text (a file's contents or a saved value). Never throws. */
export function decodeDraft(
  raw: string,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
): DecodeResult {
  // A byte-order mark at the start is not part of the data.
  const text = raw.replace(/^\uFEFF/, '');
  const bytes = byteLength(text);
  if (bytes > MAX_DRAFT_BYTES)
    return { ok: false, error: { kind: 'too-large', bytes, limit: MAX_DRAFT_BYTES } };
  if (text.trim() === '') return { ok: false, error: { kind: 'empty' } };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    const looksLike = guessKind(text);
    const trimmed = text.trimStart();
    // Text that starts like JSON but does not parse is a damaged draft, not another kind of file.
    if (trimmed.startsWith('{') || trimmed.startsWith('[')) return { ok: false, error: { kind: 'damaged' } };
    return { ok: false, error: { kind: 'wrong-kind', looksLike } };
  }
  if (!isRecord(data) || data.app !== APP_ID)
    return { ok: false, error: { kind: 'wrong-kind', looksLike: 'json' } };
  // A version written as text by hand ("2") is still the version; a draft with none cannot be read safely.
  const written = data.schemaVersion;
  if (written === undefined || written === null || written === '')
    return { ok: false, error: { kind: 'no-version' } };
  const version = typeof written === 'string' && /^\d{1,4}$/.test(written) ? Number(written) : written;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, error: { kind: 'no-version' } };
  }
  if (version > SCHEMA_VERSION) return { ok: false, error: { kind: 'newer', version } };
  let current: Record<string, unknown> = { ...data, schemaVersion: version };
  for (let v = version; v < SCHEMA_VERSION; v += 1) {
    const step = migrations[v];
    if (!step) return { ok: false, error: { kind: 'damaged' } };
    try {
      current = { ...step(current), schemaVersion: v + 1 };
    } catch {
      return { ok: false, error: { kind: 'damaged' } };
    }
  }
  const result = draftSchema.safeParse(current);
  if (!result.success) {
    const seen = new Set<string>();
    const issues = result.error.issues
      .map((issue) => ({ place: placeOf(issue.path), expected: expectedOf(issue) }))
      .filter((issue) => {
        const key = `${issue.place} ${issue.expected}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      })
      .slice(0, 5);
    return { ok: false, error: { kind: 'invalid', issues } };
  }
  const twin = twinRule(result.data);
  if (twin) return { ok: false, error: { kind: 'twin-rule', id: twin } };
  const draft = withUniqueKeys(result.data);
  return version < SCHEMA_VERSION ? { ok: true, draft, migratedFrom: version } : { ok: true, draft };
}

/** A catalogue rule listed twice, if there is one: which of the two to keep is the group's choice, not ours. */
function twinRule(draft: Draft): string | undefined {
  const seen = new Set<string>();
  for (const rule of draft.rules) {
    if (rule.kind !== 'catalogue') continue;
    if (seen.has(rule.id)) return rule.id;
    seen.add(rule.id);
  }
  return undefined;
}

/** The first key `prefix-n` not in `taken`. */
function fresh(prefix: string, taken: Set<string>): string {
  let n = 1;
  while (taken.has(`${prefix}-${n}`)) n += 1;
  return `${prefix}-${n}`;
}

/**
 * The draft with every own rule, meeting part and role under a key of its own: two with the same key
 * (or an own rule keyed like a catalogue rule) would both change when one is edited. The first keeps
 * its key; the others get new ones. Nothing the group wrote changes.
 */
function withUniqueKeys(draft: Draft): Draft {
  const ruleKeys = new Set(draft.rules.flatMap((r) => (r.kind === 'catalogue' ? [r.id] : [])));
  const rules = draft.rules.map((rule) => {
    if (rule.kind !== 'custom') return rule;
    if (!ruleKeys.has(rule.key)) {
      ruleKeys.add(rule.key);
      return rule;
    }
    const key = fresh('own', ruleKeys);
    ruleKeys.add(key);
    return { ...rule, key };
  });
  const unique = <T extends { key: string }>(items: T[], prefix: string): T[] => {
    const keys = new Set<string>();
    return items.map((item) => {
      if (!keys.has(item.key)) {
        keys.add(item.key);
        return item;
      }
      const key = fresh(prefix, new Set([...keys, ...items.map((i) => i.key)]));
      keys.add(key);
      return { ...item, key };
    });
  };
  return { ...draft, rules, outline: unique(draft.outline, 'part'), roles: unique(draft.roles, 'role') };
}

/** Writes a draft as the text of a `.json` file (indented, so a person can read it). */
export function encodeDraft(draft: Draft): string {
  return `${JSON.stringify(draft, null, 2)}\n`;
}
