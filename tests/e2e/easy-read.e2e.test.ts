/**
 * Issue 17 in a real browser: the easy-read charter and large print chosen in
 * the review step, printed to PDF on A4 and Letter (pages, font sizes read
 * from the PDF, text found), the first-meeting kit in large print, the
 * members' cards sheet, and a card saved as a picture without any request.
 * One page per test, walked through its states; axe once per new state and
 * language.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { baseUrl, runAxe } from '../support/browser.ts';
import { goToBuilder, openBuilder, startWith } from '../support/builder.ts';
import { apply, charterFor, presetDraft } from '../support/catalogue.ts';
import { describe, expect, test } from '../support/fixtures.ts';
import { pdfRead, smallestSize, squash } from '../support/pdf-text.ts';
import { charterRules } from '../../src/lib/charter/charter.ts';

const NAME = { en: 'Tuesday stroke group', nb: 'Tirsdagsgruppa' } as const;

/** Presses a print button, waits until the page has printed, and prints it to PDF on a paper size. */
async function printTo(page: Page, button: string, format: 'A4' | 'Letter') {
  const before = await page.evaluate(() => (window as unknown as { printed: number }).printed);
  await page.click(button);
  await page.waitForFunction((n) => (window as unknown as { printed: number }).printed > n, before);
  return pdfRead(new Uint8Array(await page.pdf({ format })));
}

/** The rule texts the charter of the rehab-centre preset shows in a layout. */
function ruleTexts(lang: 'en' | 'nb', layout: 'standard' | 'easy-read'): string[] {
  const draft = apply(presetDraft(lang, 'rehab-centre'), { type: 'set-layout', layout });
  return charterRules(charterFor(draft)).map((rule) => rule.text);
}

/** Waits until the saved draft has this layout and large print (it saves a moment after a change). */
async function savedLayout(page: Page) {
  return page.evaluate(() => {
    const draft = (JSON.parse(localStorage.getItem('groundwork.charter') ?? '{}') as { draft?: object })
      .draft as { layout?: string; largePrint?: boolean } | undefined;
    return `${draft?.layout ?? 'standard'} ${draft?.largePrint ?? false}`;
  });
}

describe('the easy-read charter and large print', () => {
  test.for(['en', 'nb'] as const)(
    'chosen in the review step, printed, kept in the draft (%s)',
    async (lang, { open }) => {
      const { page, log } = await openBuilder(open, lang);
      await startWith(page, 'rehab-centre', NAME[lang]);
      await goToBuilder(page, `/${lang}/builder/?step=review`);
      const standardA4 = await printTo(page, '#print-charter', 'A4');

      // Easy read: the pictures load, the screen copy is large, and axe finds nothing in this new state.
      await page.check('#layout-easy-read');
      await page.waitForSelector('#charter-review svg.charter-picture');
      expect(await page.isVisible('#large-print')).toBe(false);
      const screen = await page.evaluate(() => {
        const rule = document.querySelector('#charter-review .charter-rule');
        const pictures = [...document.querySelectorAll('#charter-review svg.charter-picture')];
        return {
          size: rule ? parseFloat(getComputedStyle(rule).fontSize) : 0,
          labels: pictures.map((p) => p.getAttribute('aria-label')),
          themes: document.querySelectorAll('#charter-review .charter-theme').length,
        };
      });
      expect(screen.size).toBeGreaterThanOrEqual(20);
      expect(screen.labels.length).toBe(screen.themes);
      expect(screen.labels.every((label) => (label ?? '').length > 2)).toBe(true);
      expect(await runAxe(page)).toEqual([]);

      const easyRules = ruleTexts(lang, 'easy-read');
      for (const format of ['A4', 'Letter'] as const) {
        const pdf = await printTo(page, '#print-charter', format);
        const text = squash(pdf.map((p) => p.text).join(' '));
        expect(pdf.length, format).toBeGreaterThan(standardA4.length);
        expect(pdf.length, format).toBeLessThanOrEqual(10);
        expect(smallestSize(pdf), format).toBeGreaterThanOrEqual(16);
        expect(text).toContain(squash(NAME[lang]));
        for (const rule of [easyRules[0]!, easyRules.at(-1)!]) expect(text, format).toContain(squash(rule));
      }

      // Remembered: the saved draft has it, and a reload comes back to it.
      await expect.poll(() => savedLayout(page)).toBe('easy-read false');
      await goToBuilder(page, `/${lang}/builder/?step=review`);
      expect(await page.isChecked('#layout-easy-read')).toBe(true);

      // Large print for the standard layout: the standard wording, at least 16 pt, on both papers.
      await page.check('#layout-standard');
      await page.check('#large-print');
      await expect.poll(() => savedLayout(page)).toBe('standard true');
      expect(await page.locator('#charter-review svg').count()).toBe(0);
      const standardRules = ruleTexts(lang, 'standard');
      for (const format of ['A4', 'Letter'] as const) {
        const pdf = await printTo(page, '#print-charter', format);
        expect(pdf.length, format).toBeGreaterThan(standardA4.length);
        expect(smallestSize(pdf), format).toBeGreaterThanOrEqual(16);
        expect(squash(pdf.map((p) => p.text).join(' ')), format).toContain(squash(standardRules[0]!));
      }
      expect(smallestSize(standardA4)).toBeLessThan(16);

      // The first-meeting kit follows: the sheet for new members and the opening text in large print.
      for (const [button, heading] of [
        ['#print-newcomer', lang === 'en' ? `Welcome to ${NAME.en}` : `Velkommen til ${NAME.nb}`],
        ['#print-opening', lang === 'en' ? 'To read aloud' : 'Leses høyt'],
      ] as const) {
        for (const format of ['A4', 'Letter'] as const) {
          const pdf = await printTo(page, button, format);
          expect(smallestSize(pdf), `${button} ${format}`).toBeGreaterThanOrEqual(16);
          expect(squash(pdf[0]?.text ?? ''), `${button} ${format}`).toContain(squash(heading));
        }
      }
      expect(log.errors).toEqual([]);
    },
  );
});

