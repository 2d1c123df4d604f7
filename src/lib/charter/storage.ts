/**
 * Keeping the draft on this device, in `localStorage`. These are the storage
 * primitives; `session.ts` decides when to call them.
 *
 * Stored shape, three keys:
 * - {@link STORAGE_KEY}: the draft, as JSON
 *   `{ "envelope": 1, "savedAt": "<ISO time>", "revision": <n>, "draft": <Draft> }`.
 *   `envelope` versions this wrapper; the draft inside carries its own
 *   `schemaVersion` and is read with `decodeDraft` (size-checked, validated and
 *   migrated like an opened file). `revision` goes up by one on every save, so
 *   that another tab can tell a newer save from its own.
 * - {@link KEPT_KEY}: the draft that opening a link or file (or starting anew)
 *   replaced, in the same wrapper plus `replacedAt`, so it can be brought back,
 *   also after a reload. One slot: the latest replaced draft.
 * - {@link ASIDE_KEY}: saved drafts this builder could not read, moved aside as
 *   they were (`[{ "movedAt": "<ISO time>", "raw": "<the stored text>" }]`), so
 *   that the person can save them as a file; nothing unreadable is ever wiped.
 *
 * The walk of "Agree it together" is kept beside the draft, in the same wrapper and under the same
 * rules, by `src/lib/together-storage.ts`, which uses the helpers exported here.
 *
 * Reading is asynchronous because the draft's checks (`on-demand/codec.ts` and
 * zod) load only when there is a saved draft to check; saving reads just the
 * wrapper, so it stays quick however large the draft is.
 *
 * Policy: a draft from a newer version of the builder is refused and never
 * overwritten. A save passes the revision this tab last read or wrote; when
 * the stored revision is higher (another tab saved since), it is refused as a
 * conflict. A save never writes what the builder could not read back (too
 * large), and never writes over a stored value it cannot read (that is moved
 * aside first). Every storage call is guarded: when storage is missing,
 * disabled, full or throws, the functions say so and the builder keeps working
 * in memory.
 */
import type { DecodeError } from './on-demand/codec.ts';
import { MAX_DRAFT_BYTES, SCHEMA_VERSION, type Draft } from './draft.ts';

/** The key of the saved draft. */
export const STORAGE_KEY = 'groundwork.charter';

/** The key of the draft that was replaced, kept so it can be brought back. */
export const KEPT_KEY = 'groundwork.charter.kept';

/** The key of the saved drafts that could not be read, moved aside. */
export const ASIDE_KEY = 'groundwork.charter.unreadable';

/** The version of the stored wrapper. */
export const ENVELOPE_VERSION = 1;

/** How many unreadable drafts are kept aside at most. */
export const MAX_ASIDE = 3;

/** The parts of `Storage` the builder uses, so tests can pass their own. */
export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** A draft read from this device. */
export interface StoredDraft {
  /** The draft, checked and migrated. */
  draft: Draft;
  /** When it was saved, as an ISO time; '' when the stored time was not a real time. */
  savedAt: string;
  /** The revision it was saved with. */
  revision: number;
  /** The version it was migrated from, when it was older. */
  migratedFrom?: number;
}

/** What was found on this device. */
export type LoadResult =
  | { status: 'empty' }
  | { status: 'unavailable' }
  | ({ status: 'ok' } & StoredDraft)
  | { status: 'unreadable'; error: DecodeError; raw: string };

/** The outcome of a save. */
export type SaveResult =
  | { ok: true; savedAt: string; revision: number }
  | { ok: false; reason: 'unavailable' | 'full' | 'newer-stored' | 'too-large' | 'unreadable-stored' }
  | { ok: false; reason: 'conflict'; revision: number };

/**
 * The browser's storage, or undefined where there is none or reaching it throws (some privacy
 * settings). The builder, meeting mode and Agree it together all start from it.
 */
export function browserStorage(): DraftStorage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** Whether `storage` holds something under `key`: false when it holds nothing or cannot be read. */
export function has(storage: DraftStorage | undefined, key: string): boolean {
  return typeof read(storage, key) === 'string';
}

/** A stored value under `key`: its text, null when there is none, undefined when storage cannot be read. */
export function read(storage: DraftStorage | undefined, key: string): string | null | undefined {
  try {
    return storage ? storage.getItem(key) : undefined;
  } catch {
    return undefined;
  }
}

export function write(storage: DraftStorage, key: string, value: string): 'ok' | 'full' | 'unavailable' {
  try {
    storage.setItem(key, value);
    return 'ok';
  } catch (error) {
    return isQuotaError(error) ? 'full' : 'unavailable';
  }
}

/** The stored wrapper, as read. */
export interface Envelope {
  version: number;
  savedAt: string;
  revision: number;
  /** What the wrapper holds: the draft, or the walk. */
  content: unknown;
}

