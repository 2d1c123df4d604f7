/**
 * The link a rehabilitation centre gives a client: the charter builder, in a
 * language, with a suggested preset and optionally the centre's name and the
 * starter's name and contact.
 *
 *   /<lang>/builder/?preset=<id>&centre=<text>&starter=<text>&contact=<phone-or-email>
 *
 * Everything in the address is untrusted: anyone can write such a link. So the
 * parser never throws, reads only these four parameters (never echoing any
 * other), cleans each value, and drops a value that breaks a rule rather than
 * repairing it. Nothing here tracks anyone: there is no parameter for that.
 *
 * The builder imports this module in the browser, so it stays small and uses
 * `zod/mini`.
 */
import { email, maxLength, regex, safeParse, string } from 'zod/mini';
import type { Lang } from '../schemas/common.ts';
import { withBase } from './urls.ts';
import { graphemeCount } from './charter/text.ts';

/** The parameters a centre link may carry, in the order the link writes them. */
export const CENTRE_PARAMS = ['preset', 'centre', 'starter', 'contact'] as const;

/** One of the parameters a centre link may carry. */
export type CentreParam = (typeof CENTRE_PARAMS)[number];

/** The most characters (as a person sees them) each text field may have. */
export const CENTRE_LIMITS = { centre: 80, starter: 60, contact: 100 } as const;

/** Why a field of the link maker form is not accepted. */
export type CentreError =
  /** Longer than its limit. */
  | 'too-long'
  /** Contains markup (`<`, `>`) or a web address. */
  | 'not-allowed'
  /** Not a phone number: 6 to 15 digits, with spaces, hyphens or brackets between. */
  | 'not-phone'
  /** Has an @ but is not a plain email address. */
  | 'not-email'
  /** Not one of the presets. */
  | 'unknown';

/** What the link maker form holds, as typed. */
export interface CentreInput {
  /** The builder's language. */
  lang: Lang;
  /** A preset id, or empty for none. */
  preset?: string;
  /** The centre's name. */
  centre?: string;
  /** The starter's name. */
  starter?: string;
  /** The starter's phone number or email address. */
  contact?: string;
}

/** A contact that passed the checks. */
export interface CentreContact {
  /** Whether it is a phone number or an email address. */
  kind: 'phone' | 'email';
  /** The number or address, cleaned. */
  value: string;
}

/** What a centre link says, after checking. */
export interface CentreParams {
  /** A preset id from the list the caller passed. */
  preset?: string;
  /** The centre's name. */
  centre?: string;
  /** The starter's name. */
  starter?: string;
  /** The starter's phone number or email address. */
  contact?: CentreContact;
  /** The names of the parameters that were present but dropped. Never their values. */
  rejected: CentreParam[];
}

