import { describe, expect, it } from 'vitest';
import { draftFromPreset } from '../../../../src/lib/charter/actions.ts';
import { blankDraft, type Draft } from '../../../../src/lib/charter/draft.ts';
import { clearSaved, ENVELOPE_VERSION, loadSaved, saveDraft, STORAGE_KEY, type DraftStorage } from '../../../../src/lib/charter/storage.ts';
import { memoryStorage } from '../../../support/storage.ts';
import { loadCatalogue, preset } from '../../../support/catalogue.ts';

const catalogue = loadCatalogue();

describe('storage', () => {
  const draft = draftFromPreset(preset('online-group'), catalogue, 'nb');

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

  it('reports full storage', () => {
    expect(saveDraft(memoryStorage('quota'), draft)).toEqual({ ok: false, reason: 'full' });
  });

  it('reports no storage at all', async () => {
    expect(await loadSaved(undefined)).toEqual({ status: 'unavailable' });
    expect(saveDraft(undefined, draft)).toEqual({ ok: false, reason: 'unavailable' });
    expect(clearSaved(undefined)).toBe(false);
  });

  it('refuses, and never overwrites, a draft saved by a newer version', async () => {
    const storage = memoryStorage();
    const newer = JSON.stringify({
      envelope: 1,
      savedAt: '',
      revision: 3,
      draft: { ...draft, schemaVersion: 99 },
    });
    storage.map.set(STORAGE_KEY, newer);
    expect(await loadSaved(storage)).toEqual({ status: 'unreadable', error: { kind: 'newer', version: 99 } });
    expect(saveDraft(storage, draft)).toEqual({ ok: false, reason: 'newer-stored' });
    expect(storage.map.get(STORAGE_KEY)).toBe(newer);
  });

  it('refuses, and never overwrites, a wrapper written by a newer version', async () => {
    const storage = memoryStorage();
    const newer = JSON.stringify({ envelope: 2, savedAt: '', revision: 7, draft });
    storage.map.set(STORAGE_KEY, newer);
    expect(await loadSaved(storage)).toEqual({ status: 'unreadable', error: { kind: 'newer', version: 2 } });
    expect(saveDraft(storage, draft)).toEqual({ ok: false, reason: 'newer-stored' });
    expect(storage.map.get(STORAGE_KEY)).toBe(newer);
  });

  it('saves over a damaged value, and keeps counting revisions from a readable wrapper', async () => {
    const storage = memoryStorage();
    storage.map.set(STORAGE_KEY, '{oops');
    expect(saveDraft(storage, draft)).toMatchObject({ ok: true, revision: 1 });
    storage.map.set(STORAGE_KEY, JSON.stringify({ envelope: 1, revision: 4, draft: { app: 'other' } }));
    expect(saveDraft(storage, draft)).toMatchObject({ ok: true, revision: 5 });
    expect(await loadSaved(storage)).toMatchObject({ status: 'ok', draft, revision: 5 });
  });

  it.each([
    ['not JSON', '{oops'],
    ['not an object', '42'],
    [
      'a draft with wrong fields',
      JSON.stringify({ envelope: 1, revision: 1, draft: { app: 'groundwork-charter', schemaVersion: 1 } }),
    ],
  ])('reports a saved value that is %s as unreadable', async (_name, raw) => {
    const storage = memoryStorage();
    storage.map.set(STORAGE_KEY, raw);
    expect((await loadSaved(storage)).status).toBe('unreadable');
  });

  it('deletes the saved draft', async () => {
    const storage = memoryStorage();
    saveDraft(storage, draft);
    expect(clearSaved(storage)).toBe(true);
    expect(await loadSaved(storage)).toEqual({ status: 'empty' });
  });
});

describe('two tabs on one draft', () => {
  const draft = draftFromPreset(preset('community-group'), catalogue, 'en', 'two-tabs');

  it('refuses to write over a revision newer than the one this tab knows', async () => {
    const storage = memoryStorage();
    const first = saveDraft(storage, draft, new Date(), 0);
    expect(first).toMatchObject({ ok: true, revision: 1 });
    // Another tab saves revision 2.
    const other = { ...draft, group: { ...draft.group, name: 'Other tab' } };
    expect(saveDraft(storage, other, new Date(), 1)).toMatchObject({ ok: true, revision: 2 });
    // This tab still thinks revision 1 is current: its save is a conflict and changes nothing.
    const before = storage.map.get(STORAGE_KEY);
    expect(saveDraft(storage, draft, new Date(), 1)).toEqual({ ok: false, reason: 'conflict', revision: 2 });
    expect(storage.map.get(STORAGE_KEY)).toBe(before);
    // Choosing to keep this version is an explicit save based on the newer revision.
    expect(saveDraft(storage, draft, new Date(), 2)).toMatchObject({ ok: true, revision: 3 });
  });
});

