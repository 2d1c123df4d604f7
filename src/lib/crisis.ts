/** Pure helpers for the crisis contacts in `content/site.yaml`. */
import type { Site } from '../schemas/site.ts';

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