/** An ISO time that a date format can show, or '' for anything else. */
function validTime(value: unknown): string {
  if (typeof value !== 'string' || value.length > 40) return '';
  const time = Date.parse(value);
  return Number.isFinite(time) ? new Date(time).toISOString() : '';
}

/** The stored wrapper, or undefined when the stored text is not one; `field` names what it holds. */
export function parseEnvelope(raw: string, field: 'draft' | 'walk' = 'draft'): Envelope | undefined {
  if (raw.length > MAX_DRAFT_BYTES * 2) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  const record = data as Record<string, unknown>;
  const { envelope: version, savedAt, revision } = record;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return undefined;
  return {
    version,
    savedAt: validTime(savedAt),
    revision: typeof revision === 'number' && Number.isSafeInteger(revision) && revision > 0 ? revision : 0,
    content: Object.hasOwn(record, field) ? record[field] : undefined,
  };
}

/** Reads a stored wrapper and the draft in it. Never rejects. */
async function readEnvelope(raw: string): Promise<LoadResult> {
  const envelope = parseEnvelope(raw);
  if (!envelope) return { status: 'unreadable', error: { kind: 'damaged' }, raw };
  if (envelope.version > ENVELOPE_VERSION) {
    return { status: 'unreadable', error: { kind: 'newer', version: envelope.version }, raw };
  }
  const { decodeDraft } = await import('./on-demand/codec.ts');
  const decoded = decodeDraft(JSON.stringify(envelope.content ?? null));
  if (!decoded.ok) return { status: 'unreadable', error: decoded.error, raw };
  return {
    status: 'ok',
    draft: decoded.draft,
    savedAt: envelope.savedAt,
    revision: envelope.revision,
    ...(decoded.migratedFrom ? { migratedFrom: decoded.migratedFrom } : {}),
  };
}

/** Reads the saved draft, if any. Never rejects. */
export async function loadSaved(storage: DraftStorage | undefined): Promise<LoadResult> {
  const raw = read(storage, STORAGE_KEY);
  if (raw === undefined) return { status: 'unavailable' };
  if (raw === null) return { status: 'empty' };
  return readEnvelope(raw);
}

/** Reads the kept copy of a replaced draft, if there is one that can be read. Never rejects. */
export async function loadKept(
  storage: DraftStorage | undefined,
): Promise<(StoredDraft & { replacedAt: string }) | undefined> {
  const raw = read(storage, KEPT_KEY);
  if (!raw) return undefined;
  const result = await readEnvelope(raw);
  if (result.status !== 'ok') return undefined;
  const replacedAt = validTime((JSON.parse(raw) as { replacedAt?: unknown }).replacedAt);
  return { ...result, replacedAt };
}

/** Whether the stored wrapper or the draft in it comes from a newer version of the builder. */
export function isNewer(envelope: Envelope): boolean {
  const inner = envelope.content as { schemaVersion?: unknown } | null | undefined;
  const schemaVersion = typeof inner === 'object' && inner !== null ? inner.schemaVersion : undefined;
  return (
    envelope.version > ENVELOPE_VERSION ||
    (typeof schemaVersion === 'number' && schemaVersion > SCHEMA_VERSION)
  );
}

function isQuotaError(error: unknown): boolean {
  return error instanceof Error && /quota|exceeded|full/i.test(`${error.name} ${error.message}`);
}

/** The text a draft is stored as, with its wrapper. */
function envelopeText(
  draft: Draft,
  savedAt: string,
  revision: number,
  extra: Record<string, string> = {},
): string {
  return JSON.stringify({ envelope: ENVELOPE_VERSION, savedAt, revision, ...extra, draft });
}

/** The size of text in bytes as it would be stored or downloaded (UTF-8). */
export function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** Whether a draft is small enough to be read back: the same limit the reading side applies. */
export function fitsReadLimit(draft: Draft): boolean {
  return byteLength(JSON.stringify(draft)) <= MAX_DRAFT_BYTES;
}

/**
 * Saves the draft with the next revision number. Refuses to overwrite a draft
 * saved by a newer version, a stored value it cannot read (move it aside
 * first), and, when `basedOn` is given, a revision newer than the one this
 * tab last read or wrote; refuses a draft too large to read back.
 */
