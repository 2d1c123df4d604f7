import { describe, expect, it } from 'vitest';
import {
  CENTRE_LIMITS,
  buildCentreLink,
  cleanText,
  addressBreaks,
  parseCentreParams,
  printedBuilderAddress,
  validateCentreForm,
} from '../../../src/lib/centre-link.ts';

const PRESETS = ['community-group', 'rehab-centre', 'self-help-centre', 'online-group'] as const;
const q = (params: Record<string, string>) => `?${new URLSearchParams(params).toString()}`;

describe('buildCentreLink', () => {
  it.each([
    ['/', { lang: 'en' }, '/en/builder/'],
    ['/', { lang: 'nb', preset: 'rehab-centre' }, '/nb/builder/?preset=rehab-centre'],
    ['/selvhjelp/', { lang: 'nb', preset: 'rehab-centre' }, '/selvhjelp/nb/builder/?preset=rehab-centre'],
    [
      '/',
      { lang: 'en', preset: 'rehab-centre', centre: 'Solvang', starter: 'Kari', contact: '+47 22 33 44 55' },
      '/en/builder/?preset=rehab-centre&centre=Solvang&starter=Kari&contact=%2B47%2022%2033%2044%2055',
    ],
    [
      '/',
      { lang: 'nb', centre: 'Sørlandet & Åsheim', starter: 'Ødegård' },
      '/nb/builder/?centre=S%C3%B8rlandet%20%26%20%C3%85sheim&starter=%C3%98deg%C3%A5rd',
    ],
    ['/', { lang: 'en', preset: '', centre: '   ', starter: '', contact: '' }, '/en/builder/'],
    ['/', { lang: 'en', centre: '  Solvang   senter  ' }, '/en/builder/?centre=Solvang%20senter'],
    ['/', { lang: 'en', contact: 'kari@example.no' }, '/en/builder/?contact=kari%40example.no'],
    // Invalid values are left out, so a link never carries what the builder would drop.
    ['/', { lang: 'en', centre: 'Solvang', contact: 'call me maybe' }, '/en/builder/?centre=Solvang'],
    ['/', { lang: 'en', centre: '<b>Solvang</b>' }, '/en/builder/'],
    ['/', { lang: 'en', preset: 'Not An Id' }, '/en/builder/'],
    ['/', { lang: 'en', centre: 'x'.repeat(81) }, '/en/builder/'],
    ['/', { lang: 'javascript:alert(1)//' as 'en' }, '/en/builder/'],
  ] as const)('buildCentreLink(%j, %j) → %j', (base, input, expected) => {
    expect(buildCentreLink(base, input)).toBe(expected);
  });

  it('writes only the four parameters, in a fixed order', () => {
    const link = buildCentreLink('/', {
      lang: 'en',
      contact: 'kari@example.no',
      starter: 'Kari',
      centre: 'Solvang',
      preset: 'rehab-centre',
      ...({ utm_source: 'newsletter', ref: 'x' } as object),
    });
    const names = [...new URLSearchParams(link.split('?')[1]).keys()];
    expect(names).toEqual(['preset', 'centre', 'starter', 'contact']);
  });
});

