import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { draftFromPreset, reduce } from '../../../../src/lib/charter/actions.ts';
import { blankDraft, type Draft } from '../../../../src/lib/charter/draft.ts';
import { Session } from '../../../../src/lib/charter/session.ts';
import {
  ASIDE_KEY,
  KEPT_KEY,
  loadSaved,
  saveDraft,
  STORAGE_KEY,
} from '../../../../src/lib/charter/storage.ts';
import { loadCatalogue, preset } from '../../../support/catalogue.ts';
import { memoryStorage, type MemoryStorage } from '../../../support/storage.ts';

const catalogue = loadCatalogue();
const clock = () => new Date('2026-12-01T10:00:00Z');
const session = (storage: MemoryStorage | undefined) =>
  new Session({ storage, catalogue, lang: 'en', now: clock });
const named = (name: string, id = `draft-${name.toLowerCase()}`) =>
  reduce(
    draftFromPreset(preset('community-group'), catalogue, 'en', id),
    { type: 'set-group', field: 'name', value: name },
    catalogue,
  );

/** The draft saved on the device, or undefined. */
async function onDevice(storage: MemoryStorage): Promise<Draft | undefined> {
  const loaded = await loadSaved(storage);
  return loaded.status === 'ok' ? loaded.draft : undefined;
}

describe('starting', () => {
  it('offers the saved draft on the start step, and opens it at the step in the address', async () => {
    const storage = memoryStorage();
    saveDraft(storage, named('Tuesday'));
    const fresh = session(storage);
    await fresh.start();
    expect(fresh.state).toMatchObject({
      ready: true,
      started: false,
      step: 'start',
      saved: { draft: named('Tuesday') },
    });
    const resumed = session(storage);
    await resumed.start('rules');
    expect(resumed.state).toMatchObject({ started: true, step: 'rules', draft: named('Tuesday') });
  });

  it.each([
    ['not JSON', '{oops'],
    [
      'the wrong shape',
      JSON.stringify({
        envelope: 1,
        savedAt: '',
        revision: 5,
        draft: { app: 'groundwork-charter', schemaVersion: 2 },
      }),
    ],
    [
      'too large',
      JSON.stringify({ envelope: 1, savedAt: '', revision: 5, draft: { pad: 'x'.repeat(600_000) } }),
    ],
    [
      'an older version that is damaged',
      JSON.stringify({
        envelope: 1,
        savedAt: '',
        revision: 2,
        draft: { app: 'groundwork-charter', schemaVersion: 1 },
      }),
    ],
  ])(
    'moves a saved draft that is %s aside, says so, and then saves normally (no false two-tab message)',
    async (_name, raw) => {
      const storage = memoryStorage();
      storage.map.set(STORAGE_KEY, raw);
      const s = session(storage);
      await s.start();
      expect(s.state.notice).toEqual({ key: 'builder.status.savedUnreadable' });
      expect(s.state.aside).toBe(1);
      expect(JSON.parse(storage.map.get(ASIDE_KEY) ?? '[]')).toEqual([
        { movedAt: clock().toISOString(), raw },
      ]);
      s.replace(named('New'), 'blank', 'group');
      s.edit({ type: 'set-group', field: 'purpose', value: 'Support' });
      s.save();
      expect(s.state.conflict).toBeNull();
      expect(s.state.save).toEqual({ ok: true, at: clock().toISOString() });
      expect((await onDevice(storage))?.group.purpose).toBe('Support');
      // What was moved aside is still there, exactly.
      expect(s.asideDrafts()).toEqual([{ movedAt: clock().toISOString(), raw }]);
    },
  );

  it.each<[string, (draft: Record<string, unknown>) => void, object]>([
    [
      'lists one rule twice',
      (d) =>
        (d.rules = [
          { kind: 'catalogue', id: 'confidentiality' },
          { kind: 'catalogue', id: 'confidentiality' },
        ]),
      {
        key: 'builder.status.savedTwinRule',
        vars: { rule: catalogue.byId.get('confidentiality')?.title.en },
      },
    ],
    ['has no version', (d) => delete d.schemaVersion, { key: 'builder.status.savedNoVersion' }],
  ])(
    'a saved draft that %s is moved aside, and the notice says what is wrong',
    async (_name, change, notice) => {
      const storage = memoryStorage();
      const draft = JSON.parse(JSON.stringify(named('Twin'))) as Record<string, unknown>;
      change(draft);
      const raw = JSON.stringify({ envelope: 1, savedAt: '', revision: 2, draft });
      storage.map.set(STORAGE_KEY, raw);
      const s = session(storage);
      await s.start('group');
      expect(s.state.notice).toEqual(notice);
      expect(s.state.started).toBe(false);
      expect(s.asideDrafts()).toEqual([{ movedAt: clock().toISOString(), raw }]);
    },
  );

  it('says why a share link was refused, naming a twin rule in the page’s language and listing wrong parts', () => {
    const nb = new Session({ storage: memoryStorage(), catalogue, lang: 'nb', now: clock });
    nb.linkRefused({ ok: false, reason: 'twin-rule', id: 'confidentiality' });
    expect(nb.state.notice).toEqual({
      key: 'builder.share.twin-rule',
      vars: { rule: catalogue.byId.get('confidentiality')?.title.nb },
    });
    const issues = [{ place: 'group-length', expected: 'choice' }] as const;
    nb.linkRefused({ ok: false, reason: 'invalid', issues: [...issues] });
    expect(nb.state.notice).toEqual({ key: 'builder.share.invalid', issues });
    nb.linkRefused({ ok: false, reason: 'too-long' });
    expect(nb.state.notice).toEqual({ key: 'builder.share.too-long' });
    expect(nb.state.started).toBe(false);
  });

  it('leaves a newer version’s draft where it is and does not save over it', async () => {
    const storage = memoryStorage();
    const newer = JSON.stringify({
      envelope: 1,
      savedAt: '',
      revision: 3,
      draft: { ...named('X'), schemaVersion: 99 },
    });
    storage.map.set(STORAGE_KEY, newer);
    const s = session(storage);
    await s.start();
    expect(s.state.notice).toEqual({ key: 'builder.status.savedNewer' });
    s.replace(named('Mine'), 'blank', 'group');
    s.save();
    expect(s.state.save).toEqual({ ok: false, reason: 'newer-stored' });
    expect(storage.map.get(STORAGE_KEY)).toBe(newer);
  });

  it('says once that storage cannot be reached, and keeps the draft in memory', async () => {
    const storage = memoryStorage('read');
    const s = session(storage);
    await s.start();
    expect(s.state.save).toEqual({ ok: false, reason: 'unavailable' });
    s.replace(named('Offline'), 'blank', 'group');
    s.edit({ type: 'set-group', field: 'purpose', value: 'Kept' });
    s.save();
    expect(s.state.draft.group.purpose).toBe('Kept');
    expect(s.state.save).toEqual({ ok: false, reason: 'unavailable' });
  });

  it.each(['quota', 'write'] as const)('keeps working when every write fails (%s)', async (fail) => {
    const storage = memoryStorage();
    const s = session(storage);
    await s.start();
    storage.fail = fail;
    s.replace(named('Full'), 'blank', 'group');
    s.save();
    expect(s.state.save).toEqual({ ok: false, reason: fail === 'quota' ? 'full' : 'unavailable' });
    expect(s.state.draft.group.name).toBe('Full');
  });
});

