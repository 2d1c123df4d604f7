import { describe, expect, it, vi } from 'vitest';
import { draftFromPreset } from '../../../src/lib/charter/actions.ts';
import { ruleKey, SCHEMA_VERSION } from '../../../src/lib/charter/draft.ts';
import { loadSaved, saveDraft } from '../../../src/lib/charter/storage.ts';
import { clearWalk, loadWalk, saveWalk, TOGETHER_KEY } from '../../../src/lib/together-storage.ts';
import { startWalk } from '../../../src/lib/together.ts';
import { loadCatalogue, preset } from '../../support/catalogue.ts';
import { memoryStorage } from '../../support/storage.ts';

const catalogue = loadCatalogue();
const draft = draftFromPreset(preset('online-group'), catalogue, 'nb', 'draft-one');

describe('saving and reading the walk of "Agree it together"', () => {
  const walk = startWalk(draft, draft.rules.map(ruleKey), '2027-03-03');

  it('saves and loads the walk beside the draft, counting its own revisions', async () => {
    const storage = memoryStorage();
    expect(await loadWalk(storage)).toEqual({ status: 'empty' });
    saveDraft(storage, draft);
    expect(saveWalk(storage, walk, new Date('2027-03-03T18:00:00Z'))).toEqual({
      ok: true,
      savedAt: '2027-03-03T18:00:00.000Z',
      revision: 1,
    });
    expect(await loadWalk(storage)).toEqual({
      status: 'ok',
      walk,
      savedAt: '2027-03-03T18:00:00.000Z',
      revision: 1,
    });
    // The builder's draft is untouched.
    expect(await loadSaved(storage)).toMatchObject({ status: 'ok', revision: 1 });
    expect(clearWalk(storage)).toBe(true);
    expect(await loadWalk(storage)).toEqual({ status: 'empty' });
    expect(await loadWalk(undefined)).toEqual({ status: 'unavailable' });
  });

  it('refuses to write over another tab’s newer save, a newer version’s walk, or one it cannot read', () => {
    const storage = memoryStorage();
    saveWalk(storage, walk);
    saveWalk(storage, walk);
    expect(saveWalk(storage, walk, new Date(), 1)).toEqual({ ok: false, reason: 'conflict', revision: 2 });
    const newerDraft = JSON.stringify({
      envelope: 1,
      revision: 1,
      walk: { ...walk, draft: { ...draft, schemaVersion: SCHEMA_VERSION + 1 } },
    });
    storage.map.set(TOGETHER_KEY, newerDraft);
    expect(saveWalk(storage, walk)).toEqual({ ok: false, reason: 'newer-stored' });
    storage.map.set(TOGETHER_KEY, '{"envelope":2}');
    expect(saveWalk(storage, walk)).toEqual({ ok: false, reason: 'newer-stored' });
    storage.map.set(TOGETHER_KEY, 'garbage');
    expect(saveWalk(storage, walk)).toEqual({ ok: false, reason: 'unreadable-stored' });
    expect(storage.map.get(TOGETHER_KEY)).toBe('garbage');
  });

  it.each([
    ['damaged text', 'garbage', false],
    ['a newer wrapper', '{"envelope":2,"walk":{}}', true],
    ['a walk that does not check out', '{"envelope":1,"walk":{"items":1}}', false],
  ])('reports %s as unreadable, with the text as it was', async (_name, raw, newer) => {
    const storage = memoryStorage();
    storage.map.set(TOGETHER_KEY, raw);
    expect(await loadWalk(storage)).toEqual({ status: 'unreadable', newer, raw });
  });

  it('never saves a walk too large to read back', () => {
    const big = { ...walk, draft: { ...draft, whenBroken: 'x'.repeat(600_000) } };
    expect(saveWalk(memoryStorage(), big)).toEqual({ ok: false, reason: 'too-large' });
  });
});

describe('a walk whose checks cannot load (offline, before they were ever stored)', () => {
  const walk = startWalk(draft, draft.rules.map(ruleKey), '2027-03-03');
  const schema = '../../../src/lib/charter/on-demand/walk-schema.ts';

  it('is left as it is, and the session never writes over it', async () => {
    const storage = memoryStorage();
    saveWalk(storage, walk);
    const before = storage.map.get(TOGETHER_KEY);
    vi.resetModules();
    vi.doMock(schema, () => {
      throw new Error('offline');
    });
    try {
      const fresh = await import('../../../src/lib/together-storage.ts');
      expect(await fresh.loadWalk(storage)).toEqual({ status: 'unloadable' });
      const { TogetherSession } = await import('../../../src/lib/together-session.ts');
      const session = new TogetherSession({ storage });
      await session.start();
      expect(session.state).toMatchObject({ ready: true, walk: null, notSaved: 'unavailable' });
      session.begin(walk);
      expect(storage.map.get(TOGETHER_KEY)).toBe(before);
    } finally {
      vi.doUnmock(schema);
      vi.resetModules();
    }
  });
});
