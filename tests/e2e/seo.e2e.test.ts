/**
 * What search engines, link previews and phones read from the built site: every page's canonical
 * and hreflang links are absolute and point at built pages, its description and Open Graph and
 * Twitter tags are there (parsed by Chromium's own HTML parser) with a sharing image of the right
 * size, the sitemap lists every indexable page with its alternates and robots.txt points to it, and
 * each language's web app manifest parses, opens that language and lists icons that exist at the
 * sizes it claims.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHARE_IMAGE, isUnlisted } from '../../src/lib/seo.ts';
import { fileFor } from '../support/links-check.ts';
import { baseUrl, builtHtml, builtPages, distDir, openPage, startBrowser } from '../support/browser.ts';

const root = join(import.meta.dirname, '../..');
const SITE = (parse(readFileSync(join(root, 'content/site.yaml'), 'utf8')) as { url: string }).url.replace(
  /\/$/,
  '',
);
const LANGS = ['en', 'nb'] as const;
const pages = builtPages();

let browser: Browser;

beforeAll(async () => {
  browser = await startBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** Width and height of a PNG file, from its IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1'), file).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The built file for an address on the main site, or undefined when there is none. */
function builtFileFor(address: string): string | undefined {
  expect(address.startsWith(`${SITE}/`), address).toBe(true);
  return fileFor(distDir, new URL(address).pathname);
}

interface HeadTags {
  lang: string;
  canonical: string[];
  alternates: [string, string][];
  meta: Record<string, string[]>;
  manifest: string | null;
  icons: string[];
}

/** Reads the head of every built page with the browser's own parser. */
async function readHeads(): Promise<Record<string, HeadTags>> {
  const { page, close } = await openPage(browser, { javaScriptEnabled: true });
  try {
    await page.goto(`${baseUrl}/en/`);
    const sources = pages.map((path) => [path, builtHtml(path)] as const);
    return await page.evaluate((list) => {
      const out: Record<string, HeadTags> = {};
      for (const [path, html] of list) {
        const doc = new DOMParser().parseFromString(html, 'text/html');
        const meta: Record<string, string[]> = {};
        for (const el of doc.head.querySelectorAll('meta[name], meta[property]')) {
          const key = el.getAttribute('property') ?? el.getAttribute('name') ?? '';
          (meta[key] ??= []).push(el.getAttribute('content') ?? '');
        }
        out[path] = {
          lang: doc.documentElement.lang,
          canonical: [...doc.head.querySelectorAll('link[rel="canonical"]')].map(
            (l) => l.getAttribute('href') ?? '',
          ),
          alternates: [...doc.head.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => [
            l.getAttribute('hreflang') ?? '',
            l.getAttribute('href') ?? '',
          ]),
          meta,
          manifest: doc.head.querySelector('link[rel="manifest"]')?.getAttribute('href') ?? null,
          icons: [...doc.head.querySelectorAll('link[rel="icon"]')].map((l) => l.getAttribute('href') ?? ''),
        };
      }
      return out;
    }, sources);
  } finally {
    await close();
  }
}

