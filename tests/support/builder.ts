/** Shared steps for the builder's browser tests: open it, start a draft, move on, open themes, tab, download. */
import { loadCatalogue } from './catalogue.ts';
import { readFileSync } from 'node:fs';
import { ENVELOPE_VERSION } from '../../src/lib/charter/storage.ts';
import type { Page } from 'playwright-core';
import { baseUrl } from './browser.ts';
import type { Fixtures, Opened } from './fixtures.ts';

/** The "Continue" button's name in each language. */
export const NEXT = { en: 'Continue', nb: 'Gå videre' } as const;

/**
 * Opens the builder with `window.print` counted (and the print area's text kept) instead of a dialog;
 * `init` runs before the page's own scripts.
 */
export async function openBuilder(
  open: Fixtures['open'],
  lang: 'en' | 'nb',
  query = '',
  init?: () => void,
): Promise<Opened> {
  const opened = await open({ init });
  await opened.page.addInitScript(() => {
    const w = window as unknown as { printed: number; printedText: string[] };
    w.printed = 0;
    w.printedText = [];
    window.print = () => {
      w.printed += 1;
      w.printedText.push(document.querySelector('.charter-print')?.textContent ?? '');
    };
  });
  await goToBuilder(opened.page, `/${lang}/builder/${query}`);
  return opened;
}

/** Goes to an address of the builder and waits until it is ready. */
export async function goToBuilder(page: Page, path: string): Promise<void> {
  await page.goto(`${baseUrl}${path}`);
  await page.waitForSelector('.builder.is-ready');
}

/** Starts from a preset by clicking, names the group, and returns at the group step. */
export async function startWith(page: Page, presetId: string, name: string): Promise<void> {
  await page.locator(`button[aria-describedby="preset-${presetId}"]`).click();
  await page.waitForURL(/step=group/);
  await page.fill('#group-name', name);
}

/** Presses "Continue". */
export async function next(page: Page, lang: 'en' | 'nb'): Promise<void> {
  await page.getByRole('button', { name: NEXT[lang], exact: true }).click();
}

/** Opens every theme of the rules step (they start closed). */
export async function openAllThemes(page: Page): Promise<void> {
  const closed = page.locator('.theme-toggle[aria-expanded="false"]');
  while ((await closed.count()) > 0) await closed.first().click();
}

/** Opens one theme of the rules step by its heading's id (`theme-safety`, or `custom-rules` for the group's own). */
export async function openTheme(page: Page, id: string): Promise<void> {
  const toggle = page.locator(`#${id} .theme-toggle`);
  if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
}

/** The id of the heading of the theme a catalogue rule is in (`theme-safety`): closed themes have no cards to find it by. */
export function themeOf(ruleId: string): string {
  const theme = loadCatalogue().byId.get(ruleId)?.theme;
  if (!theme) throw new Error(`No rule ${ruleId} in the catalogue`);
  return `theme-${theme}`;
}

/** Opens the theme a rule is in, and ticks the rule. */
export async function chooseRule(page: Page, id: string): Promise<void> {
  await openTheme(page, themeOf(id));
  await page.locator(`#rule-${id}`).check();
}

/** Presses Tab until the focused element matches the selector; fails after `max` presses. */
export async function tabTo(page: Page, selector: string, max = 400): Promise<void> {
  for (let i = 0; i < max; i += 1) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** The id of the focused element. */
export async function activeId(page: Page): Promise<string | undefined> {
  return page.evaluate(() => document.activeElement?.id);
}

/** Downloads a file from the review step (opening "More files" when it is there) and reads it. */
export async function download(page: Page, selector: string): Promise<{ name: string; text: string }> {
  const more = page.locator('#more-files');
  if ((await more.count()) > 0 && !(await more.evaluate((el) => (el as HTMLDetailsElement).open))) {
    await page.click('#more-files summary');
  }
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
}

/** A draft as the builder stores it on the device (its wrapper, saved on 1 March 2027), to put in localStorage. */
export function storedText(draft: unknown): string {
  return JSON.stringify({
    envelope: ENVELOPE_VERSION,
    savedAt: '2027-03-01T10:00:00.000Z',
    revision: 1,
    draft,
  });
}
