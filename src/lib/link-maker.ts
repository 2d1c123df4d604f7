/**
 * What the link maker on the page for centres shows for what has been typed:
 * the builder link (as a path and as a full address), where the form sends
 * without the script, the printable sheets with the same details, and which
 * field errors to show. Pure: `src/scripts/link-maker.ts` wires it to the page.
 */
import { fill } from './format.ts';
import { withBase } from './urls.ts';
import type { Lang } from '../schemas/common.ts';
import {
  CENTRE_PARAMS,
  buildCentreLink,
  parseCentreParams,
  printedBuilderAddress,
  validateCentreForm,
  type CentreError,
  type CentreInput,
  type CentreParam,
} from './centre-link.ts';

/** The sheets a centre prints with its details, by their path after the language. */
export const CENTRE_SHEETS = { handout: 'for-centres/handout/', poster: 'for-centres/poster/' } as const;

/** One error to show: the field and why it is not accepted. */
export interface ShownError {
  /** The field. */
  name: CentreParam;
  /** Why. */
  error: CentreError;
}

/** What the link maker shows. */
export interface MakerState {
  /** The error of every field that has one. */
  errors: Partial<Record<CentreParam, CentreError>>;
  /** The errors to show now: those of the fields someone has left or sent, in the form's order. */
  shown: ShownError[];
  /** Where the form sends: the builder in the chosen language. */
  action: string;
  /** The builder link, as a path with its query. */
  path: string;
  /** The builder link as a full address, to copy and to put in the QR code. */
  link: string;
  /** The printable sheets with the same details (`?preset=…&centre=…`), as paths. */
  sheets: Record<keyof typeof CENTRE_SHEETS, string>;
}

/** Where the link maker runs and what it knows. */
export interface MakerContext {
  /** The preset ids the builder offers. */
  presets: readonly string[];
  /** The fields someone has left or sent: only their errors are shown. */
  touched: ReadonlySet<CentreParam>;
  /** The site's base path. */
  base: string;
  /** The page's origin, such as `https://example.org`. */
  origin: string;
}

/** Works out what the link maker shows for what the form holds. */
export function makerState(input: CentreInput, { presets, touched, base, origin }: MakerContext): MakerState {
  const errors = validateCentreForm(input, presets);
  const shown = CENTRE_PARAMS.flatMap((name) => {
    const error = errors[name];
    return error && touched.has(name) ? [{ name, error }] : [];
  });
  const path = buildCentreLink(base, input);
  const query = path.includes('?') ? path.slice(path.indexOf('?')) : '';
  const lang = path.slice(withBase(base, '/').length).split('/')[0] ?? 'en';
  const sheet = (page: string) => withBase(base, `/${lang}/${page}`) + query;
  return {
    errors,
    shown,
    action: withBase(base, `/${lang}/builder/`),
    path,
    link: origin + path,
    sheets: { handout: sheet(CENTRE_SHEETS.handout), poster: sheet(CENTRE_SHEETS.poster) },
  };
}

/** The words for one error, from its template: `{label}` is the field's label, `{limit}` its limit. */
export function errorText(template: string, label: string, limit: number | undefined): string {
  return fill(template, { label, limit: limit ?? '' });
}

/** What a printed sheet for centres shows from a centre link's details. */
export interface SheetDetails {
  /** The builder link as a full address, for the QR codes. */
  link: string;
  /** The builder's address to print for typing: host, path, preset and centre. */
  address: string;
  /** The builder's address without the details, for where there is little room. */
  shortAddress: string;
  /** The centre's name, for its line, if the link gives one. */
  centre?: string;
  /** The starter and their contact, for the contact line, if the link gives them. */
  contact?: string;
}

/**
 * What the handout and the poster print from the address they were opened
 * with (`?preset=…&centre=…&starter=…&contact=…`), read with the builder's own
 * checks: anything else in the address, and any value that breaks a rule, is left out.
 */
export function sheetDetails(
  search: string,
  { presets, base, lang, origin }: { presets: readonly string[]; base: string; lang: Lang; origin: string },
): SheetDetails {
  const details = parseCentreParams(search, presets);
  const path = buildCentreLink(base, { ...details, lang, contact: details.contact?.value });
  const contact = [details.starter, details.contact?.value].filter(Boolean).join(', ');
  return {
    link: origin + path,
    address: printedBuilderAddress(new URL(origin).host, base, lang, details),
    shortAddress: printedBuilderAddress(new URL(origin).host, base, lang),
    ...(details.centre ? { centre: details.centre } : {}),
    ...(contact ? { contact } : {}),
  };
}
