import { afterEach, describe, expect, it, vi } from 'vitest';
import { draftFromPreset } from '../../../../src/lib/charter/actions.ts';
import {
  ASIDE_KEY,
  browserStorage,
  clearSaved,
  fitsReadLimit,
  has,
  keepCopy,
  KEPT_KEY,
  loadKept,
  loadSaved,
  MAX_ASIDE,
  moveAside,
  readAside,
  saveDraft,
  STORAGE_KEY,
} from '../../../../src/lib/charter/storage.ts';
import { loadCatalogue, preset } from '../../../support/catalogue.ts';
import { memoryStorage } from '../../../support/storage.ts';

const catalogue = loadCatalogue();
const draft = draftFromPreset(preset('online-group'), catalogue, 'nb', 'draft-one');
const wrapper = (extra: Record<string, unknown>) =>
  JSON.stringify({ envelope: 1, savedAt: '', revision: 3, draft, ...extra });

describe("reaching the browser's storage", () => {
  afterEach(() => vi.unstubAllGlobals());

  it('gives the storage the page has', () => {
    const storage = memoryStorage();
    vi.stubGlobal('window', { localStorage: storage });
    expect(browserStorage()).toBe(storage);
  });

  it('gives none when reaching it throws, or there is no window', () => {
    vi.stubGlobal('window', {
      get localStorage(): Storage {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    expect(browserStorage()).toBeUndefined();
    vi.unstubAllGlobals();
    expect(browserStorage()).toBeUndefined();
  });

  it.each([
    ['a saved value', memoryStorage(), true],
    ['nothing saved', memoryStorage(), false],
    ['storage that throws on reading', memoryStorage('read'), false],
    ['no storage', undefined, false],
  ] as const)('says whether something is saved: %s', (_, storage, expected) => {
    if (expected) storage?.setItem(STORAGE_KEY, '{}');
    expect(has(storage, STORAGE_KEY)).toBe(expected);
  });
});

describe('saving and reading the draft', () => {
  it('saves and loads a draft, counting revisions', async () => {
    const storage = memoryStorage();
    expect(await loadSaved(storage)).toEqual({ status: 'empty' });
    const first = saveDraft(storage, draft, new Date('2026-11-26T14:02:00Z'));
    expect(first).toEqual({ ok: true, savedAt: '2026-11-26T14:02:00.000Z', revision: 1 });
    expect(saveDraft(storage, draft)).toMatchObject({ ok: true, revision: 2 });
    expect(await loadSaved(storage)).toMatchObject({ status: 'ok', draft, revision: 2 });
  });

  it.each([
    ['read', { status: 'unavailable' }],
    ['write', { status: 'empty' }],
  ] as const)('reports storage that throws on %s', async (fail, loaded) => {
    const storage = memoryStorage(fail);
    expect(await loadSaved(storage)).toEqual(loaded);
    expect(saveDraft(storage, draft)).toEqual({ ok: false, reason: 'unavailable' });
  });

  it('reports full storage, and no storage at all', async () => {
    expect(saveDraft(memoryStorage('quota'), draft)).toEqual({ ok: false, reason: 'full' });
    expect(await loadSaved(undefined)).toEqual({ status: 'unavailable' });
    expect(saveDraft(undefined, draft)).toEqual({ ok: false, reason: 'unavailable' });
    expect(clearSaved(undefined)).toBe(false);
  });

  it.each([
    [
      'a draft from a newer version',
      wrapper({ draft: { ...draft, schemaVersion: 99 } }),
      { kind: 'newer', version: 99 },
    ],
    ['a wrapper from a newer version', wrapper({ envelope: 2 }), { kind: 'newer', version: 2 }],
  ])('refuses, and never overwrites, %s', async (_name, stored, error) => {
    const storage = memoryStorage();
    storage.map.set(STORAGE_KEY, stored);
    expect(await loadSaved(storage)).toEqual({ status: 'unreadable', error, raw: stored });
    expect(saveDraft(storage, draft)).toEqual({ ok: false, reason: 'newer-stored' });
    expect(storage.map.get(STORAGE_KEY)).toBe(stored);
  });

  it.each([
    ['not JSON', '{not json'],
    ['not an object', '[1,2,3]'],
    ['no wrapper version', JSON.stringify({ draft })],
    ['a wrapper version that is text', JSON.stringify({ envelope: '1', draft })],
  ])('reports a saved value that is %s as unreadable, and never saves over it', async (_name, stored) => {
    const storage = memoryStorage();
    storage.map.set(STORAGE_KEY, stored);
    expect(await loadSaved(storage)).toEqual({
      status: 'unreadable',
      error: { kind: 'damaged' },
      raw: stored,
    });
    expect(saveDraft(storage, draft)).toEqual({ ok: false, reason: 'unreadable-stored' });
    expect(storage.map.get(STORAGE_KEY)).toBe(stored);
  });

  it('reads a draft with wrong fields as unreadable (saving over it is the session’s decision, after moving it aside)', async () => {
    const storage = memoryStorage();
    const stored = wrapper({ draft: { ...draft, group: { ...draft.group, size: 'many' } } });
    storage.map.set(STORAGE_KEY, stored);
    const loaded = await loadSaved(storage);
    expect(loaded).toMatchObject({ status: 'unreadable', error: { kind: 'invalid' }, raw: stored });
  });

  it.each([
    ['not a date', 'yesterday', ''],
    ['a number', 12, ''],
    ['an ISO time', '2026-11-26T14:02:00.000Z', '2026-11-26T14:02:00.000Z'],
    ['a time in another form', '2026-11-26T15:02:00+01:00', '2026-11-26T14:02:00.000Z'],
  ])('reads a saved-at time that is %s as %j', async (_name, savedAt, expected) => {
    const storage = memoryStorage();
    storage.map.set(STORAGE_KEY, wrapper({ savedAt }));
    expect(await loadSaved(storage)).toMatchObject({ status: 'ok', savedAt: expected });
  });

  it('refuses a draft too large to read back, and leaves the saved one', () => {
    const storage = memoryStorage();
    saveDraft(storage, draft);
    const before = storage.map.get(STORAGE_KEY);
    // The builder's changes cannot make a draft this large (fields have hard caps); a draft from elsewhere could.
    const huge = { ...draft, members: Array.from({ length: 300 }, () => 'x'.repeat(2000)) };
    expect(fitsReadLimit(huge)).toBe(false);
    expect(saveDraft(storage, huge)).toEqual({ ok: false, reason: 'too-large' });
    expect(storage.map.get(STORAGE_KEY)).toBe(before);
  });

  it('refuses to write over a revision newer than the one this tab knows', async () => {
    const storage = memoryStorage();
    const a = saveDraft(storage, draft);
    expect(a).toMatchObject({ ok: true, revision: 1 });
    // Another tab saves on top.
    expect(saveDraft(storage, draft, new Date(), 1)).toMatchObject({ ok: true, revision: 2 });
    // This tab, still at revision 1, is refused.
    expect(saveDraft(storage, draft, new Date(), 1)).toEqual({ ok: false, reason: 'conflict', revision: 2 });
    expect(await loadSaved(storage)).toMatchObject({ status: 'ok', revision: 2 });
  });
});

describe('the kept copy and the drafts kept aside', () => {
  it('keeps a copy of a replaced draft and reads it back', async () => {
    const storage = memoryStorage();
    expect(
      keepCopy(
        storage,
        { draft, savedAt: '2026-11-26T14:02:00.000Z', revision: 4 },
        new Date('2026-11-27T10:00:00Z'),
      ),
    ).toBe(true);
    expect(await loadKept(storage)).toMatchObject({
      draft,
      revision: 4,
      replacedAt: '2026-11-27T10:00:00.000Z',
    });
    expect(keepCopy(memoryStorage('quota'), { draft, savedAt: '', revision: 1 })).toBe(false);
    expect(await loadKept(memoryStorage())).toBeUndefined();
  });

  it('moves an unreadable draft aside before its key is emptied, and keeps it exactly', () => {
    const storage = memoryStorage();
    storage.map.set(STORAGE_KEY, '{not json');
    expect(moveAside(storage, new Date('2026-11-27T10:00:00Z'))).toBe(true);
    expect(storage.map.has(STORAGE_KEY)).toBe(false);
    expect(readAside(storage)).toEqual([{ movedAt: '2026-11-27T10:00:00.000Z', raw: '{not json' }]);
  });

  it('never empties the key when the copy cannot be stored', () => {
    const storage = memoryStorage();
    storage.map.set(STORAGE_KEY, 'x'.repeat(100));
    storage.quota = 150;
    expect(moveAside(storage)).toBe(false);
    expect(storage.map.get(STORAGE_KEY)).toBe('x'.repeat(100));
  });

  it(`keeps at most ${MAX_ASIDE} aside, and then refuses rather than dropping one`, () => {
    const storage = memoryStorage();
    for (let i = 0; i < MAX_ASIDE; i += 1) {
      storage.map.set(STORAGE_KEY, `bad ${i}`);
      expect(moveAside(storage)).toBe(true);
    }
    storage.map.set(STORAGE_KEY, 'one more');
    expect(moveAside(storage)).toBe(false);
    expect(storage.map.get(STORAGE_KEY)).toBe('one more');
    expect(readAside(storage).map((d) => d.raw)).toEqual(['bad 0', 'bad 1', 'bad 2']);
  });

  it('reads a damaged list aside as empty rather than failing', () => {
    const storage = memoryStorage();
    storage.map.set(ASIDE_KEY, 'garbage');
    expect(readAside(storage)).toEqual([]);
  });

  it('deleting the draft deletes its kept copy too', () => {
    const storage = memoryStorage();
    saveDraft(storage, draft);
    keepCopy(storage, { draft, savedAt: '', revision: 1 });
    expect(clearSaved(storage)).toBe(true);
    expect(storage.map.has(STORAGE_KEY)).toBe(false);
    expect(storage.map.has(KEPT_KEY)).toBe(false);
  });
});
