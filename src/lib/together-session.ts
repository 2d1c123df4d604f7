/**
 * The session of "Agree it together": the walk (`together.ts`) kept on this
 * device as the group goes, so that a reload, a flat battery or a second tab
 * finds it at the same place. Every change is saved at once (the walk is
 * small, and a phone passed round may go flat at any moment).
 *
 * Two tabs share one walk: when the other tab saves, this one reads the walk
 * and follows it. When a save finds that the other tab saved in between, the
 * change is made again on the other tab's walk and saved, so neither tab's
 * change is lost (a walk's changes are small and independent: a decision, a
 * note, a rule added).
 *
 * A stored walk this code cannot read is moved aside, never wiped, and the
 * page starts afresh; a walk saved by a newer version is left as it is, and
 * this page then works without saving. The storage is passed in, so all of it
 * is tested in Node.
 */
import type { DraftStorage, SaveResult } from './charter/storage.ts';
import { clearWalk, loadWalk, moveWalkAside, readWalkAside, saveWalk } from './together-storage.ts';
import { reduceWalk, type Walk, type WalkAction } from './together.ts';

/** Why the walk is not being saved on this device. */
export type WalkNotSaved = 'unavailable' | 'full' | 'newer-stored' | 'too-large' | 'unreadable-stored';

/** What the screen shows about the session. */
export interface TogetherState {
  /** Whether the stored walk has been read. */
  ready: boolean;
  /** The walk, once the group has started one. */
  walk: Walk | null;
  /** A stored walk could not be read and was moved aside (`moved`), or could not be moved (`stuck`), or a newer version wrote it (`newer`). */
  unreadable: 'moved' | 'stuck' | 'newer' | null;
  /** How many unreadable walks are kept aside. */
  aside: number;
  /** Why the last save did not happen, if it did not. */
  notSaved: WalkNotSaved | null;
  /** The other tab changed the walk and this tab now shows it. */
  followed: number;
}

/** What the session needs from its surroundings. */
export interface TogetherDeps {
  /** The device's storage, or undefined when it cannot be reached. */
  storage: DraftStorage | undefined;
  /** The time now. */
  now?: () => Date;
}

/** The session of one page. Call {@link TogetherSession.start} once. */
export class TogetherSession {
  #deps: TogetherDeps;
  #state: TogetherState = {
    ready: false,
    walk: null,
    unreadable: null,
    aside: 0,
    notSaved: null,
    followed: 0,
  };
  #listeners = new Set<(state: TogetherState) => void>();
  // The revision of the stored walk this tab last read or wrote.
  #revision = 0;
  // Saving is off: the stored walk comes from a newer version, or could not be moved aside.
  #blocked: WalkNotSaved | null = null;

  constructor(deps: TogetherDeps) {
    this.#deps = deps;
  }

  /** The current state. */
  get state(): TogetherState {
    return this.#state;
  }

  /** Calls `listener` after every change; returns a function that stops it. */
  subscribe(listener: (state: TogetherState) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #set(patch: Partial<TogetherState>): void {
    this.#state = { ...this.#state, ...patch };
    for (const listener of this.#listeners) listener(this.#state);
  }

  #now(): Date {
    return this.#deps.now?.() ?? new Date();
  }

  /** Reads the walk on this device. Never rejects. */
  async start(): Promise<void> {
    const { storage } = this.#deps;
    const loaded = await loadWalk(storage);
    const patch: Partial<TogetherState> = { ready: true };
    if (loaded.status === 'ok') {
      this.#revision = loaded.revision;
      patch.walk = loaded.walk;
    } else if (loaded.status === 'unreadable') {
      if (loaded.newer) {
        this.#blocked = 'newer-stored';
        patch.unreadable = 'newer';
      } else if (moveWalkAside(storage, this.#now())) {
        this.#revision = 0;
        patch.unreadable = 'moved';
      } else {
        this.#blocked = 'unreadable-stored';
        patch.unreadable = 'stuck';
      }
    } else if (loaded.status === 'unavailable') {
      patch.notSaved = 'unavailable';
    } else if (loaded.status === 'unloadable') {
      // The stored walk is there but cannot be checked now: never write over it.
      this.#blocked = 'unavailable';
      patch.notSaved = 'unavailable';
    }
    patch.aside = readWalkAside(storage).length;
    this.#set(patch);
  }

  /** Starts a walk (a new one replaces the one on this device; the screen asks first). */
  begin(walk: Walk): void {
    this.#set({ walk });
    this.#save(walk, undefined);
  }

  /** Applies a change to the walk and saves it. */
  dispatch(action: WalkAction): void {
    const walk = this.#state.walk;
    if (!walk) return;
    const next = reduceWalk(walk, action);
    if (next === walk) return;
    this.#set({ walk: next });
    this.#save(next, action);
  }

  /** Saves; when the other tab saved in between, makes the same change on its walk and saves that. */
  #save(walk: Walk, action: WalkAction | undefined): void {
    if (this.#blocked) {
      this.#set({ notSaved: this.#blocked });
      return;
    }
    const result: SaveResult = saveWalk(this.#deps.storage, walk, this.#now(), this.#revision);
    if (result.ok) {
      this.#revision = result.revision;
      if (this.#state.notSaved) this.#set({ notSaved: null });
    } else if (result.reason === 'conflict') {
      void this.#merge(action);
    } else {
      this.#set({ notSaved: result.reason });
    }
  }

  async #merge(action: WalkAction | undefined): Promise<void> {
    const latest = await loadWalk(this.#deps.storage);
    if (latest.status !== 'ok') return;
    this.#revision = latest.revision;
    const walk = action ? reduceWalk(latest.walk, action) : (this.#state.walk ?? latest.walk);
    this.#set({ walk, followed: this.#state.followed + 1 });
    this.#save(walk, undefined);
  }

  /** The other tab wrote the walk: follow it when it is newer than what this tab has. */
  async otherTabSaved(): Promise<void> {
    const latest = await loadWalk(this.#deps.storage);
    if (latest.status === 'empty') {
      // The other tab started again: this one follows.
      this.#revision = 0;
      if (this.#state.walk) this.#set({ walk: null, followed: this.#state.followed + 1 });
      return;
    }
    if (latest.status !== 'ok' || latest.revision <= this.#revision) return;
    this.#revision = latest.revision;
    this.#set({ walk: latest.walk, followed: this.#state.followed + 1 });
  }

  /** Deletes the walk from this device, so the group can go through another draft. */
  clear(): void {
    if (!this.#blocked) clearWalk(this.#deps.storage);
    this.#revision = 0;
    this.#set({ walk: null });
  }

  /** The walks kept aside, to save as files. */
  asideWalks(): { movedAt: string; raw: string }[] {
    return readWalkAside(this.#deps.storage);
  }
}