describe('replacing the draft never loses the one before', () => {
  it.each(['file', 'link', 'preset', 'blank'] as const)(
    'a %s: undo brings the draft back, and the saved one is kept on the device',
    async (source) => {
      const storage = memoryStorage();
      saveDraft(storage, named('Saved'));
      const s = session(storage);
      await s.start('review');
      s.replace(
        named('Incoming', 'draft-incoming'),
        source,
        'review',
        source === 'file' ? { file: 'x.json' } : {},
      );
      expect(s.state.notice).toMatchObject({ undo: true, also: 'builder.replace.kept' });
      s.save();
      expect((await onDevice(storage))?.group.name).toBe('Incoming');
      expect(JSON.parse(storage.map.get(KEPT_KEY) ?? '{}').draft.group.name).toBe('Saved');
      s.undo();
      expect(s.state.draft.group.name).toBe('Saved');
      // After a reload, the kept copy is offered.
      const later = session(storage);
      await later.start();
      expect(later.state.kept?.draft.group.name).toBe('Saved');
      later.restoreKept();
      expect(later.state.draft.group.name).toBe('Saved');
      // Until it is saved, the kept copy stays; once saved, the draft it replaced is kept instead.
      expect(JSON.parse(storage.map.get(KEPT_KEY) ?? '{}').draft.group.name).toBe('Saved');
      later.save();
      expect((await onDevice(storage))?.group.name).toBe('Saved');
      expect(JSON.parse(storage.map.get(KEPT_KEY) ?? '{}').draft.group.name).toBe('Incoming');
    },
  );

  it('a link opened on a fresh page, with a draft saved on the device, keeps that draft', async () => {
    const storage = memoryStorage();
    saveDraft(storage, named('Saved'));
    const s = session(storage);
    await s.start();
    s.receive(named('Shared', 'draft-shared'));
    s.openIncoming();
    expect(s.state.notice).toEqual({
      key: 'builder.share.opened',
      undo: false,
      also: 'builder.replace.kept',
    });
    s.save();
    expect(JSON.parse(storage.map.get(KEPT_KEY) ?? '{}').draft.group.name).toBe('Saved');
  });

  it('says nothing is kept when there was nothing to keep', async () => {
    const s = session(memoryStorage());
    await s.start();
    s.replace(named('Shared'), 'link', 'review');
    expect(s.state.notice).toEqual({ key: 'builder.share.opened', undo: false });
  });

  it('resuming the saved draft keeps no copy and writes nothing until it changes', async () => {
    const storage = memoryStorage();
    saveDraft(storage, named('Saved'));
    const before = storage.map.get(STORAGE_KEY);
    const s = session(storage);
    await s.start();
    const saved = s.state.saved;
    if (!saved) throw new Error('expected a saved draft');
    s.replace(saved.draft, 'resume', 'group');
    s.save();
    expect(storage.map.get(STORAGE_KEY)).toBe(before);
    expect(storage.map.has(KEPT_KEY)).toBe(false);
  });

  it('a file that is a copy of the saved draft still keeps the saved one (it may have changed since)', async () => {
    const storage = memoryStorage();
    const saved = named('Same');
    saveDraft(
      storage,
      reduce(saved, { type: 'set-group', field: 'purpose', value: 'edited since' }, catalogue),
    );
    const s = session(storage);
    await s.start();
    s.replace(saved, 'file', 'review', { file: 'same.json' });
    s.save();
    expect(JSON.parse(storage.map.get(KEPT_KEY) ?? '{}').draft.group.purpose).toBe('edited since');
  });
});

