import { describe, expect, it } from 'vitest';
import { type Action } from '../../../../src/lib/charter/actions.ts';
import { blankDraft } from '../../../../src/lib/charter/draft.ts';
import { LIMITS } from '../../../../src/lib/charter/fields.ts';
import { validate, validateStep } from '../../../../src/lib/charter/validate.ts';
import { apply } from '../../../support/catalogue.ts';

describe('validate', () => {
  const named = apply(blankDraft('en'), { type: 'set-group', field: 'name', value: 'Tuesday group' });

  it('accepts a named draft, and one with no name yet (the charter then says "Our group")', () => {
    expect(validate(named)).toEqual([]);
    expect(validate(blankDraft('en'))).toEqual([]);
  });

  it.each<[string, Action[], { field: string; code: string; step: string }]>([
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