export function saveDraft(
  storage: DraftStorage | undefined,
  draft: Draft,
  now: Date = new Date(),
  basedOn?: number,
): SaveResult {
  if (!storage) return { ok: false, reason: 'unavailable' };
  const raw = read(storage, STORAGE_KEY);
  if (raw === undefined) return { ok: false, reason: 'unavailable' };
  // Only the wrapper is read: its revision, and whether a newer builder wrote it.
  const existing = raw === null ? undefined : parseEnvelope(raw);
  if (raw !== null && !existing) return { ok: false, reason: 'unreadable-stored' };
  if (existing && isNewer(existing)) return { ok: false, reason: 'newer-stored' };
  const current = existing?.revision ?? 0;
  if (basedOn !== undefined && current > basedOn) {
    return { ok: false, reason: 'conflict', revision: current };
  }
  if (!fitsReadLimit(draft)) return { ok: false, reason: 'too-large' };
  const revision = current + 1;
  const savedAt = now.toISOString();
  const outcome = write(storage, STORAGE_KEY, envelopeText(draft, savedAt, revision));
  return outcome === 'ok' ? { ok: true, savedAt, revision } : { ok: false, reason: outcome };
}

/** Keeps a copy of a draft that is about to be replaced. Returns false when it could not be stored. */
export function keepCopy(
  storage: DraftStorage | undefined,
  stored: StoredDraft,
  now: Date = new Date(),
): boolean {
  if (!storage) return false;
  const text = envelopeText(stored.draft, stored.savedAt, stored.revision, { replacedAt: now.toISOString() });
  return write(storage, KEPT_KEY, text) === 'ok';
}

/**
 * Keeps the draft saved on the device, as it is stored, as the kept copy: before this tab writes over a
 * draft another tab saved (the person chose to keep this tab's version), so the other one can still be
 * brought back. Returns whether there was one to keep and it was kept.
 */
export function keepStored(storage: DraftStorage | undefined, now: Date = new Date()): boolean {
  const raw = read(storage, STORAGE_KEY);
  if (!storage || !raw || !parseEnvelope(raw)) return false;
  const wrapper = JSON.parse(raw) as Record<string, unknown>;
  return write(storage, KEPT_KEY, JSON.stringify({ ...wrapper, replacedAt: now.toISOString() })) === 'ok';
}

/** Removes the kept copy (once it has been brought back, or the person deletes everything). */
export function clearKept(storage: DraftStorage | undefined): void {
  try {
    storage?.removeItem(KEPT_KEY);
  } catch {
    // Nothing more to do: the copy stays, which loses nothing.
  }
}

/** The unreadable drafts moved aside, oldest first. */
export function readAside(storage: DraftStorage | undefined): { movedAt: string; raw: string }[] {
  return readAsideFrom(storage, ASIDE_KEY);
}

/** What was moved aside under a key, oldest first. */
export function readAsideFrom(
  storage: DraftStorage | undefined,
  asideKey: string,
): { movedAt: string; raw: string }[] {
  const raw = read(storage, asideKey);
  if (!raw) return [];
  try {
    const list: unknown = JSON.parse(raw);
    if (!Array.isArray(list)) return [];
    return list.flatMap((item) => {
      const entry = item as { movedAt?: unknown; raw?: unknown };
      return typeof entry?.raw === 'string' ? [{ movedAt: validTime(entry.movedAt), raw: entry.raw }] : [];
    });
  } catch {
    return [];
  }
}

/**
 * Moves the stored draft that could not be read aside, so that saving can go on without wiping it.
 * Only when the copy is safely stored is the draft's key emptied. Returns false when that failed,
 * in which case nothing was removed.
 */
export function moveAside(storage: DraftStorage | undefined, now: Date = new Date()): boolean {
  return moveAsideFrom(storage, STORAGE_KEY, ASIDE_KEY, now);
}

/** Moves what is stored under `key` to the list under `asideKey`; see {@link moveAside}. */
export function moveAsideFrom(
  storage: DraftStorage | undefined,
  key: string,
  asideKey: string,
  now: Date,
): boolean {
  if (!storage) return false;
  const raw = read(storage, key);
  if (raw === undefined) return false;
  if (raw === null) return true;
  const list = readAsideFrom(storage, asideKey);
  if (list.length >= MAX_ASIDE) return false;
  const stored = write(storage, asideKey, JSON.stringify([...list, { movedAt: now.toISOString(), raw }]));
  if (stored !== 'ok') return false;
  try {
    storage.removeItem(key);
    return true;
  } catch {
    return false;
  }
}

/** Forgets the unreadable drafts moved aside (after the person saved them as files). */
export function clearAside(storage: DraftStorage | undefined): void {
  try {
    storage?.removeItem(ASIDE_KEY);
  } catch {
    // The copies stay, which loses nothing.
  }
}

/** Deletes the saved draft and its kept copy. Returns false when storage could not be reached. */
export function clearSaved(storage: DraftStorage | undefined): boolean {
  try {
    storage?.removeItem(STORAGE_KEY);
    storage?.removeItem(KEPT_KEY);
    return storage !== undefined;
  } catch {
    return false;
  }
}