describe('two tabs', () => {
  it('stops saving only when another tab really saved a newer revision', async () => {
    const storage = memoryStorage();
    const a = session(storage);
    await a.start();
    a.replace(named('Shared'), 'blank', 'group');
    a.save();
    const b = session(storage);
    await b.start('group');
    b.edit({ type: 'set-group', field: 'purpose', value: 'from b' });
    b.save();
    await a.otherTabSaved();
    expect(a.state.conflict).not.toBeNull();
    a.edit({ type: 'set-group', field: 'purpose', value: 'from a' });
    a.save();
    expect((await onDevice(storage))?.group.purpose).toBe('from b');
    await a.loadNewer();
    expect(a.state.draft.group.purpose).toBe('from b');
    expect(a.state.undo?.draft.group.purpose).toBe('from a');
  });

  it('keeping this tab’s version saves it on purpose', async () => {
    const storage = memoryStorage();
    const a = session(storage);
    await a.start();
    a.replace(named('Shared'), 'blank', 'group');
    a.save();
    saveDraft(storage, named('Other tab', 'draft-other'), clock());
    await a.otherTabSaved();
    a.keepMine();
    expect(a.state.conflict).toBeNull();
    expect((await onDevice(storage))?.group.name).toBe('Shared');
    // The other tab's version it wrote over is kept, and offered on the start step.
    expect(JSON.parse(storage.map.get(KEPT_KEY) ?? '{}').draft.group.name).toBe('Other tab');
    await expect.poll(() => a.state.kept?.draft.group.name).toBe('Other tab');
  });

  it('keeps the other tab’s draft even when that tab has moved on from it (found by the property below)', async () => {
    const storage = memoryStorage();
    const [a, b] = [session(storage), session(storage)];
    await Promise.all([a.start(), b.start()]);
    a.replace(named('Mine'), 'blank', 'group');
    b.replace(named('Theirs'), 'blank', 'group');
    b.save();
    // The other tab opens two files, one after the other, and saves neither: its saved draft is
    // now only on the device.
    b.replace(named('File one'), 'file', 'review');
    b.replace(named('File two'), 'file', 'review');
    await a.otherTabSaved();
    a.keepMine();
    expect((await onDevice(storage))?.group.name).toBe('Mine');
    expect(JSON.parse(storage.map.get(KEPT_KEY) ?? '{}').draft.group.name).toBe('Theirs');
  });

  it('a save by this same tab is not a conflict', async () => {
    const storage = memoryStorage();
    const a = session(storage);
    await a.start();
    a.replace(named('Mine'), 'blank', 'group');
    a.save();
    await a.otherTabSaved();
    expect(a.state.conflict).toBeNull();
  });
});

