/** axe on every built page, in light and dark colour schemes, at phone and desktop widths. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, builtPages, openPage, runAxe, settled, startBrowser } from '../support/browser.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await startBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const views = [
  { name: 'light, phone', colorScheme: 'light', viewport: { width: 360, height: 800 } },
  { name: 'dark, desktop', colorScheme: 'dark', viewport: { width: 1280, height: 900 } },
] as const;

describe.each(builtPages())('%s', (path) => {
  it.each(views)('has no axe violations ($name)', async ({ colorScheme, viewport }) => {
    const { page, close } = await openPage(browser, { colorScheme, viewport, bypassCSP: true });
    try {
      await page.goto(`${baseUrl}${path}`);
      await settled(page);
      const violations = await runAxe(page);
      expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    } finally {
      await close();
    }
  });
});
