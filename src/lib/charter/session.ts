/**
 * The builder's session: the draft the person is working on, where they are,
 * and everything that decides what happens to it on this device. Autosave and
 * revisions, the two-tab conflict, undo, the kept copy of a replaced draft,
 * unreadable saved drafts, and drafts that come in from a file or a link all
 * live here as plain logic, with the storage passed in, so they are tested
 * like tables in Node. The island holds a small hook and the screen.
 *
 * The promise: nothing the person typed is lost.
 * - The builder never writes over a saved draft it cannot read: that is moved
 *   aside first (`storage.ts`), the person is told and can save it as a file.
 * - It never writes a draft it could not read back (too large), and says so.
 * - Replacing the draft (a preset, a blank charter, a file, a link) keeps the
 *   replaced one: undo while the page is open, and a kept copy on the device
 *   that can be brought back after a reload.
 * - Another tab's newer save is never written over without asking.
 * - When storage is full, blocked or throws, the builder says so once, keeps
 *   the draft in memory and offers the file.
 *
 * The session speaks in message keys (`builder.…`), never in sentences, so
 * the island translates them in the page's language.
 */
import { reduce, type Action } from './actions.ts';
import type { Catalogue } from './catalogue.ts';
import { blankDraft, STEPS, type CharterLang, type Draft, type Step } from './draft.ts';
import type { DecodeError, DraftIssue } from './on-demand/codec.ts';
import type { ShareFailure } from './on-demand/share.ts';
import {
  clearAside,
  clearSaved,
  keepCopy,
  keepStored,
  loadKept,
  loadSaved,
  moveAside,
  readAside,
  saveDraft,
  type DraftStorage,
  type LoadResult,
  type StoredDraft,
} from './storage.ts';

/** A message for the person, as a key of the interface strings and its values. */
export interface Notice {
  /** The message's key. */
  key: string;
  /** Values for its placeholders. */
  vars?: Record<string, string | number>;
  /** Whether an Undo button goes with it. */
  undo?: boolean;
  /** A second message said after it, such as "Your previous draft is kept." */
  also?: string;
  /** The parts of a draft that were not what the builder expects, for the `{issues}` of the message. */
  issues?: DraftIssue[];
}

/** Why the draft is not being saved on this device. */
export type NotSaved = 'unavailable' | 'full' | 'newer-stored' | 'too-large' | 'unreadable-stored';

/** Where a draft came from, when it replaces the current one (`together`: what the group agreed in "Agree it together"). */
export type Source = 'preset' | 'blank' | 'resume' | 'file' | 'link' | 'kept' | 'together';

/** The state of the session, as the screen shows it. */
export interface SessionState {
  /** Whether the saved draft has been read (until then only the start step works). */
  ready: boolean;
  /** The draft. */
  draft: Draft;
  /** Whether the person has started a draft (chosen how to begin). */
  started: boolean;
  /** The step on screen. */
  step: Step;
  /** The step to go back to after fixing something the review step pointed to. */
  returnTo: Step | null;
  /** The draft saved on this device, offered on the start step. */
  saved: StoredDraft | null;
  /** The kept copy of the last replaced draft, offered on the start step. */
  kept: (StoredDraft & { replacedAt: string }) | null;
  /** How many unreadable saved drafts are kept aside, so the person can save them as files. */
  aside: number;
  /** Another tab saved a newer revision: its number. */
  conflict: number | null;
  /** The draft before the last replacement, while the page is open. */
  undo: { draft: Draft; started: boolean; step: Step } | null;
  /** The latest message. */
  notice: Notice | null;
  /** A draft from a share link, waiting for the person to open it or not. */
  incoming: Draft | null;
  /** The last save: when it happened, or why there was none. */
  save: { ok: true; at: string } | { ok: false; reason: NotSaved } | null;
}

/** What the session needs from its surroundings. */
export interface SessionDeps {
  /** The device's storage, or undefined when it cannot be reached. */
  storage: DraftStorage | undefined;
  /** The rule catalogue, for changes to the draft. */
  catalogue: Catalogue;
  /** The language new drafts are written in. */
  lang: CharterLang;
  /** The time now. */
  now?: () => Date;
}

/** Whether a value is one of the builder's steps. */
export function isStep(value: unknown): value is Step {
  return typeof value === 'string' && (STEPS as readonly string[]).includes(value);
}