describe('parseCentreParams', () => {
  it.each([
    ['an empty query', '', { rejected: [] }],
    ['only a question mark', '?', { rejected: [] }],
    ['a known preset', '?preset=rehab-centre', { preset: 'rehab-centre', rejected: [] }],
    ['an unknown preset', '?preset=no-such-preset', { rejected: ['preset'] }],
    ['a preset with capitals', '?preset=Rehab-Centre', { rejected: ['preset'] }],
    ['an empty preset', '?preset=', { rejected: [] }],
    ['a centre name', '?centre=Solvang', { centre: 'Solvang', rejected: [] }],
    [
      'Norwegian letters',
      q({ centre: 'Sørlandet sykehus, Ålesund', starter: 'Åse Ødegård' }),
      { centre: 'Sørlandet sykehus, Ålesund', starter: 'Åse Ødegård', rejected: [] },
    ],
    [
      'Norwegian letters written as letter + accent are joined (NFC)',
      q({ starter: 'A\u030Ase' }),
      { starter: 'Åse', rejected: [] },
    ],
    [
      'plus as space, as a form sends it',
      '?centre=Solvang+senter',
      { centre: 'Solvang senter', rejected: [] },
    ],
    [
      'spaces trimmed and joined',
      q({ centre: '  Solvang \n\t senter  ' }),
      { centre: 'Solvang senter', rejected: [] },
    ],
    ['emoji', q({ centre: 'Solvang 🌻' }), { centre: 'Solvang 🌻', rejected: [] }],
    ['an emoji family stays whole', q({ starter: 'Kari 👨‍👩‍👧' }), { starter: 'Kari 👨‍👩‍👧', rejected: [] }],
    ['HTML in the centre', q({ centre: '<script>alert(1)</script>' }), { rejected: ['centre'] }],
    [
      'an image tag in the starter',
      q({ starter: '<img src=x onerror=alert(1)>' }),
      { rejected: ['starter'] },
    ],
    ['a javascript: address as the centre', q({ centre: 'javascript:alert(1)' }), { rejected: ['centre'] }],
    ['a web address as the centre', q({ centre: 'https://evil.example/login' }), { rejected: ['centre'] }],
    [
      'a javascript: address as the contact',
      q({ contact: 'javascript:alert(1)' }),
      { rejected: ['contact'] },
    ],
    [
      'a right-to-left override is stripped',
      q({ centre: 'Solvang\u202Egnp.exe', starter: '\u2067Kari\u2069' }),
      { centre: 'Solvanggnp.exe', starter: 'Kari', rejected: [] },
    ],
    [
      'control characters and zero-width spaces are stripped',
      q({ centre: 'Sol\u0000va\u200Bng\u0007', starter: '\uFEFFKari\u00AD' }),
      { centre: 'Solvang', starter: 'Kari', rejected: [] },
    ],
    [
      'a centre of only invisible characters counts as empty',
      q({ centre: '\u202E\u200B \u0000' }),
      { rejected: [] },
    ],
    ['a centre at the limit', q({ centre: 'å'.repeat(80) }), { centre: 'å'.repeat(80), rejected: [] }],
    ['a centre over the limit', q({ centre: 'å'.repeat(81) }), { rejected: ['centre'] }],
    ['a starter at the limit', q({ starter: 'x'.repeat(60) }), { starter: 'x'.repeat(60), rejected: [] }],
    ['a starter over the limit', q({ starter: 'x'.repeat(61) }), { rejected: ['starter'] }],
    ['a very long centre', q({ centre: 'A'.repeat(100_000) }), { rejected: ['centre'] }],
    [
      'emoji count as one character each',
      q({ centre: '🌻'.repeat(80) }),
      { centre: '🌻'.repeat(80), rejected: [] },
    ],
    ['one letter piled with accents', q({ centre: `a${'\u0301'.repeat(2000)}` }), { rejected: ['centre'] }],
    [
      'a Norwegian mobile number',
      q({ contact: '+47 912 34 567' }),
      { contact: { kind: 'phone', value: '+47 912 34 567' }, rejected: [] },
    ],
    [
      'a Norwegian number without country code',
      q({ contact: '22 40 00 40' }),
      { contact: { kind: 'phone', value: '22 40 00 40' }, rejected: [] },
    ],
    [
      'a number with hyphens and brackets',
      q({ contact: '+47 (22) 33-44-55' }),
      { contact: { kind: 'phone', value: '+47 (22) 33-44-55' }, rejected: [] },
    ],
    [
      'a number with the area code in brackets',
      q({ contact: '(555) 123-4567' }),
      { contact: { kind: 'phone', value: '(555) 123-4567' }, rejected: [] },
    ],
    ['a number with a run of separators', q({ contact: '22 - - 33 44 55' }), { rejected: ['contact'] }],
    ['a number ending in a bracket', q({ contact: '22 33 44 55)' }), { rejected: ['contact'] }],
    ['a plus and a space before the digits', q({ contact: '+ 47 22 33 44 55' }), { rejected: ['contact'] }],
    [
      'a number with 6 digits',
      q({ contact: '123456' }),
      { contact: { kind: 'phone', value: '123456' }, rejected: [] },
    ],
    ['a number with 5 digits', q({ contact: '12345' }), { rejected: ['contact'] }],
    [
      'a number with 15 digits',
      q({ contact: '+123456789012345' }),
      { contact: { kind: 'phone', value: '+123456789012345' }, rejected: [] },
    ],
    ['a number with 16 digits', q({ contact: '+1234567890123456' }), { rejected: ['contact'] }],
    ['a plus in the middle', q({ contact: '47+22334455' }), { rejected: ['contact'] }],
    ['letters in a number', q({ contact: '+47 22 33 44 5x' }), { rejected: ['contact'] }],
    ['words', q({ contact: 'call me maybe' }), { rejected: ['contact'] }],
    [
      'an email address',
      q({ contact: 'kari.nordmann@solvang.example.no' }),
      { contact: { kind: 'email', value: 'kari.nordmann@solvang.example.no' }, rejected: [] },
    ],
    [
      'an email address with a plus',
      q({ contact: 'kari+gruppe@example.no' }),
      { contact: { kind: 'email', value: 'kari+gruppe@example.no' }, rejected: [] },
    ],
    ['an email without a dot in the domain', q({ contact: 'kari@localhost' }), { rejected: ['contact'] }],
    ['an email with two @', q({ contact: 'kari@@example.no' }), { rejected: ['contact'] }],
    ['an email with a space', q({ contact: 'kari nordmann@example.no' }), { rejected: ['contact'] }],
    // Conservative on purpose: addresses with letters outside A–Z are rare, and easy to fake.
    ['an email with Norwegian letters', q({ contact: 'åse@blåbær.no' }), { rejected: ['contact'] }],
    ['an email with markup', q({ contact: '"<b>"@example.no' }), { rejected: ['contact'] }],
    ['a mailto: address', q({ contact: 'mailto:kari@example.no' }), { rejected: ['contact'] }],
    [
      'an email over 100 characters',
      q({ contact: `${'k'.repeat(90)}@example.no` }),
      { rejected: ['contact'] },
    ],
    [
      'utm_ and other parameters are ignored',
      '?utm_source=newsletter&utm_medium=email&fbclid=abc&preset=rehab-centre&gclid=x',
      { preset: 'rehab-centre', rejected: [] },
    ],
    ['a parameter given twice counts once', '?centre=A&centre=B', { centre: 'A', rejected: [] }],
    [
      'broken percent-encoding does not throw',
      '?centre=%E0%A4%A&starter=%',
      { centre: '\uFFFD%A', starter: '%', rejected: [] },
    ],
    [
      'several problems at once are all named',
      q({ preset: 'x', centre: '<i>', starter: 'y'.repeat(61), contact: 'nope' }),
      { rejected: ['preset', 'centre', 'starter', 'contact'] },
    ],
  ] as const)('%s', (_name, search, expected) => {
    expect(parseCentreParams(search, PRESETS)).toEqual(expected);
  });

  it('never echoes an unknown parameter, its name or its value', () => {
    const result = parseCentreParams('?utm_campaign=secret-campaign&evil=<script>&preset=nope', PRESETS);
    const text = JSON.stringify(result);
    expect(text).not.toMatch(/utm|secret|evil|script|nope/);
    expect(Object.keys(result).sort()).toEqual(['rejected']);
  });

  it.each([undefined, null, 42, {}, '?'.repeat(10_000), '&&&==&=', '?=x&centre'])(
    'never throws (%j)',
    (search) => {
      expect(() => parseCentreParams(search as string, PRESETS)).not.toThrow();
      expect(parseCentreParams(search as string, PRESETS).rejected).toEqual([]);
    },
  );

  it('only knows the presets it is given', () => {
    expect(parseCentreParams('?preset=rehab-centre', [])).toEqual({ rejected: ['preset'] });
  });
});

