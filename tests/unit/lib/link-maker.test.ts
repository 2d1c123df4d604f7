import { describe, expect, it } from 'vitest';
import { errorText, makerState } from '../../../src/lib/link-maker.ts';
import type { CentreParam } from '../../../src/lib/centre-link.ts';

const PRESETS = ['community-group', 'rehab-centre'];
const context = (touched: CentreParam[] = [], base = '/') => ({
  presets: PRESETS,
  touched: new Set(touched),
  base,
  origin: 'https://example.org',
});

describe('makerState', () => {
  it('builds the link, the form’s action and the sheets with the same details', () => {
    const state = makerState(
      {
        lang: 'nb',
        preset: 'rehab-centre',
        centre: ' Solvang rehab ',
        starter: 'Kari',
        contact: '22 40 00 40',
      },
      context(),
    );
    const query = '?preset=rehab-centre&centre=Solvang%20rehab&starter=Kari&contact=22%2040%2000%2040';
    expect(state).toEqual({
      errors: {},
      shown: [],
      action: '/nb/builder/',
      path: `/nb/builder/${query}`,
      link: `https://example.org/nb/builder/${query}`,
      sheets: { handout: `/nb/for-centres/handout/${query}`, poster: `/nb/for-centres/poster/${query}` },
    });
  });

  it('works under a base path, and with no details at all', () => {
    const state = makerState({ lang: 'en' }, context([], '/selvhjelp/'));
    expect(state.path).toBe('/selvhjelp/en/builder/');
    expect(state.action).toBe('/selvhjelp/en/builder/');
    expect(state.sheets).toEqual({
      handout: '/selvhjelp/en/for-centres/handout/',
      poster: '/selvhjelp/en/for-centres/poster/',
    });
  });

  it.each([
    [[], []],
    [['centre'], []],
    [['contact'], [{ name: 'contact', error: 'not-phone' }]],
    [
      ['contact', 'preset', 'starter'],
      [
        { name: 'preset', error: 'unknown' },
        { name: 'contact', error: 'not-phone' },
      ],
    ],
  ] as [CentreParam[], unknown[]][])(
    'shows the errors of the touched fields %j, in form order',
    (touched, shown) => {
      const state = makerState(
        { lang: 'en', preset: 'nope', centre: 'Solvang', contact: 'call me' },
        context(touched),
      );
      expect(state.errors).toEqual({ preset: 'unknown', contact: 'not-phone' });
      expect(state.shown).toEqual(shown);
      // The link never carries a contact the builder would drop; the preset comes from the form's list.
      expect(state.path).toBe('/en/builder/?preset=nope&centre=Solvang');
    },
  );
});

describe('errorText', () => {
  it.each([
    ['{label} can have at most {limit} characters.', 'Centre', 80, 'Centre can have at most 80 characters.'],
    ['{label} is not a phone number.', 'Contact', undefined, 'Contact is not a phone number.'],
  ])('%j', (template, label, limit, expected) => {
    expect(errorText(template, label, limit)).toBe(expected);
  });
});
