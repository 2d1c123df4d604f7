/** Table tests for the builder's pure logic: transitions, validation, warnings, storage and text measures. */
import { describe, expect, it } from 'vitest';
import { draftFromPreset, freshKey, reduce, ruleKey, type Action } from '../../src/lib/charter/actions.ts';
import { makeCatalogue, type CatalogueRule, type CataloguePreset } from '../../src/lib/charter/catalogue.ts';
import { blankDraft, defaultOutline, type Draft } from '../../src/lib/charter/draft.ts';
import {
  clearSaved,
  loadSaved,
  saveDraft,
  STORAGE_KEY,
  type DraftStorage,
} from '../../src/lib/charter/storage.ts';
import { graphemeCount, isBlank, LIMITS } from '../../src/lib/charter/text.ts';
import { validate, validateStep } from '../../src/lib/charter/validate.ts';
import { WARNING_RULES, warnings } from '../../src/lib/charter/warnings.ts';
import { THEMES } from '../../src/schemas/rule.ts';
import { readContent } from '../../src/integrations/read-content.ts';
import { ruleSchema } from '../../src/schemas/rule.ts';
import { presetSchema } from '../../src/schemas/preset.ts';
import { idOf } from '../../src/lib/content-check.ts';
import { fileURLToPath } from 'node:url';
import { buildCharter, type Translate } from '../../src/lib/charter/charter.ts';
import { buildKit } from '../../src/lib/charter/kit.ts';
import { translator } from '../../src/lib/i18n.ts';
import { ruleText } from '../../src/lib/rules.ts';

const content = readContent(fileURLToPath(new URL('../..', import.meta.url)));
const rules: CatalogueRule[] = content.rules.map((f) => ({ ...ruleSchema.parse(f.data), id: idOf(f.file) }));
const presets: CataloguePreset[] = content.presets.map((f) => ({
  ...presetSchema.parse(f.data),
  id: idOf(f.file),
}));
const catalogue = makeCatalogue(rules, THEMES);
const preset = (id: string) => presets.find((p) => p.id === id)!;

function apply(draft: Draft, ...actions: Action[]): Draft {
  return actions.reduce((d, a) => reduce(d, a, catalogue), draft);
}

describe('text measures', () => {
  it.each([
    ['abc', 3],
    ['æøå', 3],
    ['e\u0301', 1],
    ['👍🏽', 1],
    ['🇳🇴🇸🇪', 2],
    ['👨‍👩‍👧', 1],
    ['', 0],
  ])('%j has %i characters', (text, count) => {
    expect(graphemeCount(text)).toBe(count);
  });

  it.each([
    ['', true],
    ['   ', true],
    ['\u200B\u200C\u200D\uFEFF', true],
    ['\u202E\u2066 \u00A0\u3000', true],
    ['\u3164\u2800', true],
    [' a ', false],
    ['\u0301', false],
    ['👍', false],
  ])('isBlank(%j) is %s', (text, blank) => {
    expect(isBlank(text)).toBe(blank);
  });
});

describe('draftFromPreset', () => {
  it.each(presets.map((p) => [p.id, p] as const))(
    '%s: takes its rules, in order, and its defaults',
    (_id, p) => {
      const draft = draftFromPreset(p, catalogue, 'nb');
      expect(draft.preset).toBe(p.id);
      expect(draft.lang).toBe('nb');
      expect(draft.rules.map(ruleKey)).toEqual(p.rules);
      expect(draft.group.meetingMinutes).toBe(p.defaults.meetingMinutes);
      expect(draft.group.openness).toBe(p.defaults.openness);
      expect(draft.outline.reduce((s, o) => s + o.minutes, 0)).toBe(p.defaults.meetingMinutes);
      const length = draft.rules.find((r) => r.kind === 'catalogue' && r.id === 'meeting-length');
      expect(length).toMatchObject({ value: p.defaults.meetingMinutes });
    },
  );

  it('maps an open preset onto the open wording of closed-group', () => {
    const open = {
      ...preset('community-group'),
      defaults: { ...preset('community-group').defaults, openness: 'open' as const },
    };
    const draft = draftFromPreset({ ...open, rules: ['closed-group'] }, catalogue, 'en');
    expect(draft.rules[0]).toEqual({ kind: 'catalogue', id: 'closed-group', variant: 'open' });
  });
});