describe('validateCentreForm', () => {
  it.each([
    ['an empty form', {}, {}],
    [
      'a full, good form',
      { preset: 'rehab-centre', centre: 'Solvang', starter: 'Kari', contact: '22 40 00 40' },
      {},
    ],
    ['a bad contact', { centre: 'Solvang', contact: 'call me maybe' }, { contact: 'not-phone' }],
    ['a bad email', { contact: 'kari@' }, { contact: 'not-email' }],
    ['a long contact', { contact: '1'.repeat(101) }, { contact: 'too-long' }],
    ['markup in the centre', { centre: 'So<b>lvang' }, { centre: 'not-allowed' }],
    ['a long centre', { centre: 'x'.repeat(CENTRE_LIMITS.centre + 1) }, { centre: 'too-long' }],
    ['a long starter', { starter: 'x'.repeat(CENTRE_LIMITS.starter + 1) }, { starter: 'too-long' }],
    ['an unknown preset', { preset: 'no-such-preset' }, { preset: 'unknown' }],
  ] as const)('%s', (_name, input, expected) => {
    expect(validateCentreForm(input, PRESETS)).toEqual(expected);
  });

  it('checks only the form of a preset id when it has no list', () => {
    expect(validateCentreForm({ preset: 'any-id' })).toEqual({});
    expect(validateCentreForm({ preset: 'Any Id' })).toEqual({ preset: 'unknown' });
  });
});

