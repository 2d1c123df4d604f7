/**
 * The walk of "Agree it together" (`together.ts`) on this device, beside the
 * builder's draft and under the same rules (`charter/storage.ts`, whose
 * helpers this uses):
 *
 * - {@link TOGETHER_KEY}: the walk, in the draft's wrapper with `walk` in
 *   place of `draft`. The draft it carries is read like a saved draft, the rest
 *   is checked by `charter/on-demand/walk-schema.ts` (loaded only when there is
 *   a walk to read).
 * - A walk that cannot be read is moved aside to {@link TOGETHER_ASIDE_KEY}, in
 *   the same form as unreadable drafts, never wiped; a walk from a newer
 *   version is left as it is, and not written over.
 *
 * A module of its own so that the builder, which never reads a walk, does not
 * load this code.
 */
import { MAX_DRAFT_BYTES } from './charter/draft.ts';
import {
  byteLength,
  ENVELOPE_VERSION,
  fitsReadLimit,
  isNewer,
  moveAsideFrom,
  parseEnvelope,
  read,
  readAsideFrom,
  write,
  type DraftStorage,
  type SaveResult,
} from './charter/storage.ts';
import type { Walk } from './together.ts';

/** The key of the walk of "Agree it together": where the group is, and what it decided. */
export const TOGETHER_KEY = 'groundwork.together';

/** The key of the walks that could not be read, moved aside. */
export const TOGETHER_ASIDE_KEY = 'groundwork.together.unreadable';

/** A walk of "Agree it together" read from this device. */
export type WalkLoad =
  | { status: 'empty' }
  | { status: 'unavailable' }
  | { status: 'ok'; walk: Walk; savedAt: string; revision: number }
  | { status: 'unreadable'; newer: boolean; raw: string }
  | { status: 'unloadable' };

/** Reads the walk of "Agree it together", if there is one. Never rejects. */
export async function loadWalk(storage: DraftStorage | undefined): Promise<WalkLoad> {
  const raw = read(storage, TOGETHER_KEY);
  if (raw === undefined) return { status: 'unavailable' };
  if (raw === null) return { status: 'empty' };
  const envelope = parseEnvelope(raw, 'walk');
  if (!envelope) return { status: 'unreadable', newer: false, raw };
  if (envelope.version > ENVELOPE_VERSION) return { status: 'unreadable', newer: true, raw };
  let decodeWalk: typeof import('./charter/on-demand/walk-schema.ts').decodeWalk;
  try {
    ({ decodeWalk } = await import('./charter/on-demand/walk-schema.ts'));
  } catch {
    // The checks could not be loaded (offline, before they were ever stored): the walk is not
    // unreadable, only not readable now. It is left as it is.
    return { status: 'unloadable' };
  }
  const decoded = decodeWalk(envelope.content);
  if (!decoded.ok) return { status: 'unreadable', newer: decoded.newer, raw };
  return { status: 'ok', walk: decoded.walk, savedAt: envelope.savedAt, revision: envelope.revision };
}

/**
 * Saves the walk with the next revision number, under the same rules as {@link saveDraft}: never
 * over a walk this code cannot read (move it aside first) or one from a newer version, never over
 * another tab's newer save (`basedOn`), never what could not be read back.
 */
export function saveWalk(
  storage: DraftStorage | undefined,
  walk: Walk,
  now: Date = new Date(),
  basedOn?: number,
): SaveResult {
  if (!storage) return { ok: false, reason: 'unavailable' };
  const raw = read(storage, TOGETHER_KEY);
  if (raw === undefined) return { ok: false, reason: 'unavailable' };
  const existing = raw === null ? undefined : parseEnvelope(raw, 'walk');
  if (raw !== null && !existing) return { ok: false, reason: 'unreadable-stored' };
  const inner = existing?.content as { draft?: unknown } | undefined;
  if (existing && (existing.version > ENVELOPE_VERSION || isNewer({ ...existing, content: inner?.draft }))) {
    return { ok: false, reason: 'newer-stored' };
  }
  const current = existing?.revision ?? 0;
  if (basedOn !== undefined && current > basedOn) {
    return { ok: false, reason: 'conflict', revision: current };
  }
  // The walk holds a draft and, at most, a few rules more: the draft's limit, doubled, bounds it.
  const text = JSON.stringify({
    envelope: ENVELOPE_VERSION,
    savedAt: now.toISOString(),
    revision: current + 1,
    walk,
  });
  if (!fitsReadLimit(walk.draft) || byteLength(text) > MAX_DRAFT_BYTES * 2) {
    return { ok: false, reason: 'too-large' };
  }
  const outcome = write(storage, TOGETHER_KEY, text);
  return outcome === 'ok'
    ? { ok: true, savedAt: now.toISOString(), revision: current + 1 }
    : { ok: false, reason: outcome };
}

/** Moves a walk that could not be read aside, so a new one can be saved; false when that failed (nothing was removed). */
export function moveWalkAside(storage: DraftStorage | undefined, now: Date = new Date()): boolean {
  return moveAsideFrom(storage, TOGETHER_KEY, TOGETHER_ASIDE_KEY, now);
}

/** The walks that could not be read, moved aside, oldest first. */
export function readWalkAside(storage: DraftStorage | undefined): { movedAt: string; raw: string }[] {
  return readAsideFrom(storage, TOGETHER_ASIDE_KEY);
}

/** Deletes the walk (the group starts another). Returns false when storage could not be reached. */
export function clearWalk(storage: DraftStorage | undefined): boolean {
  try {
    storage?.removeItem(TOGETHER_KEY);
    return storage !== undefined;
  } catch {
    return false;
  }
}
