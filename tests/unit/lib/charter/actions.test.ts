import { describe, expect, it } from 'vitest';
import { draftFromPreset, freshKey, type Action } from '../../../../src/lib/charter/actions.ts';
import { blankDraft, defaultOutline, ruleKey, type Draft } from '../../../../src/lib/charter/draft.ts';
import { apply, loadCatalogue, loadPresets, preset } from '../../../support/catalogue.ts';

const catalogue = loadCatalogue();
const presets = loadPresets();

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