describe('cleanText', () => {
  it.each([
    ['  a  b  ', 'a b'],
    ['a\r\nb', 'a b'],
    ['\u202Eabc\u202C', 'abc'],
    ['\u200Fa\u200Eb\u061C', 'ab'],
    ['e\u0301', 'é'],
    ['\u0085x\u2028y', 'x y'],
  ])('cleanText(%j) → %j', (input, expected) => {
    expect(cleanText(input)).toBe(expected);
  });
});

describe('round trip: what the link maker builds, the builder reads back', () => {
  it.each([
    { lang: 'en', preset: 'rehab-centre', centre: 'Solvang', starter: 'Kari', contact: '+47 912 34 567' },
    {
      lang: 'nb',
      preset: 'online-group',
      centre: 'Sørlandet & Co.',
      starter: 'Åse Ødegård',
      contact: 'ase@x.no',
    },
    { lang: 'nb', centre: 'Blåbær 🫐 senter', contact: 'ase.odegard+gruppe@solvang.example.no' },
    { lang: 'en', starter: 'O’Brien-Smith', contact: '(22) 33 44 55' },
    { lang: 'en', centre: '100% = "quality"; a/b?c#d', starter: 'a+b=c' },
    { lang: 'en' },
  ] as const)('%j', (input) => {
    const link = buildCentreLink('/selvhjelp/', input);
    expect(link.startsWith(`/selvhjelp/${input.lang}/builder/`)).toBe(true);
    const search = link.includes('?') ? link.slice(link.indexOf('?')) : '';
    const parsed = parseCentreParams(search, PRESETS);
    const contact = 'contact' in input ? input.contact : undefined;
    const expected = {
      ...('preset' in input ? { preset: input.preset } : {}),
      ...('centre' in input ? { centre: input.centre } : {}),
      ...('starter' in input ? { starter: input.starter } : {}),
      ...(contact ? { contact: { kind: contact.includes('@') ? 'email' : 'phone', value: contact } } : {}),
      rejected: [],
    };
    expect(parsed).toEqual(expected);
    // The address itself is plain ASCII: safe to print, to paste and to put in a QR code.
    expect(link).toMatch(/^[\x21-\x7E]+$/);
  });
});

describe('printedBuilderAddress', () => {
  it.each([
    [{}, 'example.org/nb/builder/'],
    [{ preset: 'rehab-centre' }, 'example.org/nb/builder/?preset=rehab-centre'],
    [
      { preset: 'rehab-centre', centre: 'Sørlandet rehab' },
      'example.org/nb/builder/?preset=rehab-centre&centre=Sørlandet+rehab',
    ],
    [{ centre: 'A & B / C?' }, 'example.org/nb/builder/?centre=A+%26+B+%2F+C%3F'],
  ])('%j → %s', (details, expected) => {
    expect(printedBuilderAddress('example.org', '/', 'nb', details)).toBe(expected);
  });

  it('keeps the base path, and reads back as the same details', () => {
    const address = printedBuilderAddress('h.test', '/selvhjelp/', 'en', { centre: 'Åse & Co' });
    expect(address).toBe('h.test/selvhjelp/en/builder/?centre=%C3%85se+%26+Co'.replace('%C3%85', 'Å'));
    expect(parseCentreParams(new URL(`https://${address}`).search, []).centre).toBe('Åse & Co');
  });
});

describe('addressBreaks', () => {
  it.each([
    ['a.org/nb/builder/?preset=x&centre=Y', ['a.org/', 'nb/', 'builder/', '?', 'preset=x&', 'centre=Y']],
    ['a.org', ['a.org']],
    ['', []],
  ])('%j → %j', (address, expected) => {
    expect(addressBreaks(address)).toEqual(expected);
    expect(addressBreaks(address).join('')).toBe(address);
  });
});