describe("members' cards", () => {
  test('print eight to a sheet, and one saves as a picture with no request (nb)', async ({ open }) => {
    const { page, log } = await openBuilder(open, 'nb');
    await startWith(page, 'community-group', NAME.nb);
    await page.fill('#group-place', 'Rom 2, Sunnaas');
    await page.fill('#group-start', '2027-01-05');
    await page.fill('#group-start-time', '18:00');
    await goToBuilder(page, '/nb/builder/?step=meetings');
    for (const name of ['Anne', 'Bo', 'Cato', 'Dina']) {
      await page.click('#add-member');
      await page.locator('.member-item input').last().fill(name);
    }
    await goToBuilder(page, '/nb/builder/?step=review');

    for (const format of ['A4', 'Letter'] as const) {
      const pdf = await printTo(page, '#print-members', format);
      expect(pdf.length, format).toBe(1);
      const text = squash(pdf[0]!.text);
      expect(text.split(squash(NAME.nb)).length - 1, format).toBe(8);
      expect(text.split(squash('Hjelp nå: 113')).length - 1, format).toBe(8);
      for (const line of [
        'Tirsdag 5. januar – Vert: Anne',
        'Tirsdag 26. januar – Vert: Dina',
        'Rom 2, Sunnaas',
      ])
        expect(text, format).toContain(squash(line));
      // Small enough to fit, large enough to read.
      expect(smallestSize(pdf), format).toBeGreaterThanOrEqual(9);
    }
    await page.click('#print-members');
    await page.waitForSelector('.charter-print .member-sheet', { state: 'attached' });
    expect(await page.locator('.charter-print .member-sheet .cut').count()).toBe(8);
    expect(await page.locator('.charter-print .member-sheet-grid > li').count()).toBe(8);

    // The first save may load the picture's code from this site; the second asks for nothing at all.
    const files: Uint8Array[] = [];
    for (const round of [0, 1]) {
      const requests = log.requests.length;
      const [file] = await Promise.all([page.waitForEvent('download'), page.click('#save-card-image')]);
      expect(file.suggestedFilename()).toBe('tirsdagsgruppa-kort.png');
      files.push(new Uint8Array(readFileSync((await file.path())!)));
      const made = log.requests.slice(requests);
      if (round === 0)
        for (const url of made) expect(url).toMatch(new RegExp(`^${baseUrl}/_astro/[^/]+\\.js$`));
      else expect(made).toEqual([]);
    }
    expect(await page.locator('.member-cards [role="status"]').textContent()).toContain('lagret som bilde');

    // A card too full for its size gives up dates, never the number for help now.
    await goToBuilder(page, '/nb/builder/?step=group');
    await page.fill(
      '#group-place',
      'Frivilligsentralen bak biblioteket i andre etasje, rommet med den blå døra'.repeat(2),
    );
    await goToBuilder(page, '/nb/builder/?step=meetings');
    await page.locator('.member-item input').first().fill('Anne-Marie Christophersen-Løvold Kristiansen');
    await goToBuilder(page, '/nb/builder/?step=review');
    const full = squash((await printTo(page, '#print-members', 'A4'))[0]!.text);
    expect(full.split(squash('Hjelp nå: 113')).length - 1).toBe(8);

    // A PNG that decodes: 1080 pixels across, with dark text on a white card.
    const png = files[1]!;
    expect([...png.slice(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
    expect(png.length).toBeGreaterThan(10_000);
    const picture = await page.evaluate(
      async (bytes) => {
        const bitmap = await createImageBitmap(new Blob([new Uint8Array(bytes)], { type: 'image/png' }));
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(bitmap, 0, 0);
        const data = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
        let dark = 0;
        for (let i = 0; i < data.length; i += 4) if (data[i]! < 100) dark += 1;
        return { width: bitmap.width, height: bitmap.height, dark: dark / (data.length / 4) };
      },
      [...png],
    );
    expect(picture.width).toBe(1080);
    expect(picture.height).toBeGreaterThan(900);
    expect(picture.dark).toBeGreaterThan(0.02);
    expect(picture.dark).toBeLessThan(0.5);
    expect(log.requests.every((url) => url.startsWith(baseUrl))).toBe(true);
    expect(log.errors).toEqual([]);
  });
});