describe('reduce', () => {
  const base = draftFromPreset(preset('community-group'), catalogue, 'en');

  it('never changes the draft it was given', () => {
    const frozen = structuredClone(base);
    apply(
      base,
      { type: 'set-group', field: 'name', value: 'X' },
      { type: 'toggle-rule', id: 'phones-away', on: true },
    );
    expect(base).toEqual(frozen);
  });

  it.each<[string, Action[], (d: Draft) => unknown, unknown]>([
    [
      'sets a group field',
      [{ type: 'set-group', field: 'name', value: 'Tirsdag' }],
      (d) => d.group.name,
      'Tirsdag',
    ],
    [
      'adds a rule once',
      [
        { type: 'toggle-rule', id: 'phones-away', on: true },
        { type: 'toggle-rule', id: 'phones-away', on: true },
      ],
      (d) => d.rules.filter((r) => ruleKey(r) === 'phones-away').length,
      1,
    ],
    [
      'removes a rule',
      [{ type: 'toggle-rule', id: 'confidentiality', on: false }],
      (d) => d.rules.some((r) => ruleKey(r) === 'confidentiality'),
      false,
    ],
    [
      'ignores an unknown rule id',
      [{ type: 'toggle-rule', id: 'no-such-rule', on: true }],
      (d) => d.rules.length,
      base.rules.length,
    ],
    [
      'chooses a wording and back to the standard one',
      [
        { type: 'set-variant', id: 'absence-notice', variant: 'tell-host' },
        { type: 'set-variant', id: 'absence-notice', variant: undefined },
      ],
      (d) => d.rules.find((r) => ruleKey(r) === 'absence-notice'),
      { kind: 'catalogue', id: 'absence-notice' },
    ],
    [
      "keeps the group's own wording, and drops it on reset",
      [
        { type: 'set-rule-text', id: 'confidentiality', text: 'Vårt eget' },
        { type: 'set-rule-text', id: 'confidentiality', text: undefined },
      ],
      (d) => d.rules.find((r) => ruleKey(r) === 'confidentiality'),
      { kind: 'catalogue', id: 'confidentiality' },
    ],
    [
      'meeting length in the rule changes the group and an untouched outline',
      [{ type: 'set-value', id: 'meeting-length', value: 90 }],
      (d) => [d.group.meetingMinutes, d.outline.reduce((s, o) => s + o.minutes, 0)],
      [90, 90],
    ],
    [
      'meeting length in the group changes the rule',
      [{ type: 'set-group', field: 'meetingMinutes', value: 60 }],
      (d) => d.rules.find((r) => ruleKey(r) === 'meeting-length'),
      { kind: 'catalogue', id: 'meeting-length', value: 60 },
    ],
    [
      'an edited outline is left alone when the length changes',
      [
        { type: 'set-outline-minutes', key: 'sharing', minutes: 50 },
        { type: 'set-group', field: 'meetingMinutes', value: 60 },
      ],
      (d) => d.outline.find((o) => o.key === 'sharing')?.minutes,
      50,
    ],
    [
      'adds own rules with fresh keys',
      [
        { type: 'add-custom', theme: 'focus', text: 'A' },
        { type: 'add-custom', theme: 'safety', text: 'B' },
      ],
      (d) => d.rules.filter((r) => r.kind === 'custom').map((r) => ruleKey(r)),
      ['own-1', 'own-2'],
    ],
    [
      'clamps outline minutes',
      [{ type: 'set-outline-minutes', key: 'opening', minutes: -5 }],
      (d) => d.outline.find((o) => o.key === 'opening')?.minutes,
      0,
    ],
    [
      'adds and removes a role',
      [
        { type: 'add-role', label: 'Kaffe' },
        { type: 'remove-role', key: 'host' },
      ],
      (d) => d.roles.map((r) => r.label ?? r.key),
      ['time-keeper', 'welcomer', 'Kaffe'],
    ],
    [
      'resets the outline',
      [{ type: 'remove-outline', key: 'arrival' }, { type: 'reset-outline' }],
      (d) => d.outline,
      defaultOutline(120),
    ],
    ['sets the charter language', [{ type: 'set-lang', lang: 'nb' }], (d) => d.lang, 'nb'],
  ])('%s', (_name, actions, pick, expected) => {
    expect(pick(apply(base, ...actions))).toEqual(expected);
  });

  it('moves a rule past the next rule of its own theme only', () => {
    const draft = apply(
      blankDraft('en'),
      ...['confidentiality', 'speak-from-i', 'limits-of-confidentiality'].map((id): Action => ({
        type: 'toggle-rule',
        id,
        on: true,
      })),
    );
    const moved = apply(draft, { type: 'move-rule', key: 'limits-of-confidentiality', by: -1 });
    expect(moved.rules.map(ruleKey)).toEqual([
      'limits-of-confidentiality',
      'confidentiality',
      'speak-from-i',
    ]);
    // The first of its theme cannot move further up.
    expect(apply(moved, { type: 'move-rule', key: 'limits-of-confidentiality', by: -1 })).toEqual(moved);
    // The only rule of its theme stays put.
    expect(apply(draft, { type: 'move-rule', key: 'speak-from-i', by: 1 })).toEqual(draft);
  });

  it('moves outline parts within bounds', () => {
    const draft = blankDraft('en');
    expect(apply(draft, { type: 'move-outline', key: 'arrival', by: -1 }).outline).toEqual(draft.outline);
    expect(apply(draft, { type: 'move-outline', key: 'arrival', by: 1 }).outline.map((o) => o.key)).toEqual([
      'opening',
      'arrival',
      'sharing',
      'reflections',
      'closing',
    ]);
  });

  it.each([
    [[], 'own-1'],
    [['own-1', 'own-3'], 'own-2'],
  ])('freshKey after %j is %s', (used, expected) => {
    expect(freshKey('own', used)).toBe(expected);
  });
});

