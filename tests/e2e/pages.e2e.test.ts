/**
 * Every built page in every language: it loads, logs no errors, asks nothing
 * of any other origin, says which language it is in, links to itself in the
 * other language, and shows its content without JavaScript.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, builtPages, openPage, startBrowser } from '../support/browser.ts';

const pages = builtPages();
let browser: Browser;

beforeAll(async () => {
  browser = await startBrowser();
});

afterAll(async () => {
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

describe.each(pages)('%s', (path) => {
  it('loads with status 200, no console errors and no request to another origin', async () => {
    const { page, log, close } = await openPage(browser);
    try {
      const response = await page.goto(`${baseUrl}${path}`, { waitUntil: 'networkidle' });
      expect(response?.status()).toBe(200);
      expect(log.errors).toEqual([]);
      const foreign = log.requests.filter((url) => new URL(url).origin !== baseUrl);
      expect(foreign).toEqual([]);
      expect(await page.locator('h1').count()).toBe(1);
      expect(await page.title()).not.toBe('');
    } finally {
      await close();
    }
  });

  it('shows its main content with JavaScript turned off', async () => {
    const { page, close } = await openPage(browser, { javaScriptEnabled: false });
    try {
      await page.goto(`${baseUrl}${path}`);
      const main = page.locator('main');
      await expect.poll(() => main.count()).toBe(1);
      const text = (await main.innerText()).trim();
      expect(text.length).toBeGreaterThan(80);
      expect(await main.locator('h1').isVisible()).toBe(true);
    } finally {
      await close();
    }
  });
});

const localized = pages.filter((p) => /^\/(en|nb)\//.test(p));

describe.each(localized)('%s in the other language', (path) => {
  it('has the right lang and hreflang, and the switcher lands on the same page', async () => {
    const lang = path.slice(1, 3);
    const other = lang === 'en' ? 'nb' : 'en';
    const { page, close } = await openPage(browser, { javaScriptEnabled: false });
    try {
      await page.goto(`${baseUrl}${path}`);
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
      const switcher = page.locator(`header a[hreflang="${other}"]`);
      expect(await switcher.getAttribute('lang')).toBe(other);
      const target = `${baseUrl}/${other}/${path.slice(4)}`;
      const [response] = await Promise.all([page.waitForResponse(target), switcher.click()]);
      expect(response.status()).toBe(200);
      await page.waitForURL(target);
      expect(await page.getAttribute('html', 'lang')).toBe(other);
    } finally {
      await close();
    }
  });
});

it('answers a missing page with status 404 and a page in both languages', async () => {
  const { page, close } = await openPage(browser);
  try {
    const response = await page.goto(`${baseUrl}/en/no-such-page/`);
    expect(response?.status()).toBe(404);
    const sections = await page.$$eval('main [lang]', (els) => els.map((e) => e.getAttribute('lang')));
    expect(sections).toEqual(['en', 'nb']);
  } finally {
    await close();
  }
});