describe('every page’s head', () => {
  let heads: Record<string, HeadTags>;

  beforeAll(async () => {
    heads = await readHeads();
  });

  it('is read for every built page', () => {
    expect(Object.keys(heads).length).toBe(pages.length);
    expect(pages.length).toBeGreaterThan(40);
  });

  it('has nothing after </html> on any page (a page’s script sits in its body)', () => {
    const trailing = pages.filter((path) => !builtHtml(path).trimEnd().endsWith('</html>'));
    expect(trailing).toEqual([]);
  });

  it.each(pages)('%s: absolute canonical and hreflang links to built pages', (path) => {
    const head = heads[path]!;
    expect(head.canonical).toEqual([`${SITE}${path}`]);
    const langs = head.alternates.map(([lang]) => lang).sort();
    expect(langs).toEqual(['en', 'nb', 'x-default']);
    for (const [lang, href] of head.alternates) {
      expect(href, lang).toMatch(/^https:\/\//);
      expect(builtFileFor(href), href).toBeDefined();
    }
    expect(head.alternates.find(([lang]) => lang === 'x-default')?.[1]).toBe(`${SITE}/`);
    if (path !== '/') {
      const rest = path.slice(4);
      expect(Object.fromEntries(head.alternates)).toMatchObject({
        en: `${SITE}/en/${rest}`,
        nb: `${SITE}/nb/${rest}`,
      });
    }
  });

  it.each(pages)(
    '%s: description, and the link-preview tags a preview shows, without their fallbacks',
    (path) => {
      const { meta } = heads[path]!;
      const one = (key: string) => {
        expect(meta[key], key).toHaveLength(1);
        return meta[key]![0]!;
      };
      expect(one('description').length).toBeGreaterThan(20);
      expect(one('og:title').length).toBeGreaterThan(2);
      const lang = heads[path]!.lang;
      const image = one('og:image');
      expect(image).toBe(`${SITE}/share-${lang}.png`);
      expect(pngSize(builtFileFor(image)!)).toEqual(SHARE_IMAGE);
      expect(one('og:image:alt')).toContain('Groundwork');
      expect(one('twitter:card')).toBe('summary_large_image');
      expect(one('twitter:image:alt')).toBe(one('og:image:alt'));
      // Services fall back to the description, the page's address and "website", and X to Open Graph;
      // they measure the image themselves.
      const fallbacks = ['og:description', 'og:url', 'og:type', 'og:site_name', 'og:locale'];
      fallbacks.push('og:image:width', 'og:image:height');
      fallbacks.push('twitter:title', 'twitter:description', 'twitter:image', 'theme-color');
      expect(fallbacks.filter((key) => meta[key] !== undefined)).toEqual([]);
    },
  );

  it.each(pages)('%s: asks not to be indexed only when it is an unlisted page', (path) => {
    const robots = heads[path]!.meta.robots ?? [];
    const unlisted = path !== '/' && isUnlisted(path.slice(4));
    expect(robots).toEqual(unlisted ? ['noindex'] : []);
  });

  it('has one favicon on every page, a small PNG that exists (an SVG one costs the page’s main thread)', () => {
    for (const path of pages) {
      expect(heads[path]!.icons, path).toEqual(['/icons/favicon-48.png']);
    }
    expect(pngSize(join(distDir, 'icons/favicon-48.png'))).toEqual({ width: 48, height: 48 });
  });

  it('lists a manifest in the page’s language on every page', () => {
    for (const path of pages) {
      const lang = path === '/' ? 'en' : path.slice(1, 3);
      expect(heads[path]!.manifest, path).toBe(`/${lang}/manifest.webmanifest`);
    }
  });
});

describe('the sitemap and robots.txt', () => {
  const read = (name: string) => readFileSync(join(distDir, name), 'utf8');

  it('robots.txt lets every page be crawled and names the sitemap', () => {
    const robots = read('robots.txt');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).toMatch(/^Allow: \/$/m);
    expect(robots).toMatch(new RegExp(`^Sitemap: ${SITE}/sitemap-index\\.xml$`, 'm'));
    expect(robots).not.toMatch(/Disallow/);
  });

  it('lists every indexable page once, with its address in each language', async () => {
    const index = read('sitemap-index.xml');
    const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(maps.length).toBeGreaterThan(0);
    const entries: { loc: string; links: [string, string][] }[] = [];
    for (const map of maps) {
      const xml = read(new URL(map).pathname.slice(1));
      for (const [, body] of xml.matchAll(/<url>([\s\S]*?)<\/url>/g)) {
        entries.push({
          loc: /<loc>([^<]+)<\/loc>/.exec(body!)![1]!,
          links: [...body!.matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1]!, m[2]!]),
        });
      }
    }
    const indexable = pages.filter((p) => p === '/' || !isUnlisted(p.slice(4)));
    expect(entries.map((e) => e.loc).sort()).toEqual(indexable.map((p) => `${SITE}${p}`).sort());
    for (const { loc, links } of entries) {
      expect(links.map(([lang]) => lang).sort(), loc).toEqual(['en', 'nb', 'x-default']);
      for (const [, href] of links) expect(builtFileFor(href), href).toBeDefined();
    }
  });
});

describe.each(LANGS)('the %s web app manifest', (lang) => {
  const file = join(distDir, lang, 'manifest.webmanifest');

  it('parses, says its language and opens that language’s home page', () => {
    const manifest = JSON.parse(readFileSync(file, 'utf8'));
    expect(manifest).toMatchObject({
      lang,
      name: 'Groundwork',
      short_name: 'Groundwork',
      start_url: `/${lang}/`,
      scope: `/${lang}/`,
      display: 'standalone',
    });
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/);
    expect(existsSync(join(distDir, lang, 'index.html'))).toBe(true);
  });

  it('lists icons that exist at the sizes it claims, a maskable one among them', () => {
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as {
      icons: { src: string; sizes: string; type: string; purpose: string }[];
    };
    expect(manifest.icons.some((i) => i.purpose === 'maskable')).toBe(true);
    expect(manifest.icons.some((i) => i.sizes === '512x512' && i.purpose === 'any')).toBe(true);
    expect(manifest.icons.some((i) => i.sizes === '192x192')).toBe(true);
    for (const icon of manifest.icons) {
      expect(icon.type).toBe('image/png');
      const [width, height] = icon.sizes.split('x').map(Number);
      expect(pngSize(join(distDir, icon.src)), icon.src).toEqual({ width, height });
    }
  });

  it('is read by Chromium without errors, with its icons', async () => {
    const { page, close } = await openPage(browser);
    try {
      await page.goto(`${baseUrl}/${lang}/guides/`);
      const cdp = await page.context().newCDPSession(page);
      const result = (await cdp.send('Page.getAppManifest')) as {
        url: string;
        errors: { message: string }[];
        data?: string;
      };
      expect(result.url).toBe(`${baseUrl}/${lang}/manifest.webmanifest`);
      expect(result.errors).toEqual([]);
      expect(JSON.parse(result.data ?? '{}').lang).toBe(lang);
      for (const icon of JSON.parse(result.data ?? '{}').icons as { src: string }[]) {
        const response = await page.request.get(new URL(icon.src, result.url).href);
        expect(response.status(), icon.src).toBe(200);
        expect(response.headers()['content-type']).toBe('image/png');
      }
    } finally {
      await close();
    }
  });
});
