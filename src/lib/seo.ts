/**
 * What search engines and link previews are told about a page: which pages
 * stay out of search engines, the Open Graph locale of each language, and the
 * files a page's `<head>` links to. Used by the page head and the sitemap.
 */
import type { Lang } from '../schemas/common.ts';

/**
 * Pages (the path after the language, as in `langPath`) that ask search engines not to index them
 * and are left out of the sitemap: sheets that only make sense filled in from a centre's link, and
 * would otherwise show a stranger a half-empty form; and the offline page, which the service worker
 * shows in place of a page that is not saved on the device.
 */
export const UNLISTED_PAGES: readonly string[] = ['for-centres/handout/', 'for-centres/poster/', 'offline/'];

/** Whether a page (the path after the language) is kept out of search engines. */
export function isUnlisted(page: string): boolean {
  return UNLISTED_PAGES.includes(page.replace(/^\/+/, ''));
}

/**
 * Whether a sitemap entry's address is listed: not the 404 page and not an unlisted page. `base`
 * is the site's base path (`/` or `/selvhjelp/`).
 */
export function inSitemap(address: string, base: string): boolean {
  const path = new URL(address).pathname;
  const inside = path.startsWith(base) ? path.slice(base.length) : path.replace(/^\//, '');
  if (/^404(\.html|\/)?$/.test(inside)) return false;
  const page = inside.replace(/^[a-z]{2}\//, '');
  return !(/^[a-z]{2}\//.test(inside) && isUnlisted(page));
}

/** The size of the link-preview images in `public/` (1.91:1, as Open Graph and X cards want it); pages do not state it, the services measure the image. */
export const SHARE_IMAGE = { width: 1200, height: 630 } as const;

/** The link-preview image of a language, a root-relative path under `public/`. */
export function shareImagePath(lang: Lang): string {
  return `/share-${lang}.png`;
}

/** The web app manifest of a language, a root-relative path. */
export function manifestPath(lang: Lang): string {
  return `/${lang}/manifest.webmanifest`;
}

/** The web app's theme colour (the manifest's `theme_color`): the brand green. */
export const THEME_COLOUR = '#1a5c4b';

/** The background behind the app's splash screen: the page colour in light mode. */
export const APP_BACKGROUND = '#fbfaf6';

/** One icon of the web app manifest. */
export interface ManifestIcon {
  /** The icon's address. */
  src: string;
  /** Its size, such as `192x192`. */
  sizes: string;
  /** Always PNG. */
  type: 'image/png';
  /** `any` for a plain icon, `maskable` for one whose mark sits in the safe zone of a full square. */
  purpose: 'any' | 'maskable';
}

/** The icons in `public/icons/` (drawn by `src/tools/make-images.mjs`), as the manifest lists them. */
export const APP_ICONS: readonly (Omit<ManifestIcon, 'src'> & { file: string })[] = [
  { file: 'icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
  { file: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
  { file: 'maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
];

/** What the manifest is made from. */
export interface ManifestInput {
  /** The manifest's language. */
  lang: Lang;
  /** The site's name. */
  name: string;
  /** One line about the site, in that language. */
  description: string;
  /** Puts the base path in front of a root-relative path (`siteUrl`). */
  url: (path: string) => string;
}

/**
 * The web app manifest of one language: "Add to home screen" opens the home page of that language,
 * in its own window, with the site's icons and colours.
 */
export function webManifest({ lang, name, description, url }: ManifestInput) {
  const start = url(`/${lang}/`);
  return {
    id: start,
    name,
    short_name: name.length <= 12 ? name : name.slice(0, 12).trim(),
    description,
    lang,
    dir: 'ltr',
    start_url: start,
    scope: start,
    display: 'standalone',
    background_color: APP_BACKGROUND,
    theme_color: THEME_COLOUR,
    icons: APP_ICONS.map(({ file, ...icon }) => ({ src: url(`/icons/${file}`), ...icon })),
  };
}

/** One alternate address of a sitemap entry. */
export interface SitemapLink {
  /** The language code, or `x-default` for the root address that offers every language. */
  lang: string;
  /** The absolute address. */
  url: string;
}

/**
 * A sitemap entry's addresses in every built language, as its page head lists them: a page under
 * `/<lang>/` has the same page in each language plus the root address as `x-default`; the root
 * address has each language's home page. Other addresses have none.
 */
export function sitemapLinks(address: string, base: string, languages: readonly string[]): SitemapLink[] {
  const url = new URL(address);
  const root = new URL(base, url).href;
  const inside = url.pathname.startsWith(base) ? url.pathname.slice(base.length) : undefined;
  if (inside === undefined) return [];
  const match = /^([a-z]{2})\/(.*)$/.exec(inside);
  const page = inside === '' ? '' : match && languages.includes(match[1]!) ? match[2]! : undefined;
  if (page === undefined) return [];
  return [
    ...languages.map((lang) => ({ lang, url: new URL(`${lang}/${page}`, root).href })),
    { lang: 'x-default', url: root },
  ];
}
