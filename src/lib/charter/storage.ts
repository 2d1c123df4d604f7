/**
 * Keeping the draft on this device, in `localStorage`.
 *
 * Stored shape: one key, {@link STORAGE_KEY}, holding JSON
 * `{ "envelope": 1, "savedAt": "<ISO time>", "revision": <n>, "draft": <Draft> }`.
 * `envelope` versions this wrapper; the draft inside carries its own
 * `schemaVersion` and is read with `decodeDraft` (so it is size-checked,
 * validated and migrated like an opened file). `revision` goes up by one on
 * every save, so that another tab can tell a newer save from its own.
 * Reading is asynchronous because the draft's checks (`codec.ts` and zod)
 * load only when there is a saved draft to check; saving reads just the
 * wrapper, so it stays quick however large the draft is.
 *
 * Policy: a saved draft from a newer version of the builder is refused and
 * never overwritten. A tab passes the revision it last read or wrote; when
 * the stored revision is higher (another tab saved since), the save is
 * refused as a conflict, so no tab silently writes over a newer revision.
 * Every storage call is guarded: when storage is missing, disabled, full or
 * throws, the functions say so and the builder keeps
 * working in memory.
 */
import type { DecodeError } from './codec.ts';
import { SCHEMA_VERSION, type Draft } from './draft.ts';

/** The one key the builder uses. */
export const STORAGE_KEY = 'groundwork.charter';

/** The version of the stored wrapper. */
export const ENVELOPE_VERSION = 1;

/** The parts of `Storage` the builder uses, so tests can pass their own. */
export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** What was found on this device. */
export type LoadResult =
  | { status: 'empty' }
  | { status: 'unavailable' }
  | { status: 'ok'; draft: Draft; savedAt: string; revision: number; migratedFrom?: number }
  | { status: 'unreadable'; error: DecodeError };

/** The outcome of a save. */
export type SaveResult =
  | { ok: true; savedAt: string; revision: number }
  | { ok: false; reason: 'unavailable' | 'full' | 'newer-stored' }
  | { ok: false; reason: 'conflict'; revision: number };

function read(storage: DraftStorage | undefined): string | null | undefined {
  try {
    return storage ? storage.getItem(STORAGE_KEY) : undefined;
  } catch {
    return undefined;
  }
}

/** Reads the saved draft, if any. Never rejects. */
export async function loadSaved(storage: DraftStorage | undefined): Promise<LoadResult> {
  const raw = read(storage);
  if (raw === undefined) return { status: 'unavailable' };
  if (raw === null) return { status: 'empty' };
  const envelope = parseEnvelope(raw);
  if (!envelope) return { status: 'unreadable', error: { kind: 'damaged' } };
  if (envelope.version > ENVELOPE_VERSION) {
    return { status: 'unreadable', error: { kind: 'newer', version: envelope.version } };
  }
  const { decodeDraft } = await import('./codec.ts');
  const decoded = decodeDraft(JSON.stringify(envelope.draft ?? null));
  if (!decoded.ok) return { status: 'unreadable', error: decoded.error };
  return {
    status: 'ok',
    draft: decoded.draft,
    savedAt: envelope.savedAt,
    revision: envelope.revision,
    ...(decoded.migratedFrom ? { migratedFrom: decoded.migratedFrom } : {}),
  };
}

interface Envelope {
  version: number;
  savedAt: string;
  revision: number;
  draft: unknown;
}

/** The stored wrapper, or undefined when the stored text is not one. */
function parseEnvelope(raw: string): Envelope | undefined {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (typeof data !== 'object' || data === null) return undefined;
  const { envelope: version, savedAt, revision, draft } = data as Record<string, unknown>;
  return {
    version: typeof version === 'number' ? version : 0,
    savedAt: typeof savedAt === 'string' ? savedAt : '',
    revision: typeof revision === 'number' && Number.isInteger(revision) && revision > 0 ? revision : 0,
    draft,
  };
}

/** Whether the stored wrapper or the draft in it comes from a newer version of the builder. */
function isNewer(envelope: Envelope): boolean {
  const inner = envelope.draft as { schemaVersion?: unknown } | null | undefined;
  const schemaVersion = typeof inner === 'object' && inner !== null ? inner.schemaVersion : undefined;
  return (
    envelope.version > ENVELOPE_VERSION ||
    (typeof schemaVersion === 'number' && schemaVersion > SCHEMA_VERSION)
  );
}

function isQuotaError(error: unknown): boolean {
  return error instanceof Error && /quota|exceeded|full/i.test(`${error.name} ${error.message}`);
}

/**
 * Saves the draft with the next revision number. Refuses to overwrite a draft
 * saved by a newer version, and, when `basedOn` is given, a revision newer
 * than the one this tab last read or wrote.
 */
export function saveDraft(
  storage: DraftStorage | undefined,
  draft: Draft,
  now: Date = new Date(),
  basedOn?: number,
): SaveResult {
  if (!storage) return { ok: false, reason: 'unavailable' };
  const raw = read(storage);
  if (raw === undefined) return { ok: false, reason: 'unavailable' };
  // Only the wrapper is read: its revision, and whether a newer builder wrote it.
  const existing = raw === null ? undefined : parseEnvelope(raw);
  if (existing && isNewer(existing)) return { ok: false, reason: 'newer-stored' };
  const current = existing?.revision ?? 0;
  if (basedOn !== undefined && current > basedOn) {
    return { ok: false, reason: 'conflict', revision: current };
  }
  const revision = current + 1;
  const savedAt = now.toISOString();
  try {
    storage.setItem(STORAGE_KEY, JSON.stringify({ envelope: ENVELOPE_VERSION, savedAt, revision, draft }));
    return { ok: true, savedAt, revision };
  } catch (error) {
    return { ok: false, reason: isQuotaError(error) ? 'full' : 'unavailable' };
  }
}

/** Deletes the saved draft. Returns false when storage could not be reached. */
export function clearSaved(storage: DraftStorage | undefined): boolean {
  try {
    storage?.removeItem(STORAGE_KEY);
    return storage !== undefined;
  } catch {
    return false;
  }
}