describe('validate', () => {
  const named = apply(blankDraft('en'), { type: 'set-group', field: 'name', value: 'Tuesday group' });

  it('accepts a named draft', () => {
    expect(validate(named)).toEqual([]);
  });

  it.each<[string, Action[], { field: string; code: string; step: string }]>([
    [
      'a missing name',
      [{ type: 'set-group', field: 'name', value: '  \u200B ' }],
      { field: 'group-name', code: 'required', step: 'group' },
    ],
    [
      'a name too long',
      [{ type: 'set-group', field: 'name', value: 'x'.repeat(LIMITS.name + 1) }],
      { field: 'group-name', code: 'too-long', step: 'group' },
    ],
    [
      'a blank own rule',
      [{ type: 'add-custom', theme: 'focus', text: ' ' }],
      { field: 'rule-text-own-1', code: 'blank', step: 'rules' },
    ],
    [
      'an own rule too long',
      [{ type: 'add-custom', theme: 'focus', text: 'y'.repeat(LIMITS.rule + 1) }],
      { field: 'rule-text-own-1', code: 'too-long', step: 'rules' },
    ],
    [
      'a reworded rule left blank',
      [
        { type: 'toggle-rule', id: 'confidentiality', on: true },
        { type: 'set-rule-text', id: 'confidentiality', text: '' },
      ],
      { field: 'rule-text-confidentiality', code: 'blank', step: 'rules' },
    ],
    [
      'a blank meeting part',
      [{ type: 'set-outline-label', key: 'opening', label: '' }],
      { field: 'outline-label-opening', code: 'blank', step: 'meetings' },
    ],
    [
      'a role name too long',
      [{ type: 'set-role-label', key: 'host', label: 'z'.repeat(61) }],
      { field: 'role-label-host', code: 'too-long', step: 'meetings' },
    ],
    [
      'too much on rule breaking',
      [{ type: 'set-when-broken', value: 'w'.repeat(LIMITS.long + 1) }],
      { field: 'when-broken', code: 'too-long', step: 'changes' },
    ],
    [
      'too many own rules',
      Array.from({ length: LIMITS.customRules + 1 }, (): Action => ({
        type: 'add-custom',
        theme: 'focus',
        text: 'r',
      })),
      { field: 'custom-rules', code: 'too-many', step: 'rules' },
    ],
  ])('flags %s on the right step, and changes nothing', (_name, actions, expected) => {
    const draft = apply(named, ...actions);
    const before = structuredClone(draft);
    expect(validate(draft)).toContainEqual(expect.objectContaining(expected));
    expect(validateStep(draft, expected.step as never)).toContainEqual(expect.objectContaining(expected));
    // Over-long or blank text is flagged, never cut or cleared.
    expect(draft).toEqual(before);
  });

  it('counts characters as a person sees them', () => {
    const eighty = '👍🏽'.repeat(LIMITS.name);
    expect(validate(apply(named, { type: 'set-group', field: 'name', value: eighty }))).toEqual([]);
    expect(
      validate(apply(named, { type: 'set-group', field: 'name', value: `${eighty}a` }))[0],
    ).toMatchObject({
      code: 'too-long',
      count: LIMITS.name + 1,
    });
  });
});

