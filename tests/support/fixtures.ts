/**
 * Vitest fixtures for the browser tests: one Chromium per test file, and an
 * `open` that gives each test its own contexts (storage, downloads, dialogs
 * accepted, console errors and requests logged), all closed by the fixture
 * when the test ends, pass or fail. Tests write `test('…', async ({ open }) => …)`
 * and never close anything themselves. As with `openPage`, the offline service worker is blocked
 * unless a test allows it (`serviceWorkers: 'allow'`), and motion is reduced, so the page jumps
 * where it would scroll smoothly and nothing is measured halfway through a scroll.
 */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { test as base } from 'vitest';
import { launchBrowser } from '../../src/tools/browser.mjs';
import type { PageLog } from './browser.ts';

/** A page in a fresh context, and what it logged. */
export interface Opened {
  /** The page. */
  page: Page;
  /** Its console errors, uncaught exceptions and requests. */
  log: PageLog;
}

/** Options for {@link Fixtures.open}. */
export interface OpenOptions extends BrowserContextOptions {
  /** A script to run in every page of the context before the page's own (Playwright's init script). */
  init?: () => void;
}

/** The fixtures every browser test can ask for. */
export interface Fixtures {
  /** The file's browser. */
  browser: Browser;
  /** Opens a page in a fresh context; every context is closed when the test ends. */
  open: (options?: OpenOptions) => Promise<Opened>;
}

/** `test` with the browser fixtures. */
export const test = base.extend<Fixtures>({
  browser: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const browser = await launchBrowser();
      await use(browser);
      await browser.close();
    },
    { scope: 'file' },
  ],
  open: async ({ browser }, use) => {
    const contexts: Awaited<ReturnType<Browser['newContext']>>[] = [];
    await use(async ({ init, ...options } = {}) => {
      const context = await browser.newContext({
        viewport: { width: 390, height: 844 },
        acceptDownloads: true,
        serviceWorkers: 'block',
        reducedMotion: 'reduce',
        ...options,
      });
      contexts.push(context);
      if (init) await context.addInitScript(init);
      const page = await context.newPage();
      const log: PageLog = { errors: [], requests: [] };
      page.on('console', (message) => {
        if (message.type() === 'error') log.errors.push(message.text());
      });
      page.on('pageerror', (error) => log.errors.push(error.message));
      page.on('request', (request) => log.requests.push(request.url()));
      page.on('dialog', (dialog) => void dialog.accept());
      return { page, log };
    });
    await Promise.all(contexts.map((c) => c.close()));
  },
});

export { describe, expect } from 'vitest';
