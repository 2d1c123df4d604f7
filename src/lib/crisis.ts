/**
 * Pure helpers for the crisis contacts in `content/site.yaml`: the one place that turns the data into
 * what a crisis box shows, so that the help-now page, the crisis box in guides and on paper, and the
 * charter all say the same thing in the same order: first where the numbers work ("In Norway"), then
 * the numbers, then one line for readers elsewhere.
 */
import type { Lang } from '../schemas/common.ts';
import type { Site } from '../schemas/site.ts';

type Country = Site['crisis']['countries'][number];
type Contact = Country['contacts'][number];

/** One crisis contact, in one language, ready to show. */
export interface CrisisLine {
  /** The number as people dial it, such as "116 123". */
  phone: string;
  /** The number for a `tel:` link, without spaces, such as "116123". */
  tel: string;
  /** Who answers, such as "Mental Helse helpline". */
  name: string;
  /** When to call, in one short line. */
  when: string;
  /** Whether this is the number to call when a life is at risk (113 in Norway). */
  emergency: boolean;
  /** The service's chat, if it has one: its https address and the short form to show ("soschat.no"). */
  chat?: { url: string; label: string };
}

/** A crisis box's content in one language. */
export interface CrisisBox {
  /** The country's code, such as "NO". */
  country: string;
  /** The first line: where the numbers work, such as "In Norway". */
  heading: string;
  /** The contacts, most urgent first. */
  lines: CrisisLine[];
  /** One line for readers in other countries (112 across Europe, the UK and US numbers). */
  elsewhere: string;
  /** The date the numbers were last checked. */
  checked: Date;
}

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

/** A phone number as a `tel:` target: digits and a leading +, nothing else. */
export function telNumber(phone: string): string {
  return phone.replace(/[^\d+]/g, '');
}

/** A web address as people read it: no scheme, no "www.", no trailing slash ("https://www.soschat.no/" → "soschat.no"). */
export function shortAddress(url: string): string {
  return url
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/\/$/, '');
}

/** One contact in one language. */
export function crisisLine(contact: Contact, lang: Lang): CrisisLine {
  return {
    phone: contact.phone,
    tel: telNumber(contact.phone),
    name: contact.name[lang],
    when: contact.when[lang],
    emergency: contact.emergency === true,
    ...(contact.chat ? { chat: { url: contact.chat, label: shortAddress(contact.chat) } } : {}),
  };
}

/** The crisis box of one country (the main country when left out), in one language. */
export function crisisBox(site: Site, lang: Lang, code: string = site.crisis.primary): CrisisBox {
  const country = site.crisis.countries.find((c) => c.code === code) ?? primaryCountry(site);
  return {
    country: country.code,
    heading: country.heading[lang],
    lines: country.contacts.map((c) => crisisLine(c, lang)),
    elsewhere: site.crisis.fallback[lang],
    checked: site.crisis.checked,
  };
}

/** Every country's crisis box in one language, the main country first. */
export function crisisBoxes(site: Site, lang: Lang): CrisisBox[] {
  const codes = site.crisis.countries.map((c) => c.code);
  const ordered = [site.crisis.primary, ...codes.filter((c) => c !== site.crisis.primary)];
  return ordered.map((code) => crisisBox(site, lang, code));
}

/** Every phone number the site lists, in every country, as dialled ("113", "22 40 00 40"). */
export function crisisPhones(site: Site): string[] {
  return [...new Set(site.crisis.countries.flatMap((c) => c.contacts.map((k) => k.phone)))];
}

/**
 * The crisis box as the charter shows it, in one language: where the numbers work ("In Norway"), the
 * numbers (with their chats), a line for readers elsewhere, and the word before a chat's address.
 */
export type CrisisModel = Pick<CrisisBox, 'heading' | 'lines' | 'elsewhere'> & {
  /** The label before a chat's address, such as "Chat:". */
  chatLabel: string;
};

/** The crisis box as the charter shows it, in one language; `chatLabel` is the word before a chat's address. */
export function charterCrisis(site: Site, lang: Lang, chatLabel: string): CrisisModel {
  const { heading, lines, elsewhere } = crisisBox(site, lang);
  return { heading, lines, elsewhere, chatLabel };
}