// Whitespace controls become spaces; other control characters, bidi controls and overrides,
// zero-width spaces, word joiners, the byte-order mark and soft hyphens go. The zero-width joiner
// (U+200D) stays: emoji are built with it.
const WHITESPACE_CONTROLS = /[\t\n\v\f\r\u0085\u2028\u2029]/g;
const STRIPPED =
  /[\p{Cc}\u00AD\u061C\u180E\u200B\u200C\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/gu;
// A name is text, not markup or an address.
const NOT_IN_NAMES = /[<>]|:\/\/|\b(?:javascript|vbscript|data|file):/i;
// Optional +, then digits with at most two spaces, hyphens or brackets between any two of them;
// an area code may open with a bracket, as in (555) 123-4567.
const PHONE = /^\+?\(?[0-9](?:[ ()-]{0,2}[0-9])+$/;
const PHONE_DIGITS = { min: 6, max: 15 } as const;
const PRESET_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const emailSchema = email().check(maxLength(CENTRE_LIMITS.contact));
const presetSchema = string().check(maxLength(60), regex(PRESET_ID));

/** The number of characters as a person sees them (graphemes). */
function characters(text: string): number {
  return graphemeCount(text);
}

/** Cleans typed or linked text: NFC, no control or bidi characters, single spaces, trimmed. */
export function cleanText(value: string): string {
  return value
    .normalize('NFC')
    .replace(WHITESPACE_CONTROLS, ' ')
    .replace(STRIPPED, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Whether text fits a limit: counted as a person sees characters, and also in
 * code units, so that one "character" piled with thousands of accents does not pass.
 */
function fits(text: string, limit: number): boolean {
  return text.length <= limit * 8 && characters(text) <= limit;
}

/** Checks a centre's or starter's name, already cleaned. */
function checkName(text: string, limit: number): CentreError | undefined {
  if (!fits(text, limit)) return 'too-long';
  if (NOT_IN_NAMES.test(text)) return 'not-allowed';
  return undefined;
}

/** Reads a contact, already cleaned, as a phone number or an email address. */
function readContact(text: string): CentreContact | CentreError {
  if (!fits(text, CENTRE_LIMITS.contact)) return 'too-long';
  if (text.includes('@')) {
    return safeParse(emailSchema, text).success ? { kind: 'email', value: text } : 'not-email';
  }
  const digits = text.replace(/[^0-9]/g, '').length;
  if (PHONE.test(text) && digits >= PHONE_DIGITS.min && digits <= PHONE_DIGITS.max) {
    return { kind: 'phone', value: text };
  }
  return 'not-phone';
}

/** Checks a preset id against the known ids (or, without a list, only its form). */
function checkPreset(id: string, presetIds?: readonly string[]): CentreError | undefined {
  if (!safeParse(presetSchema, id).success) return 'unknown';
  if (presetIds && !presetIds.includes(id)) return 'unknown';
  return undefined;
}

/** The cleaned, valid values of a form or link, and the error of each field that is not. */
function check(
  input: Partial<Record<CentreParam, string | null | undefined>>,
  presetIds?: readonly string[],
): { values: Omit<CentreParams, 'rejected'>; errors: Partial<Record<CentreParam, CentreError>> } {
  const values: Omit<CentreParams, 'rejected'> = {};
  const errors: Partial<Record<CentreParam, CentreError>> = {};
  const preset = cleanText(input.preset ?? '');
  if (preset) {
    const error = checkPreset(preset, presetIds);
    if (error) errors.preset = error;
    else values.preset = preset;
  }
  for (const field of ['centre', 'starter'] as const) {
    const text = cleanText(input[field] ?? '');
    if (!text) continue;
    const error = checkName(text, CENTRE_LIMITS[field]);
    if (error) errors[field] = error;
    else values[field] = text;
  }
  const contact = cleanText(input.contact ?? '');
  if (contact) {
    const read = readContact(contact);
    if (typeof read === 'string') errors.contact = read;
    else values.contact = read;
  }
  return { values, errors };
}

/**
 * The error code of each field of the link maker form that is not accepted;
 * an empty object when all are fine. Empty fields are fine: every field is optional.
 */
export function validateCentreForm(
  input: Omit<CentreInput, 'lang'> & { lang?: Lang },
  presetIds?: readonly string[],
): Partial<Record<CentreParam, CentreError>> {
  return check(input, presetIds).errors;
}

/**
 * The builder link for a centre: the site's base path, the language, and only
 * the four parameters, each cleaned and URL-encoded. Empty and invalid values
 * are left out, so the link never carries what the builder would drop.
 */
export function buildCentreLink(base: string, input: CentreInput): string {
  const { values } = check(input);
  const pairs: [CentreParam, string | undefined][] = [
    ['preset', values.preset],
    ['centre', values.centre],
    ['starter', values.starter],
    ['contact', values.contact?.value],
  ];
  const query = pairs
    .filter((pair): pair is [CentreParam, string] => pair[1] !== undefined)
    .map(([name, value]) => `${name}=${encodeURIComponent(value)}`)
    .join('&');
  // The language comes from a radio button in the browser; anything odd falls back to English.
  const lang = /^[a-z]{2,3}$/.test(input.lang) ? input.lang : 'en';
  const path = withBase(base, `/${lang}/builder/`);
  return query ? `${path}?${query}` : path;
}

/**
 * Reads a centre link's query string (`?preset=…&centre=…`). Never throws.
 * Other parameters are ignored; a parameter given twice counts once (the first);
 * an invalid value is dropped and its name listed in `rejected`.
 */
export function parseCentreParams(search: string, presetIds: readonly string[]): CentreParams {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(typeof search === 'string' ? search : '');
  } catch {
    return { rejected: [] };
  }
  const raw = Object.fromEntries(CENTRE_PARAMS.map((name) => [name, params.get(name)]));
  const { values, errors } = check(raw, presetIds);
  const rejected = CENTRE_PARAMS.filter((name) => errors[name] !== undefined);
  return { ...values, rejected };
}

/** A query value as a person can read and type it: spaces as `+`, letters such as ø as they are. */
function readable(value: string): string {
  return encodeURIComponent(value)
    .replace(/%20/g, '+')
    .replace(/(?:%[0-9A-F]{2})+/g, (run) => {
      const text = decodeURIComponent(run);
      return /^[\p{L}\p{N}]+$/u.test(text) ? text : run;
    });
}

/**
 * The builder's address as a sheet prints it for someone to type: the host
 * without `https://`, and of a centre link's details only the preset and the
 * centre (the starter and contact are printed as text beside it), readable:
 * `example.org/nb/builder/?preset=rehab-centre&centre=Sørlandet+rehab`.
 */
export function printedBuilderAddress(
  host: string,
  base: string,
  lang: Lang,
  details: Pick<CentreParams, 'preset' | 'centre'> = {},
): string {
  const pairs = (
    [
      ['preset', details.preset],
      ['centre', details.centre],
    ] as const
  ).filter((pair): pair is readonly ['preset' | 'centre', string] => Boolean(pair[1]));
  const query = pairs.map(([name, value]) => `${name}=${readable(value)}`).join('&');
  return `${host}${withBase(base, `/${lang}/builder/`)}${query ? `?${query}` : ''}`;
}

/** An address cut after each `/`, `?` and `&`, where a printed line may break: `a.org/nb/?x=1&y=2` → `a.org/`, `nb/`, `?`, `x=1&`, `y=2`. */
export function addressBreaks(address: string): string[] {
  return address.split(/(?<=[/?&])/).filter(Boolean);
}
