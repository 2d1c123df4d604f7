/** Pure helpers for the crisis contacts in `content/site.yaml`. */
import type { Lang } from '../schemas/common.ts';
import type { Site } from '../schemas/site.ts';
import type { CrisisModel } from './charter/charter.ts';
import { STRINGS } from './i18n.ts';
import { makeTranslator } from './translate.ts';

type Country = Site['crisis']['countries'][number];
type Contact = Country['contacts'][number];

/** The site's main country: the one `crisis.primary` names (the schema makes sure it exists). */
export function primaryCountry(site: Site): Country {
  const country =
    site.crisis.countries.find((c) => c.code === site.crisis.primary) ?? site.crisis.countries[0];
  if (!country) throw new Error('content/site.yaml lists no crisis country');
  return country;
}

/** The main country's number for when a life is at risk (the contact marked `emergency`). */
export function emergencyContact(site: Site): Contact {
  const country = primaryCountry(site);
  const contact = country.contacts.find((c) => c.emergency) ?? country.contacts[0];
  if (!contact) throw new Error(`content/site.yaml lists no contact for ${country.code}`);
  return contact;
}

/** The crisis box's contents in one language: the main country's numbers, and a word for elsewhere. */
export function crisisModel(site: Site, lang: Lang): CrisisModel {
  const country = primaryCountry(site);
  const t = makeTranslator(lang, STRINGS[lang]);
  return {
    region: t('crisis.region', { country: country.name[lang] }),
    lines: country.contacts.map((c) => ({ phone: c.phone, name: c.name[lang], when: c.when[lang] })),
    notes: [site.crisis.fallback[lang]],
  };
}