describe('starting over and deleting', () => {
  it('delete removes the draft, its kept copy and the drafts aside; undo brings the draft back', async () => {
    const storage = memoryStorage();
    storage.map.set(STORAGE_KEY, 'garbage');
    const s = session(storage);
    await s.start();
    s.replace(named('Mine'), 'blank', 'group');
    s.save();
    s.reset('delete');
    expect([...storage.map.keys()]).toEqual([]);
    expect(s.state).toMatchObject({ started: false, step: 'start', aside: 0 });
    s.undo();
    expect(s.state.draft.group.name).toBe('Mine');
    s.save();
    expect((await onDevice(storage))?.group.name).toBe('Mine');
  });
});

// Any sequence of edits, saves, reloads, tab switches, links and files never loses the newest
// revision the person saw saved: it is on the device, in the kept copy, or in the open tab's undo.
describe('nothing saved is ever lost (property)', () => {
  type Step =
    | { kind: 'edit'; tab: 0 | 1; text: string }
    | { kind: 'save'; tab: 0 | 1 }
    | { kind: 'reload'; tab: 0 | 1 }
    | { kind: 'other-tab'; tab: 0 | 1 }
    | { kind: 'open'; tab: 0 | 1; source: 'file' | 'link' | 'preset' | 'blank'; name: string }
    | { kind: 'keep-mine'; tab: 0 | 1 }
    | { kind: 'load-newer'; tab: 0 | 1 }
    | { kind: 'undo'; tab: 0 | 1 };
  const tab = fc.constantFrom<0 | 1>(0, 1);
  const stepArb: fc.Arbitrary<Step> = fc.oneof(
    fc.record({ kind: fc.constant('edit' as const), tab, text: fc.string({ maxLength: 8 }) }),
    fc.record({ kind: fc.constant('save' as const), tab }),
    fc.record({ kind: fc.constant('reload' as const), tab }),
    fc.record({ kind: fc.constant('other-tab' as const), tab }),
    fc.record({
      kind: fc.constant('open' as const),
      tab,
      source: fc.constantFrom('file' as const, 'link' as const, 'preset' as const, 'blank' as const),
      name: fc.string({ minLength: 1, maxLength: 6 }),
    }),
    fc.record({ kind: fc.constant('keep-mine' as const), tab }),
    fc.record({ kind: fc.constant('load-newer' as const), tab }),
    fc.record({ kind: fc.constant('undo' as const), tab }),
  );

  it('holds for any sequence', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(stepArb, { maxLength: 25 }), async (steps) => {
        const storage = memoryStorage();
        const tabs = [session(storage), session(storage)] as [Session, Session];
        await Promise.all(tabs.map((t) => t.start()));
        let counter = 0;
        // The purposes each tab showed as saved, newest last.
        const seenSaved: string[] = [];
        for (const step of steps) {
          const s = tabs[step.tab];
          switch (step.kind) {
            case 'edit':
              if (!s.state.started) s.replace(blankDraft('en'), 'blank', 'group');
              counter += 1;
              s.edit({ type: 'set-group', field: 'purpose', value: `${step.text}#${counter}` });
              break;
            case 'save': {
              s.save();
              const saved = s.state.save;
              if (saved?.ok && s.state.started && s.state.draft.group.purpose.includes('#')) {
                seenSaved.push(s.state.draft.group.purpose);
              }
              break;
            }
            case 'reload': {
              s.save();
              const fresh = session(storage);
              await fresh.start('group');
              tabs[step.tab] = fresh;
              break;
            }
            case 'other-tab':
              await s.otherTabSaved();
              break;
            case 'open':
              s.replace(
                reduce(blankDraft('en'), { type: 'set-group', field: 'name', value: step.name }, catalogue),
                step.source,
                'review',
              );
              break;
            case 'keep-mine':
              if (s.state.conflict !== null) s.keepMine();
              break;
            case 'load-newer':
              if (s.state.conflict !== null) await s.loadNewer();
              break;
            case 'undo':
              s.undo();
              break;
          }
        }
        const newest = seenSaved.at(-1);
        if (newest === undefined) return;
        const device = await loadSaved(storage);
        const kept = storage.map.get(KEPT_KEY);
        const places = [
          device.status === 'ok' ? device.draft.group.purpose : undefined,
          kept ? (JSON.parse(kept) as { draft: Draft }).draft.group.purpose : undefined,
          ...tabs.flatMap((t) => [t.state.draft.group.purpose, t.state.undo?.draft.group.purpose]),
        ];
        // The newest saved text, or a later edit of the same draft, is still somewhere.
        const newestCount = Number(newest.split('#').at(-1));
        const found = places.some(
          (p) => p !== undefined && p.includes('#') && Number(p.split('#').at(-1)) >= newestCount,
        );
        expect(found, `${newest} lost; have ${JSON.stringify(places)}`).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});
