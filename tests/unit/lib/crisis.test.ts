import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { siteSchema, type Site } from '../../../src/schemas/site.ts';
import {
  crisisBox,
  crisisBoxes,
  crisisPhones,
  emergencyContact,
  shortAddress,
  telNumber,
} from '../../../src/lib/crisis.ts';

const real: Site = siteSchema.parse(
  parse(readFileSync(new URL('../../../content/site.yaml', import.meta.url), 'utf8')),
);

/** A second country, to see that the main one comes first and the others keep their own heading. */
const twoCountries: Site = {
  ...real,
  crisis: {
    ...real.crisis,
    primary: 'SE',
    countries: [
      ...real.crisis.countries,
      {
        code: 'SE',
        name: { en: 'Sweden', nb: 'Sverige' },
        heading: { en: 'In Sweden', nb: 'I Sverige' },
        contacts: [
          {
            phone: '112',
            emergency: true,
            name: { en: 'Emergency', nb: 'Nødnummer' },
            when: { en: 'Call.', nb: 'Ring.' },
          },
        ],
      },
    ],
  },
};

describe('the crisis box', () => {
  it.each(['en', 'nb'] as const)('in %s first says where its numbers work', (lang) => {
    const box = crisisBox(real, lang);
    expect(box.heading).toBe(lang === 'en' ? 'In Norway' : 'I Norge');
    expect(box.country).toBe('NO');
    expect(box.elsewhere).toBe(real.crisis.fallback[lang]);
  });

  it('lists every number of the main country in order, with tel: targets and the emergency number marked', () => {
    const box = crisisBox(real, 'en');
    expect(box.lines.map((l) => l.phone)).toEqual(real.crisis.countries[0]?.contacts.map((c) => c.phone));
    expect(box.lines.filter((l) => l.emergency).map((l) => l.phone)).toEqual([emergencyContact(real).phone]);
    for (const line of box.lines) expect(line.tel).toMatch(/^\+?\d+$/);
  });

  it('has the numbers the issue asks for: 113, 112, 110, 116 117, 116 123 and 22 40 00 40', () => {
    expect(crisisPhones(real)).toEqual(
      expect.arrayContaining(['113', '112', '110', '116 117', '116 123', '22 40 00 40']),
    );
    expect(emergencyContact(real).phone).toBe('113');
  });

  it('gives the chats of Kirkens SOS and Mental Helse as https addresses', () => {
    const chats = crisisBox(real, 'nb').lines.flatMap((l) => (l.chat ? [l.chat] : []));
    expect(chats.map((c) => c.label)).toEqual(expect.arrayContaining(['soschat.no', 'sidetmedord.no']));
    for (const chat of chats) expect(chat.url).toMatch(/^https:\/\//);
  });

  it('says, for readers elsewhere, 112, the UK and US numbers and what 116 123 is in the UK and Ireland', () => {
    for (const lang of ['en', 'nb'] as const) {
      const line = crisisBox(real, lang).elsewhere;
      for (const part of ['112', '999', '911', '988', '116 123', 'Samaritans']) expect(line).toContain(part);
    }
  });

  it('puts the main country first and keeps each country its own heading', () => {
    const boxes = crisisBoxes(twoCountries, 'en');
    expect(boxes.map((b) => b.heading)).toEqual(['In Sweden', 'In Norway']);
    expect(crisisBox(twoCountries, 'nb', 'NO').heading).toBe('I Norge');
    expect(crisisBox(twoCountries, 'nb', 'XX').heading).toBe('I Sverige');
  });
});

describe('telNumber and shortAddress', () => {
  it.each([
    ['113', '113'],
    ['22 40 00 40', '22400040'],
    ['+47 116 123', '+47116123'],
  ])('telNumber(%j) → %j', (phone, expected) => {
    expect(telNumber(phone)).toBe(expected);
  });

  it.each([
    ['https://www.soschat.no/', 'soschat.no'],
    ['https://sidetmedord.no/', 'sidetmedord.no'],
    ['https://www.116111.no/chat', '116111.no/chat'],
  ])('shortAddress(%j) → %j', (url, expected) => {
    expect(shortAddress(url)).toBe(expected);
  });
});
