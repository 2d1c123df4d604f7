import { describe, expect, it } from 'vitest';
import { ruleKey } from '../../../src/lib/charter/draft.ts';
import { TOGETHER_ASIDE_KEY, TOGETHER_KEY } from '../../../src/lib/together-storage.ts';
import { TogetherSession } from '../../../src/lib/together-session.ts';
import { startWalk } from '../../../src/lib/together.ts';
import { presetDraft } from '../../support/catalogue.ts';
import { memoryStorage, type MemoryStorage } from '../../support/storage.ts';

const draft = presetDraft('en', 'community-group');
const keys = draft.rules.map(ruleKey);
const [first = '', second = '', third = ''] = keys;
const newWalk = () => startWalk(draft, keys, '2027-03-03');

/** A page: its session, started on the storage. */
async function page(storage: MemoryStorage | undefined) {
  const session = new TogetherSession({ storage, now: () => new Date('2027-03-03T18:00:00Z') });
  await session.start();
  return session;
}

describe('the walk on this device', () => {
  it('saves every change at once, and a reload finds the same place', async () => {
    const storage = memoryStorage();
    const one = await page(storage);
    expect(one.state).toMatchObject({ ready: true, walk: null, unreadable: null, notSaved: null });
    one.begin(newWalk());
    one.dispatch({ type: 'decide', key: first, decision: 'agree' });
    one.dispatch({ type: 'note', key: second, text: 'Ask Per' });
    const again = await page(storage);
    expect(again.state.walk).toEqual(one.state.walk);
    expect(again.state.walk?.at).toBe(1);
    expect(again.state.walk?.items[1]?.note).toBe('Ask Per');
  });

  it('changes nothing, and saves nothing, for a change that does nothing', async () => {
    const storage = memoryStorage();
    const one = await page(storage);
    one.begin(newWalk());
    const before = storage.map.get(TOGETHER_KEY);
    one.dispatch({ type: 'next' });
    expect(storage.map.get(TOGETHER_KEY)).toBe(before);
  });

  it('moves a walk it cannot read aside, exactly as it was, and starts afresh', async () => {
    const storage = memoryStorage();
    storage.map.set(TOGETHER_KEY, '{"envelope":1,"walk":{"items":"broken"}}');
    const one = await page(storage);
    expect(one.state).toMatchObject({ walk: null, unreadable: 'moved', aside: 1 });
    expect(storage.map.has(TOGETHER_KEY)).toBe(false);
    expect(one.asideWalks()[0]?.raw).toBe('{"envelope":1,"walk":{"items":"broken"}}');
    expect(JSON.parse(storage.map.get(TOGETHER_ASIDE_KEY) ?? '[]')).toHaveLength(1);
    one.begin(newWalk());
    expect((await page(storage)).state.walk?.items).toHaveLength(keys.length);
  });

  it('leaves a walk from a newer version as it is, and works without saving', async () => {
    const storage = memoryStorage();
    const newer = '{"envelope":2,"walk":{}}';
    storage.map.set(TOGETHER_KEY, newer);
    const one = await page(storage);
    expect(one.state.unreadable).toBe('newer');
    one.begin(newWalk());
    one.dispatch({ type: 'decide', key: first, decision: 'agree' });
    expect(one.state.walk?.at).toBe(1);
    expect(one.state.notSaved).toBe('newer-stored');
    one.clear();
    expect(storage.map.get(TOGETHER_KEY)).toBe(newer);
  });

  it('keeps a walk it cannot move aside, and does not write over it', async () => {
    const storage = memoryStorage();
    storage.map.set(TOGETHER_ASIDE_KEY, JSON.stringify([1, 2, 3].map((n) => ({ movedAt: '', raw: `${n}` }))));
    storage.map.set(TOGETHER_KEY, 'not json');
    const one = await page(storage);
    expect(one.state.unreadable).toBe('stuck');
    one.begin(newWalk());
    expect(one.state.notSaved).toBe('unreadable-stored');
    expect(storage.map.get(TOGETHER_KEY)).toBe('not json');
  });

  it('says when the device does not let it save, and keeps working', async () => {
    const full = memoryStorage();
    const one = await page(full);
    full.fail = 'quota';
    one.begin(newWalk());
    expect(one.state.notSaved).toBe('full');
    one.dispatch({ type: 'decide', key: first, decision: 'later' });
    expect(one.state.walk?.items[0]?.decision).toBe('later');
    full.fail = undefined;
    one.dispatch({ type: 'decide', key: second, decision: 'agree' });
    expect(one.state.notSaved).toBeNull();
    const none = await page(undefined);
    expect(none.state.notSaved).toBe('unavailable');
  });
});

describe('two tabs', () => {
  it('follows the other tab’s walk', async () => {
    const storage = memoryStorage();
    const a = await page(storage);
    const b = await page(storage);
    a.begin(newWalk());
    await b.otherTabSaved();
    expect(b.state.walk?.at).toBe(0);
    a.dispatch({ type: 'decide', key: first, decision: 'agree' });
    await b.otherTabSaved();
    expect(b.state.walk?.at).toBe(1);
    expect(b.state.followed).toBe(2);
    // The other tab starts again: this one follows.
    a.clear();
    await b.otherTabSaved();
    expect(b.state.walk).toBeNull();
  });

  it('makes a change again on the other tab’s newer walk, so neither change is lost', async () => {
    const storage = memoryStorage();
    const a = await page(storage);
    a.begin(newWalk());
    const b = await page(storage);
    // Tab A decides; before tab B hears of it, B writes a note.
    a.dispatch({ type: 'decide', key: first, decision: 'agree' });
    b.dispatch({ type: 'note', key: third, text: 'From tab B' });
    // The save finds A's newer walk, makes the note again on it and saves that.
    await expect.poll(() => b.state.walk?.items[0]?.decision).toBe('agree');
    expect(b.state.walk?.items[2]?.note).toBe('From tab B');
    const reloaded = await page(storage);
    expect(reloaded.state.walk?.items[0]?.decision).toBe('agree');
    expect(reloaded.state.walk?.items[2]?.note).toBe('From tab B');
  });
});
