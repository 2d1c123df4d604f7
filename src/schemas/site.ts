import { z } from 'zod';
import { langSchema, localizedSchema, textSchema } from './common.ts';

/** A phone number people can call, with digits, spaces and an optional leading +. */
const phoneSchema = z
  .string()
  .regex(/^\+?[0-9][0-9 ]{1,18}[0-9]$/, 'Write the number with digits and spaces only');

/** A public web address on https (the only kind a crisis box links to). */
const httpsUrl = z.url({ protocol: /^https$/, message: 'Write a full https:// address' });

/** One crisis line or emergency number. */
export const crisisContactSchema = z.strictObject({
  /** The number to call, as people would dial it (for example "116 123"). */
  phone: phoneSchema,
  /** Who answers, per language (for example "Mental Helse's helpline"). */
  name: localizedSchema,
  /** When to call this number, per language, in one short line. Say "day and night" only when the service's own page says so. */
  when: localizedSchema,
  /**
   * Marks the number to call when a life is at risk (113 in Norway). Guides name it through
   * `<EmergencyNumber />`, never by typing it, so a copy for another country stays right.
   */
  emergency: z.boolean().optional(),
  /** The service's chat, for people who cannot or would rather not phone: its https address. */
  chat: httpsUrl.optional(),
  /** The service's own page where the number and opening hours were checked (https). Not shown on the site. */
  checkedAt: httpsUrl.optional(),
});

/** The crisis contacts for one country. */
export const crisisCountrySchema = z.strictObject({
  /** ISO 3166-1 alpha-2 country code, such as NO. */
  code: z.string().regex(/^[A-Z]{2}$/, 'Use a two-letter country code such as NO'),
  /** The country's name, per language. */
  name: localizedSchema,
  /**
   * The first line of every crisis box, saying where these numbers work, per language
   * (for example "In Norway"), so that a reader elsewhere does not call a number that is not theirs.
   */
  heading: localizedSchema,
  /** The contacts, most urgent first. */
  contacts: z
    .array(crisisContactSchema)
    .min(1, 'List at least one contact')
    .refine((list) => list.filter((c) => c.emergency).length === 1, {
      message: 'Mark exactly one contact with "emergency: true": the number to call when a life is at risk',
    }),
});

/**
 * Site settings and crisis contacts, stored as `content/site.yaml`.
 * A centre hosting its own copy replaces this one file.
 */
export const siteSchema = z
  .strictObject({
    /** The site's name, shown in the header and page titles. */
    name: textSchema,
    /**
     * The site's public address, such as https://selvhjelp.example.org: canonical and hreflang links,
     * link previews, the sitemap and the printed handout use it. The SITE_URL environment variable
     * overrides it. Without it those links are root-relative and there is no sitemap.
     */
    url: z.url({ protocol: /^https?$/ }).optional(),
    /** Where the site's source code is, such as https://github.com/example/groundwork: the footer and the guide to running a copy link to it. */
    source: z.url({ protocol: /^https$/ }).optional(),
    /** The path the site is served under, such as /selvhjelp/ (default /). The BASE_PATH environment variable overrides it. */
    basePath: z
      .string()
      .regex(/^\/(?:[a-z0-9._~-]+\/)*$/, 'Write a path that starts and ends with /, such as /selvhjelp/')
      .optional(),
    /** Which languages to build, the first being the default. The SITE_LANGUAGES environment variable (such as "nb") overrides it. */
    languages: z
      .array(langSchema)
      .min(1, 'Build at least one language')
      .refine((list) => new Set(list).size === list.length, 'List each language once')
      .default(['en', 'nb']),
    /** One line under the name on the home page, per language. */
    tagline: localizedSchema,
    /** The organisation that runs this copy, shown in the footer. Leave out for the main site. */
    organisation: z
      .strictObject({
        /** The organisation's name. */
        name: textSchema,
        /** How to reach it: a phone number, an email address or a web address. */
        contact: textSchema,
      })
      .optional(),
    /** Crisis signposting shown on the help-now page, the guides and the charter. */
    crisis: z.strictObject({
      /** The country whose contacts are shown first. Must be one of `countries`. */
      primary: z.string().regex(/^[A-Z]{2}$/, 'Use a two-letter country code such as NO'),
      /** Contacts per country. */
      countries: z.array(crisisCountrySchema).min(1, 'List at least one country'),
      /**
       * One line for readers in other countries, per language, shown under the numbers in every
       * crisis box: for example that 112 works across Europe, and the numbers for the UK and the US.
       */
      fallback: localizedSchema,
      /** The date the numbers were last checked, as YYYY-MM-DD. */
      checked: z.coerce.date(),
    }),
  })
  .refine((s) => s.crisis.countries.some((c) => c.code === s.crisis.primary), {
    message: 'crisis.primary must be the code of one of crisis.countries',
    path: ['crisis', 'primary'],
  });

/** Site settings as validated. */
export type Site = z.infer<typeof siteSchema>;
