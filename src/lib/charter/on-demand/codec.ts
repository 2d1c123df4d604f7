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
 */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {
  1: (old) => ({
    ...old,
    id: contentId(old),
    group: { ...record(old.group), startTime: '' },
    members: [],
    rota: { meetings: 12 },
  }),
};

/** What was wrong with a field of an opened draft, in terms a person can act on. */
export interface DraftIssue {
  /** Where in the draft, such as `group → size`. */
  path: string;
  /** What kind of value was expected there. */
  expected: 'text' | 'number' | 'choice' | 'list' | 'section' | 'value';
}

/** Why a draft could not be read. */
export type DecodeError =
  | { kind: 'empty' }
  | { kind: 'too-large'; bytes: number; limit: number }
  | { kind: 'damaged' }
  | { kind: 'wrong-kind'; looksLike: 'markdown' | 'html' | 'text' | 'json' }
  | { kind: 'newer'; version: number }
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
  const version = data.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, error: { kind: 'damaged' } };
  }
  if (version > SCHEMA_VERSION) return { ok: false, error: { kind: 'newer', version } };
  let current: Record<string, unknown> = data;
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
    const issues = result.error.issues.slice(0, 5).map((issue) => ({
      path: issue.path.map(String).join(' → ') || '(the whole file)',
      expected: expectedOf(issue),
    }));
    return { ok: false, error: { kind: 'invalid', issues } };
  }
  return version < SCHEMA_VERSION
    ? { ok: true, draft: result.data, migratedFrom: version }
    : { ok: true, draft: result.data };
}

/** Writes a draft as the text of a `.json` file (indented, so a person can read it). */
export function encodeDraft(draft: Draft): string {
  return `${JSON.stringify(draft, null, 2)}\n`;
}