/** The builder's session. Call {@link Session.start} once; subscribe to hear of every change. */
export class Session {
  #state: SessionState;
  #deps: SessionDeps;
  #listeners = new Set<(state: SessionState) => void>();
  // The revision of the saved draft this tab last read or wrote, to spot saves from other tabs.
  #revision = 0;
  // The draft as read from this device or just saved: no need to write it again.
  #unchanged: Draft | null = null;
  // The draft saved on this device, as this tab last read or wrote it.
  #onDevice: StoredDraft | null = null;
  // The draft was replaced: before the next save writes over the one on the device, keep a copy of it.
  #keepBeforeWrite = false;

  constructor(deps: SessionDeps) {
    this.#deps = deps;
    this.#state = {
      ready: false,
      draft: blankDraft(deps.lang),
      started: false,
      step: 'start',
      returnTo: null,
      saved: null,
      kept: null,
      aside: 0,
      conflict: null,
      undo: null,
      notice: null,
      incoming: null,
      save: null,
    };
  }

  /** The current state. */
  get state(): SessionState {
    return this.#state;
  }

  /** Calls `listener` after every change; returns a function that stops it. */
  subscribe(listener: (state: SessionState) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #set(patch: Partial<SessionState>): void {
    this.#state = { ...this.#state, ...patch };
    for (const listener of this.#listeners) listener(this.#state);
  }

  #now(): Date {
    return this.#deps.now?.() ?? new Date();
  }

  /**
   * Reads what is on this device. With `resumeAt` (the step in the address after a reload), the saved
   * draft opens at that step; otherwise the start step offers it. An unreadable saved draft is moved
   * aside, so that saving works again. Never rejects.
   */
  async start(resumeAt?: Step): Promise<void> {
    const { storage } = this.#deps;
    const [loaded, kept] = await Promise.all([loadSaved(storage), loadKept(storage)]);
    const patch: Partial<SessionState> = { ready: true, kept: kept ?? null };
    const notices: Notice[] = [];
    if (loaded.status === 'ok') {
      this.#onDevice = loaded;
      this.#revision = loaded.revision;
      patch.saved = loaded;
      // Someone who already chose how to start while the saved draft was read keeps their choice.
      if (resumeAt && resumeAt !== 'start' && !this.#state.started) {
        this.#unchanged = loaded.draft;
        Object.assign(patch, { draft: loaded.draft, started: true, step: resumeAt });
        if (loaded.migratedFrom) notices.push({ key: 'builder.status.migrated' });
      }
    } else if (loaded.status === 'unreadable') {
      notices.push(this.#setAside(loaded));
    } else if (loaded.status === 'unavailable') {
      patch.save = { ok: false, reason: 'unavailable' };
    }
    patch.aside = readAside(storage).length;
    if (notices[0]) patch.notice = notices[0];
    this.#set(patch);
  }

  /** A catalogue rule's title in the page's language, to name it in a message. */
  #ruleTitle(id: string): string {
    return this.#deps.catalogue.byId.get(id)?.title[this.#deps.lang] ?? id;
  }

  /** Moves an unreadable saved draft aside, and says what happened (and, when it can, why). */
  #setAside(loaded: Extract<LoadResult, { status: 'unreadable' }>): Notice {
    if (loaded.error.kind === 'newer') {
      // A newer builder's draft is left where it is: the newer builder can read it.
      this.#set({ save: { ok: false, reason: 'newer-stored' } });
      return { key: 'builder.status.savedNewer' };
    }
    const moved = moveAside(this.#deps.storage, this.#now());
    if (!moved) {
      this.#set({ save: { ok: false, reason: 'unreadable-stored' } });
      return { key: 'builder.status.savedUnreadableStuck' };
    }
    this.#revision = 0;
    return this.#asideNotice(loaded.error);
  }

  /**
   * What to say about a saved draft kept aside: what was wrong with it, when that is one thing a
   * person can follow (a rule listed twice, no version); otherwise that it could not be read.
   */
  #asideNotice(error: DecodeError): Notice {
    if (error.kind === 'twin-rule')
      return { key: 'builder.status.savedTwinRule', vars: { rule: this.#ruleTitle(error.id) } };
    if (error.kind === 'no-version') return { key: 'builder.status.savedNoVersion' };
    return { key: 'builder.status.savedUnreadable' };
  }

  /** Applies a change to the draft. */
  edit(action: Action): void {
    this.#set({ draft: reduce(this.#state.draft, action, this.#deps.catalogue) });
  }

  /** Moves to a step. With `returnTo`, the step shows a way back there (used by the review step's fixes). */
  go(step: Step, returnTo: Step | null = null): void {
    this.#set({ step: this.#state.started || step === 'start' ? step : 'start', returnTo });
  }

  /**
   * Saves the draft when it changed since it was read or saved. The island calls this a moment after
   * each change and when the page is hidden.
   */
  save(): void {
    const s = this.#state;
    if (!s.started || s.draft === this.#unchanged || s.conflict !== null) return;
    const { storage } = this.#deps;
    // The person replaced the draft: keep a copy of the one on the device before writing over it.
    if (this.#keepBeforeWrite && this.#onDevice) {
      if (keepCopy(storage, this.#onDevice, this.#now())) {
        this.#set({ kept: { ...this.#onDevice, replacedAt: this.#now().toISOString() } });
      }
    }
    this.#keepBeforeWrite = false;
    let result = saveDraft(storage, s.draft, this.#now(), this.#revision);
    if (!result.ok && result.reason === 'unreadable-stored') {
      // Something unreadable was written since the page opened: move it aside, then save.
      if (moveAside(storage, this.#now())) {
        this.#revision = 0;
        this.#set({ aside: readAside(storage).length, notice: { key: 'builder.status.savedUnreadable' } });
        result = saveDraft(storage, s.draft, this.#now(), this.#revision);
      }
    }
    if (result.ok) {
      this.#revision = result.revision;
      this.#unchanged = s.draft;
      this.#onDevice = { draft: s.draft, savedAt: result.savedAt, revision: result.revision };
      this.#set({ save: { ok: true, at: result.savedAt } });
    } else if (result.reason === 'conflict') {
      this.#set({ conflict: result.revision });
    } else {
      this.#set({ save: { ok: false, reason: result.reason } });
    }
  }

  /**
   * Starts working on another draft: from a preset, a blank charter, the saved draft, a kept copy, a
   * file or a link. The current draft can be brought back with {@link undo} while the page is open,
   * and the one saved on the device is kept (see {@link save}).
   */
  replace(draft: Draft, source: Source, to: Step, about: { file?: string; migrated?: boolean } = {}): void {
    const s = this.#state;
    const undo = s.started ? { draft: s.draft, started: s.started, step: s.step } : null;
    // The saved draft, resumed, is the one on the device: nothing to write, nothing to keep.
    this.#unchanged = source === 'resume' ? draft : null;
    const replacesOne = source !== 'resume' && (s.started || this.#onDevice !== null);
    this.#keepBeforeWrite = replacesOne;
    const keys: Record<Source, string | null> = {
      file: 'builder.file.opened',
      link: 'builder.share.opened',
      kept: 'builder.kept.restored',
      together: null,
      resume: null,
      preset: s.started ? 'builder.manage.restarted' : null,
      blank: s.started ? 'builder.manage.restarted' : null,
    };
    const key = keys[source];
    const also = about.migrated
      ? 'builder.status.migrated'
      : replacesOne
        ? 'builder.replace.kept'
        : undefined;
    this.#set({
      draft,
      started: true,
      step: to,
      returnTo: null,
      undo,
      incoming: null,
      notice: key
        ? {
            key,
            ...(about.file !== undefined ? { vars: { file: about.file } } : {}),
            undo: undo !== null,
            ...(also ? { also } : {}),
          }
        : also
          ? { key: also, undo: undo !== null }
          : null,
    });
    // The kept copy stays on the device until the draft that replaces it is saved: then the save keeps
    // the draft it writes over in its place, so nothing is only in memory.
    if (source === 'kept') this.#set({ kept: null });
  }

  /** Brings back the draft from before the last replacement. */
  undo(): void {
    const undo = this.#state.undo;
    if (!undo) return;
    // The draft comes back, so it must be saved again even if it was the one read from this device.
    this.#unchanged = null;
    this.#set({ ...undo, undo: null, returnTo: null, notice: { key: 'builder.manage.undone' } });
  }

  /** Brings back the kept copy of the last replaced draft. */
  restoreKept(): void {
    const kept = this.#state.kept;
    if (kept) this.replace(kept.draft, 'kept', 'review');
  }

  /** Starts over, or deletes the draft from the device; undo works while the page is open. */
  reset(kind: 'start-over' | 'delete'): void {
    const s = this.#state;
    const { storage, lang } = this.#deps;
    clearSaved(storage);
    if (kind === 'delete') clearAside(storage);
    this.#revision = 0;
    this.#unchanged = null;
    this.#onDevice = null;
    this.#keepBeforeWrite = false;
    this.#set({
      undo: { draft: s.draft, started: s.started, step: s.step },
      saved: null,
      kept: null,
      aside: kind === 'delete' ? 0 : s.aside,
      draft: blankDraft(lang),
      started: false,
      step: 'start',
      returnTo: null,
      save: null,
      notice: { key: kind === 'delete' ? 'builder.manage.deleted' : 'builder.manage.restarted', undo: true },
    });
  }

  /** Another tab wrote the saved draft: read it, and stop saving here if it is newer than ours. */
  async otherTabSaved(): Promise<void> {
    const latest = await loadSaved(this.#deps.storage);
    if (latest.status !== 'ok') return;
    if (!this.#state.started) {
      this.#onDevice = latest;
      this.#revision = latest.revision;
      this.#set({ saved: latest });
    } else if (latest.revision > this.#revision) {
      this.#set({ conflict: latest.revision });
    }
  }

  /** Two tabs: take the other tab's newer draft here (this one can be brought back with Undo). */
  async loadNewer(): Promise<void> {
    const latest = await loadSaved(this.#deps.storage);
    if (latest.status !== 'ok') return;
    const s = this.#state;
    this.#revision = latest.revision;
    this.#unchanged = latest.draft;
    this.#onDevice = latest;
    this.#set({
      undo: { draft: s.draft, started: s.started, step: s.step },
      draft: latest.draft,
      conflict: null,
      notice: { key: 'builder.tabs.loaded', undo: true },
    });
  }

  /** Two tabs: keep this tab's draft, saving it over the other tab's (an explicit choice). */
  keepMine(): void {
    const s = this.#state;
    const { storage } = this.#deps;
    // The draft written over is the other tab's: keep a copy, so it can be brought back from the start
    // step (the other tab may already have moved on from it, and then it is nowhere else).
    if (s.conflict !== null && keepStored(storage, this.#now())) {
      void loadKept(storage).then((kept) => kept && this.#set({ kept }));
    }
    const result = saveDraft(storage, s.draft, this.#now(), s.conflict ?? this.#revision);
    if (result.ok) {
      this.#revision = result.revision;
      this.#unchanged = s.draft;
      this.#set({
        conflict: null,
        save: { ok: true, at: result.savedAt },
        notice: { key: 'builder.tabs.kept' },
      });
    } else {
      this.#set({
        conflict: null,
        save: result.reason === 'conflict' ? null : { ok: false, reason: result.reason },
      });
    }
  }

  /** A share link brought a draft: hold it until the person decides. */
  receive(draft: Draft): void {
    this.#set({ incoming: draft });
  }

  /** Opens the draft from the link. */
  openIncoming(): void {
    const incoming = this.#state.incoming;
    if (incoming) this.replace(incoming, 'link', 'review');
  }

  /** Leaves the draft from the link unopened. */
  ignoreIncoming(): void {
    this.#set({ incoming: null });
  }

  /** A share link could not be opened: say why, naming a twin rule or the parts that are wrong. Nothing else changes. */
  linkRefused(failure: ShareFailure): void {
    const key = `builder.share.${failure.reason}`;
    if (failure.reason === 'twin-rule') this.tell({ key, vars: { rule: this.#ruleTitle(failure.id) } });
    else if (failure.reason === 'invalid') this.tell({ key, issues: failure.issues });
    else this.tell({ key });
  }

  /** Shows a message. */
  tell(notice: Notice | null): void {
    this.#set({ notice });
  }

  /** The unreadable drafts kept aside, to save as files. */
  asideDrafts(): { movedAt: string; raw: string }[] {
    return readAside(this.#deps.storage);
  }

  /** Forgets the unreadable drafts kept aside, after the person saved them. */
  clearAside(): void {
    clearAside(this.#deps.storage);
    this.#set({ aside: 0 });
  }
}
