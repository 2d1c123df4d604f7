/**
 * Every built page in every language: it loads, logs no errors, asks nothing
 * of any other origin, fits a 320 px phone, has a "Help now" link in its
 * header that a phone reaches at once, has no axe violations in light and
 * dark, says which language it is in, links to itself in the other language,
 * and shows its content without JavaScript. Each page is loaded twice: once
 * with JavaScript (both colour schemes and widths in the same tab), once
 * without.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '../../src/i18n/en.json' with { type: 'json' };
import nb from '../../src/i18n/nb.json' with { type: 'json' };
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { siteSchema } from '../../src/schemas/site.ts';
import { crisisBox } from '../../src/lib/crisis.ts';
import {
  baseUrl,
  builtHtml,
  builtPages,
  openPage,
  runAxe,
  settled,
  startBrowser,
} from '../support/browser.ts';

const pages = builtPages();
let browser: Browser;
/** One tab with JavaScript off for every page: without scripts, nothing carries from one page to the next. */
let noScript: Awaited<ReturnType<typeof openPage>>;

beforeAll(async () => {
  browser = await startBrowser();
  noScript = await openPage(browser, { javaScriptEnabled: false });
});

/** The shared tab without JavaScript, in the shape `openPage` gives (closing it is left to afterAll). */
const noScriptTab = () => ({ page: noScript.page, close: async () => {} });

afterAll(async () => {
  await noScript?.close();
  await browser?.close();
});

it('builds the pages every language needs', () => {
  for (const lang of ['en', 'nb']) {
    for (const page of ['', 'guides/', 'rules/', 'help-now/', 'privacy/', 'accessibility/']) {
      expect(pages).toContain(`/${lang}/${page}`);
    }
  }
  expect(pages).toContain('/');
});