describe('warnings', () => {
  it('the rules the warnings look for exist in the catalogue', () => {
    for (const ids of Object.values(WARNING_RULES))
      for (const id of ids) expect(catalogue.byId.has(id)).toBe(true);
  });

  it('a blank draft gets every rule warning', () => {
    expect(
      warnings(blankDraft('en'), catalogue)
        .map((w) => w.id)
        .sort(),
    ).toEqual(['no-absence', 'no-confidentiality', 'no-focus', 'no-rotation', 'no-time-limit'].sort());
  });

  it.each(presets.map((p) => p.id))('the %s preset needs no warning', (id) => {
    expect(warnings(draftFromPreset(preset(id), catalogue, 'en'), catalogue)).toEqual([]);
  });

  it.each<[string, Action[], string, string]>([
    [
      'a meeting plan longer than the meeting',
      [{ type: 'set-outline-minutes', key: 'sharing', minutes: 200 }],
      'outline-too-long',
      'meetings',
    ],
    ['no time limit', [{ type: 'toggle-rule', id: 'meeting-length', on: false }], 'no-time-limit', 'rules'],
    [
      'no confidentiality',
      [{ type: 'toggle-rule', id: 'confidentiality', on: false }],
      'no-confidentiality',
      'rules',
    ],
    ['no absence rule', [{ type: 'toggle-rule', id: 'absence-notice', on: false }], 'no-absence', 'rules'],
    [
      'no roles',
      [
        { type: 'remove-role', key: 'host' },
        { type: 'remove-role', key: 'time-keeper' },
        { type: 'remove-role', key: 'welcomer' },
      ],
      'no-rotation',
      'meetings',
    ],
    ['a group of three', [{ type: 'set-group', field: 'size', value: 3 }], 'small-group', 'group'],
  ])('warns about %s and points to the step that fixes it', (_name, actions, id, step) => {
    const draft = apply(draftFromPreset(preset('community-group'), catalogue, 'en'), ...actions);
    expect(warnings(draft, catalogue)).toContainEqual(expect.objectContaining({ id, step }));
  });

  it('an own rule on focus answers the focus warning', () => {
    const draft = apply(blankDraft('en'), { type: 'add-custom', theme: 'focus', text: 'We stay on track.' });
    expect(warnings(draft, catalogue).map((w) => w.id)).not.toContain('no-focus');
  });
});

/** A Storage that keeps values in a Map and can be told to fail. */
function memoryStorage(fail?: 'read' | 'write' | 'quota'): DraftStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (key) => {
      if (fail === 'read') throw new Error('SecurityError');
      return map.get(key) ?? null;
    },
    setItem: (key, value) => {
      if (fail === 'write') throw new Error('SecurityError: disabled');
      if (fail === 'quota') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      map.set(key, value);
    },
    removeItem: (key) => void map.delete(key),
  };
}

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

