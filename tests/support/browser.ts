/** Shared helpers for the browser tests. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { createRequire } from 'node:module';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { inject } from 'vitest';
import { launchBrowser } from '../../src/tools/browser.mjs';

export const baseUrl = inject('baseUrl');
export const distDir = inject('distDir');

/** Every built HTML page as a URL path (`/en/guides/`), the 404 page left out. */
export function builtPages(dir = distDir): string[] {
  const pages: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name === 'index.html') {
        const rel = relative(dir, folder).split(sep).join('/');
        pages.push(rel === '' ? '/' : `/${rel}/`);
      }
    }
  };
  walk(dir);
  return pages.sort();
}

/** Reads a built page's HTML by its URL path. */
export function builtHtml(path: string, dir = distDir): string {
  return readFileSync(join(dir, path, 'index.html'), 'utf8');
}

/** A browser shared by the tests of one file. */
export async function startBrowser(): Promise<Browser> {
  return launchBrowser();
}

/** What a page did while it loaded: its console errors and every request it made. */
export interface PageLog {
  /** Console errors and uncaught exceptions (CSP violations are console errors). */
  errors: string[];
  /** Every URL the page requested. */
  requests: string[];
}

/**
 * Opens a new page in its own context and records its console errors and requests. The offline
 * service worker is blocked unless `serviceWorkers: 'allow'` is given: each new context would
 * otherwise install it and store the offline core, which costs every page test time and tests nothing
 * of that page (tests/e2e/offline.e2e.test.ts and base-path.e2e.test.ts run with it).
 */
export async function openPage(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<{ page: Page; log: PageLog; close: () => Promise<void> }> {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    serviceWorkers: 'block',
    ...options,
  });
  const page = await context.newPage();
  const log: PageLog = { errors: [], requests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') log.errors.push(message.text());
  });
  page.on('pageerror', (error) => log.errors.push(error.message));
  page.on('request', (request) => log.requests.push(request.url()));
  return { page, log, close: () => context.close() };
}

/**
 * Waits until a page is as a person would see it: loaded, every island hydrated (Astro removes an
 * island's `ssr` attribute once it has), and one frame drawn. Quicker than waiting for the network
 * to be idle, which always costs half a second more.
 */
export async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
}

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** One axe violation, trimmed for a readable failure message. */
export interface AxeViolation {
  id: string;
  help: string;
  nodes: string[];
}

/** Runs axe on the page with the WCAG 2.0–2.2 A and AA rules and returns the violations. */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: Document,
            opts: object,
          ) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      help: v.help,
      nodes: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
}
