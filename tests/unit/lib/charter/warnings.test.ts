import { describe, expect, it } from 'vitest';
import { draftFromPreset, type Action } from '../../../../src/lib/charter/actions.ts';
import { blankDraft } from '../../../../src/lib/charter/draft.ts';
import { WARNING_RULES, warnings } from '../../../../src/lib/charter/warnings.ts';
import { apply, loadCatalogue, loadPresets, preset } from '../../../support/catalogue.ts';

const catalogue = loadCatalogue();
const presets = loadPresets();

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