describe('members, rota length and the starter', () => {
  const base = blankDraft('en', 'members');

  it.each<[string, Action[], (d: Draft) => unknown, unknown]>([
    [
      'adds, renames and removes members',
      [
        { type: 'add-member', name: 'Anne' },
        { type: 'add-member', name: 'Bo' },
        { type: 'set-member', index: 0, name: 'Ann' },
        { type: 'add-member', name: 'Cato' },
        { type: 'remove-member', index: 1 },
      ],
      (d) => d.members,
      ['Ann', 'Cato'],
    ],
    ['clamps the rota length', [{ type: 'set-rota-meetings', meetings: 500 }], (d) => d.rota.meetings, 52],
    [
      'keeps the rota at one meeting at least',
      [{ type: 'set-rota-meetings', meetings: 0 }],
      (d) => d.rota.meetings,
      1,
    ],
    [
      'sets the starter and hides their contact',
      [
        {
          type: 'set-starter',
          starter: { centre: 'Solvang', name: 'Kari', contact: '+47 22 00 00 00', onCharter: true },
        },
        { type: 'set-starter-on-charter', on: false },
      ],
      (d) => d.starter?.onCharter,
      false,
    ],
    [
      'removes the starter',
      [
        { type: 'set-starter', starter: { centre: 'Solvang', name: 'Kari', contact: '', onCharter: true } },
        { type: 'set-starter', starter: undefined },
      ],
      (d) => 'starter' in d,
      false,
    ],
  ])('%s', (_name, actions, pick, expected) => {
    expect(pick(apply(base, ...actions))).toEqual(expected);
  });
});

describe('the first-meeting kit', () => {
  const t = (lang: 'en' | 'nb') => translator(lang) as Translate;
  const crisis = { lines: [], fallback: '' };

  it.each(presets.map((p) => p.id))(
    '%s: one card per rule, each with a question, in the charter order',
    (id) => {
      const draft = draftFromPreset(preset(id), catalogue, 'nb', 'kit');
      const charter = buildCharter(draft, catalogue, t('nb'), crisis);
      const kit = buildKit(draft, catalogue, t('nb'), charter);
      expect(kit.cards.map((c) => c.key)).toEqual(charter.themes.flatMap((th) => th.rules.map((r) => r.key)));
      expect(kit.cards.every((c) => c.question.length > 0 && !c.question.startsWith('kit.'))).toBe(true);
      expect(kit.lang).toBe('nb');
    },
  );

  it('reads the group\'s purpose, confidentiality and listening rules aloud, and says "you can pass" once', () => {
    let draft = draftFromPreset(preset('community-group'), catalogue, 'en', 'kit');
    draft = apply(
      draft,
      { type: 'set-group', field: 'name', value: 'Tuesday' },
      { type: 'set-group', field: 'purpose', value: 'We share.' },
    );
    const charter = buildCharter(draft, catalogue, t('en'), crisis);
    const opening = buildKit(draft, catalogue, t('en'), charter).opening;
    const all = [...opening.paragraphs, ...opening.rules, opening.close].join(' ');
    expect(opening.paragraphs[0]).toContain('Tuesday');
    expect(all).toContain('We share.');
    expect(all).toContain(ruleText(catalogue.byId.get('confidentiality')!, 'en'));
    expect(all).toContain(ruleText(catalogue.byId.get('listen-without-interrupting')!, 'en'));
    const pass = (text: string) => text.split('always pass').length - 1;
    expect(pass(all)).toBe(1);
  });

  it("puts the group's own listening rule in the opening, as written", () => {
    const draft = apply(blankDraft('en', 'kit'), {
      type: 'add-custom',
      theme: 'listening',
      text: 'We speak slowly.',
    });
    const charter = buildCharter(draft, catalogue, t('en'), crisis);
    const kit = buildKit(draft, catalogue, t('en'), charter);
    expect(kit.opening.rules).toContain('We speak slowly.');
    expect(kit.cards[0]).toMatchObject({ title: 'Our own rule', why: '', text: 'We speak slowly.' });
  });
});
