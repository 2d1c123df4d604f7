import { describe, expect, it } from 'vitest';
import { ruleSchema, type Rule } from '../../../src/schemas/rule.ts';
import { ruleText } from '../../../src/lib/rules.ts';

const length: Rule = ruleSchema.parse({
  theme: 'meetings',
  order: 1,
  title: { en: 'Length', nb: 'Lengde' },
  text: { en: 'At most {minutes} minutes.', nb: 'Høyst {minutes} minutter.' },
  why: { en: 'Tired.', nb: 'Slitsomt.' },
  easyRead: { en: 'Up to {minutes} minutes.', nb: 'Opptil {minutes} minutter.' },
  variants: {
    kind: 'parameter',
    name: 'minutes',
    values: [60, 90, 120],
    default: 120,
    unit: { en: 'minutes', nb: 'minutter' },
  },
  sources: ['landstad-2020'],
});

const absence: Rule = ruleSchema.parse({
  theme: 'attendance',
  order: 1,
  title: { en: 'Absence', nb: 'Fravær' },
  text: { en: 'Tell the group.', nb: 'Si fra til gruppa.' },
  why: { en: 'Worry.', nb: 'Uro.' },
  easyRead: { en: 'Tell us.', nb: 'Si fra.' },
  variants: {
    kind: 'wordings',
    options: [
      {
        id: 'tell-host',
        label: { en: 'Host', nb: 'Vert' },
        text: { en: 'Tell the host.', nb: 'Si fra til verten.' },
        easyRead: { en: 'Tell the host. Do it first.', nb: 'Si fra til verten. Gjør det først.' },
      },
    ],
  },
  sources: ['landstad-2020'],
});

describe('ruleText', () => {
  it.each([
    [length, 'en', {}, 'At most 120 minutes.'],
    [length, 'nb', { value: 90 }, 'Høyst 90 minutter.'],
    [length, 'en', { value: 45 }, 'At most 120 minutes.'],
    [absence, 'en', {}, 'Tell the group.'],
    [absence, 'nb', { variant: 'tell-host' }, 'Si fra til verten.'],
    [absence, 'en', { variant: 'unknown' }, 'Tell the group.'],
  ] as const)('%#: %s', (rule, lang, choice, expected) => {
    expect(ruleText(rule, lang, choice)).toBe(expected);
  });
});

describe('ruleText, easy read', () => {
  it.each([
    [length, 'en', {}, 'Up to 120 minutes.'],
    [length, 'nb', { value: 60 }, 'Opptil 60 minutter.'],
    [length, 'en', { value: 45 }, 'Up to 120 minutes.'],
    [absence, 'en', {}, 'Tell us.'],
    [absence, 'nb', { variant: 'tell-host' }, 'Si fra til verten. Gjør det først.'],
    [absence, 'en', { variant: 'unknown' }, 'Tell us.'],
  ] as const)('%#: %s', (rule, lang, choice, expected) => {
    expect(ruleText(rule, lang, choice, 'easy')).toBe(expected);
  });
});
