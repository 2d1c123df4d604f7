/**
 * The paper worksheet: with JavaScript turned off it shows every catalogue
 * rule's default wording, the signature rows and the crisis box, and it
 * prints to a PDF of a sensible length on A4 and on Letter.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Lang } from '../../src/schemas/common.ts';
import { ruleSchema } from '../../src/schemas/rule.ts';
import { ruleText } from '../../src/lib/rules.ts';
import { baseUrl, openPage, startBrowser } from '../support/browser.ts';

const rulesDir = join(import.meta.dirname, '../../content/rules');
const rules = readdirSync(rulesDir)
  .filter((name) => name.endsWith('.yaml'))
  .sort()
  .map((name) => ({
    id: name.replace(/\.yaml$/, ''),
    rule: ruleSchema.parse(parse(readFileSync(join(rulesDir, name), 'utf8'))),
  }));

/** Text as the browser shows it: runs of white space as one space. */
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The number of pages in a PDF: every `/Type /Page` object, the `/Pages` tree left out. */
function pdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

let browser: Browser;

beforeAll(async () => {
  browser = await startBrowser();
});

afterAll(async () => {
  await browser?.close();
});

it('reads the whole rule catalogue', () => {
  expect(rules.length).toBeGreaterThan(10);
});

describe.each(['en', 'nb'] as const satisfies readonly Lang[])('/%s/builder/worksheet/', (lang) => {
  const url = `${baseUrl}/${lang}/builder/worksheet/`;

  it('shows every rule, the signature rows and the crisis box without JavaScript', async () => {
    const { page, close } = await openPage(browser, { javaScriptEnabled: false });
    try {
      const response = await page.goto(url);
      expect(response?.status()).toBe(200);
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      const main = squash(await page.locator('main').innerText());
      const missing = rules
        .filter(({ rule }) => !main.includes(squash(ruleText(rule, lang))))
        .map((r) => r.id);
      expect(missing).toEqual([]);
      expect(await page.locator('main .rule').count()).toBe(rules.length);
      // Paper, not a form: the tick boxes are drawn, not inputs.
      expect(await page.locator('main input').count()).toBe(0);
      expect(await page.locator('main .signatures tbody tr').count()).toBe(8);
      expect(await page.locator('main .signatures tbody td').count()).toBe(24);
      const crisis = page.locator('main aside.crisis-box');
      expect(await crisis.count()).toBe(1);
      expect(await crisis.isVisible()).toBe(true);
      expect(await page.locator('main script').count()).toBe(0);
    } finally {
      await close();
    }
  });

  it.each(['A4', 'Letter'] as const)('prints to a PDF on %s', async (format) => {
    const { page, close } = await openPage(browser, { javaScriptEnabled: false });
    try {
      await page.goto(url, { waitUntil: 'networkidle' });
      const pdf = await page.pdf({ format });
      expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');
      const pages = pdfPages(pdf);
      expect(pages).toBeGreaterThanOrEqual(2);
      expect(pages).toBeLessThanOrEqual(12);
    } finally {
      await close();
    }
  });
});