const localized = pages.filter((p) => /^\/(en|nb)\//.test(p));
const HELP_NOW = { en: en['nav.helpNow'], nb: nb['nav.helpNow'] } as const;
const PHONE = { width: 320, height: 640 };

describe.each(pages)('%s', (path) => {
  const lang = path === '/' ? undefined : (path.slice(1, 3) as 'en' | 'nb');

  it('loads at 320 px with no sideways scroll, its "Help now" link on the first screen (and a guide its pager\'s full-width links), axe-clean in light at 320 px and dark at 1280 px, with no console error and no request to another origin', async () => {
    const { page, log, close } = await openPage(browser, { viewport: PHONE });
    try {
      const response = await page.goto(`${baseUrl}${path}`);
      expect(response?.status()).toBe(200);
      await settled(page);
      expect(await page.locator('h1').count()).toBe(1);
      expect(await page.title()).not.toBe('');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        PHONE.width,
      );
      if (lang) {
        // On a phone the footer can be thousands of pixels down: help is in the header, in reach at once.
        const link = page.locator('header [data-help-now]');
        expect(await link.isVisible()).toBe(true);
        const box = await link.boundingBox();
        if (!box) throw new Error('the Help now link has no box');
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
        expect(box.y + box.height).toBeLessThanOrEqual(PHONE.height);
        expect(box.height).toBeGreaterThanOrEqual(44);
      }
      if (/^\/(en|nb)\/guides\/[^/]+\/$/.test(path)) {
        // The pager: a labelled <nav> of plain links, each as wide as the phone's column and 44 px tall.
        const links = await page.$$eval('nav.pager[aria-label] > a', (as) =>
          as.map((a) => ({
            width: a.getBoundingClientRect().width,
            height: a.getBoundingClientRect().height,
            column: a.parentElement!.getBoundingClientRect().width,
          })),
        );
        expect(links.length).toBeGreaterThan(0);
        for (const link of links) {
          expect(link.height).toBeGreaterThanOrEqual(44);
          expect(link.width).toBe(link.column);
        }
      }
      let violations = await runAxe(page);
      expect(violations, `light, 320 px: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.emulateMedia({ colorScheme: 'dark' });
      violations = await runAxe(page);
      expect(violations, `dark, 1280 px: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
      expect(log.errors).toEqual([]);
      expect(log.requests.filter((url) => new URL(url).origin !== baseUrl)).toEqual([]);
    } finally {
      await close();
    }
  });

  it('shows its main content with JavaScript turned off, says its language and links to itself in the other', async () => {
    const { page } = noScript;
    await page.goto(`${baseUrl}${path}`);
    const main = page.locator('main');
    expect(await main.count()).toBe(1);
    expect((await main.innerText()).trim().length).toBeGreaterThan(80);
    expect(await main.locator('h1').isVisible()).toBe(true);
    if (!lang) return;
    const other = lang === 'en' ? 'nb' : 'en';
    expect(await page.getAttribute('html', 'lang')).toBe(lang);
    const alternates = await page.$$eval('link[rel=alternate][hreflang]', (links) =>
      links.map((l) => [l.getAttribute('hreflang'), new URL((l as HTMLLinkElement).href).pathname]),
    );
    expect(alternates).toEqual(
      expect.arrayContaining([
        ['en', `/en/${path.slice(4)}`],
        ['nb', `/nb/${path.slice(4)}`],
      ]),
    );
    // The switcher goes to the same page in the other language, which is built (and tested) too.
    const switcher = page.locator(`header a[hreflang="${other}"]`);
    expect(await switcher.getAttribute('lang')).toBe(other);
    const target = new URL((await switcher.getAttribute('href'))!, page.url()).pathname;
    expect(target).toBe(`/${other}/${path.slice(4)}`);
    expect(pages).toContain(target);
  });
});

it('answers a missing page with status 404 and a page in both languages', async () => {
  const { page, close } = await openPage(browser);
  try {
    const response = await page.goto(`${baseUrl}/en/no-such-page/`);
    expect(response?.status()).toBe(404);
    const sections = await page.$$eval('main [lang]', (els) => els.map((e) => e.getAttribute('lang')));
    expect(sections).toEqual(['en', 'nb']);
    const violations = await runAxe(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
  } finally {
    await close();
  }
});

describe('the "Help now" link in every header', () => {
  it.each(localized)('%s has it', (path) => {
    const lang = path.slice(1, 3) as 'en' | 'nb';
    const header =
      /<header[^>]*class="site-header"[^>]*>([\s\S]*?)<\/header>/.exec(builtHtml(path))?.[1] ?? '';
    const link = /<a\b[^>]*\bdata-help-now\b[^>]*>([\s\S]*?)<\/a>/.exec(header);
    expect(link, 'no Help now link in the header').not.toBeNull();
    expect(link?.[0]).toMatch(new RegExp(`href="[^"]*/${lang}/help-now/"`));
    expect(link?.[1]?.trim()).toBe(HELP_NOW[lang]);
  });
});

const SITE = siteSchema.parse(
  parse(readFileSync(new URL('../../content/site.yaml', import.meta.url), 'utf8')),
);

describe.each(['en', 'nb'] as const)('crisis numbers in %s', (lang) => {
  const box = crisisBox(SITE, lang);

  it('the help-now page says where the numbers work before any number, lists each as a tel: link, and every chat', async () => {
    const { page, close } = noScriptTab();
    try {
      await page.goto(`${baseUrl}/${lang}/help-now/`);
      const main = page.locator('main');
      const text = await main.innerText();
      expect(text.indexOf(box.heading)).toBeGreaterThan(-1);
      expect(text.indexOf(box.heading)).toBeLessThan(text.indexOf(box.lines[0]!.phone));
      const numbers = main.locator(`section[aria-labelledby="country-${box.country}"]`);
      for (const line of box.lines) {
        expect(await numbers.locator(`a[href="tel:${line.tel}"]`).count()).toBe(1);
        if (line.chat) expect(await numbers.locator(`a[href="${line.chat.url}"]`).count()).toBe(1);
      }
      expect(text).toContain(box.elsewhere);
    } finally {
      await close();
    }
  });

  it('the help-now page names suicide, advises asking directly, and links the emergency number', async () => {
    const { page, close } = noScriptTab();
    try {
      await page.goto(`${baseUrl}/${lang}/help-now/`);
      const section = page.locator('section[aria-labelledby="suicide"]');
      expect(await section.innerText()).toMatch(
        lang === 'en' ? /Are you thinking about suicide\?/ : /Tenker du på selvmord\?/,
      );
      const emergency = box.lines.find((l) => l.emergency);
      expect(await section.locator(`a[href="tel:${emergency?.tel}"]`).count()).toBe(1);
    } finally {
      await close();
    }
  });

  it('a crisis box in a guide first says where its numbers work, then lists them all', async () => {
    const { page, close } = noScriptTab();
    try {
      await page.goto(`${baseUrl}/${lang}/guides/confidentiality-and-safety/`);
      const aside = page.locator('aside.crisis-box').first();
      expect(await aside.locator('h2 + p').innerText()).toBe(box.heading);
      expect(await aside.locator('a[href^="tel:"]').count()).toBe(box.lines.length);
      expect(await aside.innerText()).toContain(box.elsewhere);
    } finally {
      await close();
    }
  });
});

describe.each(['en', 'nb'] as const)('the rule catalogue in %s', (lang) => {
  const strings = lang === 'en' ? en : nb;

  it('has a "Say it simply" toggle on every rule that opens without JavaScript', async () => {
    const { page, close } = noScriptTab();
    try {
      await page.goto(`${baseUrl}/${lang}/rules/`);
      const rules = page.locator('article.rule');
      const toggles = page.locator('article.rule details.easy');
      expect(await toggles.count()).toBe(await rules.count());
      expect(await page.locator('article.rule details.easy summary').first().innerText()).toBe(
        strings['rules.easyRead'],
      );
      const rule = page.locator('#meeting-length details.easy');
      expect(await rule.locator('p').isVisible()).toBe(false);
      await rule.locator('summary').click();
      expect(await rule.locator('p').isVisible()).toBe(true);
      expect(await rule.locator('p').innerText()).toMatch(/120/);
      const box = await rule.locator('summary').boundingBox();
      expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
    } finally {
      await close();
    }
  });

  it('is axe-clean with a toggle open, in light and dark', async () => {
    const { page, close } = await openPage(browser);
    try {
      await page.goto(`${baseUrl}/${lang}/rules/`);
      await page.locator('#confidentiality details.easy summary').click();
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        const violations = await runAxe(page);
        expect(violations, `${colorScheme}: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
      }
    } finally {
      await close();
    }
  });
});
