/**
 * The page for centres and its printables: the link maker builds the link the
 * builder reads, its QR code decodes to that link, bad details are flagged
 * without touching the rest, the form works without JavaScript, the keyboard
 * reaches everything, axe finds nothing, and each sheet prints on one page.
 * The sheets' script is a module with no later imports: it has done its work
 * by the load event that `goto` waits for, so no test waits for an idle network.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Lang } from '../../src/schemas/common.ts';
import { parseCentreParams } from '../../src/lib/centre-link.ts';
import { siteSchema } from '../../src/schemas/site.ts';
import { crisisBox } from '../../src/lib/crisis.ts';
import { baseUrl, openPage, runAxe, startBrowser } from '../support/browser.ts';
import { pdfPages, squash } from '../support/pdf-text.ts';
import { decodeSvg } from '../support/qr-decode.ts';

const root = join(import.meta.dirname, '../..');
const strings = {
  en: JSON.parse(readFileSync(join(root, 'src/i18n/en.json'), 'utf8')),
  nb: JSON.parse(readFileSync(join(root, 'src/i18n/nb.json'), 'utf8')),
} as Record<Lang, Record<string, string>>;
const PRESETS = ['community-group', 'rehab-centre', 'self-help-centre', 'online-group'];
const SITE = siteSchema.parse(parse(readFileSync(join(root, 'content/site.yaml'), 'utf8')));
/** What the printed crisis box must say: where the numbers work, every number, and the line for elsewhere. */
const crisisWords = (lang: Lang) => {
  const box = crisisBox(SITE, lang);
  return [box.heading, ...box.lines.map((l) => l.phone), box.elsewhere];
};
const LANGS = ['en', 'nb'] as const satisfies readonly Lang[];
/** The site's own address, without a slash at the end. */
const SITE_URL = (SITE.url ?? '').replace(/\/$/, '');

let browser: Browser;

beforeAll(async () => {
  browser = await startBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** The values of the link maker's fields, to check that nothing was changed behind someone's back. */
async function fieldValues(page: Page) {
  return {
    preset: await page.inputValue('#lm-preset'),
    centre: await page.inputValue('#lm-centre'),
    starter: await page.inputValue('#lm-starter'),
    contact: await page.inputValue('#lm-contact'),
  };
}

describe.each(LANGS)('/%s/for-centres/ link maker', (lang) => {
  const url = `${baseUrl}/${lang}/for-centres/`;
  const other = lang === 'en' ? 'nb' : 'en';
  const t = strings[lang];

  it('builds the expected link, QR code and handout link for a filled form', async () => {
    const { page, log, close } = await openPage(browser);
    try {
      await page.goto(url);
      await page.selectOption('#lm-preset', 'self-help-centre');
      await page.check(`input[name="lang"][value="${other}"]`);
      await page.fill('#lm-centre', '  Sørlandet rehab & co ');
      await page.fill('#lm-starter', 'Åse Ødegård');
      await page.fill('#lm-contact', '+47 912 34 567');
      await page.keyboard.press('Tab');
      const query =
        '?preset=self-help-centre&centre=S%C3%B8rlandet%20rehab%20%26%20co' +
        '&starter=%C3%85se%20%C3%98deg%C3%A5rd&contact=%2B47%20912%2034%20567';
      const expected = `${baseUrl}/${other}/builder/${query}`;
      await expect.poll(() => page.inputValue('#lm-link')).toBe(expected);
      // What the builder will read from it.
      expect(parseCentreParams(query, PRESETS)).toEqual({
        preset: 'self-help-centre',
        centre: 'Sørlandet rehab & co',
        starter: 'Åse Ødegård',
        contact: { kind: 'phone', value: '+47 912 34 567' },
        rejected: [],
      });
      const svg = page.locator('[data-qr] svg');
      expect(await svg.isVisible()).toBe(true);
      const box = await svg.boundingBox();
      expect(box?.width).toBeGreaterThan(150);
      expect(await svg.getAttribute('aria-label')).toBe(t['centres.maker.qr']);
      expect(decodeSvg(await svg.evaluate((el) => el.outerHTML))).toBe(expected);
      expect(await page.getAttribute('[data-handout]', 'href')).toBe(
        `/${other}/for-centres/handout/${query}`,
      );
      expect(await page.getAttribute('[data-poster]', 'href')).toBe(`/${other}/for-centres/poster/${query}`);
      expect(
        new URL(await page.$eval('form[data-link-maker]', (f) => (f as HTMLFormElement).action)).pathname,
      ).toBe(`/${other}/builder/`);
      expect(log.errors).toEqual([]);
      expect(log.requests.every((r) => r.startsWith(baseUrl))).toBe(true);
    } finally {
      await close();
    }
  });

  it('flags a bad contact next to the field and in a summary, and changes nothing else', async () => {
    const { page, close } = await openPage(browser);
    try {
      await page.goto(url);
      await page.fill('#lm-centre', 'Solvang');
      await page.fill('#lm-starter', 'Kari');
      await page.fill('#lm-contact', 'call me maybe');
      await page.keyboard.press('Tab');
      const error = page.locator('#lm-contact-error');
      await expect.poll(() => error.isVisible()).toBe(true);
      const message = t['centres.errors.not-phone']!.replace('{label}', t['centres.maker.contact']!);
      expect(await error.innerText()).toBe(message);
      expect(await page.getAttribute('#lm-contact', 'aria-invalid')).toBe('true');
      expect(await page.getAttribute('#lm-contact', 'aria-describedby')).toContain('lm-contact-error');
      expect(await page.getAttribute('#lm-centre', 'aria-invalid')).toBeNull();
      expect(await fieldValues(page)).toEqual({
        preset: 'rehab-centre',
        centre: 'Solvang',
        starter: 'Kari',
        contact: 'call me maybe',
      });
      expect(await page.locator('#lm-summary').isVisible()).toBe(true);
      expect(await page.locator('#lm-summary li').allInnerTexts()).toEqual([message]);
      expect(await page.locator('[data-output]').isVisible()).toBe(false);
      expect(await page.locator('[data-fix]').isVisible()).toBe(true);

      // Sending the form with a problem stays on the page and moves focus to the summary.
      await page.press('#lm-contact', 'Enter');
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('lm-summary');
      expect(page.url()).toBe(url);
      // The summary's link takes the keyboard to the field.
      await page.click('#lm-summary a');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('lm-contact');

      await page.fill('#lm-contact', 'kari@example.no');
      await expect.poll(() => error.isVisible()).toBe(false);
      expect(await page.locator('#lm-summary').isVisible()).toBe(false);
      expect(await page.inputValue('#lm-link')).toBe(
        `${baseUrl}/${lang}/builder/?preset=rehab-centre&centre=Solvang&starter=Kari&contact=kari%40example.no`,
      );
    } finally {
      await close();
    }
  });

  it('is filled in and copied by keyboard alone', async () => {
    const { page, close } = await openPage(browser, { permissions: ['clipboard-read', 'clipboard-write'] });
    try {
      await page.goto(url);
      await page.focus('#lm-preset');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe('lang');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('lm-centre');
      await page.keyboard.type('Solvang');
      await page.keyboard.press('Tab');
      await page.keyboard.type('Kari');
      await page.keyboard.press('Tab');
      await page.keyboard.type('22 40 00 40');
      const stops: string[] = [];
      for (let i = 0; i < 4; i += 1) {
        await page.keyboard.press('Tab');
        stops.push(await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 60) ?? ''));
        if (await page.evaluate(() => document.activeElement?.hasAttribute('data-copy'))) break;
      }
      expect(
        await page.evaluate(() => document.activeElement?.hasAttribute('data-copy')),
        stops.join('\n'),
      ).toBe(true);
      // Large enough to hit with a finger.
      const copy = await page.locator('[data-copy]').boundingBox();
      expect(copy?.height).toBeGreaterThanOrEqual(44);
      await page.keyboard.press('Enter');
      const link = `${baseUrl}/${lang}/builder/?preset=rehab-centre&centre=Solvang&starter=Kari&contact=22%2040%2000%2040`;
      await expect.poll(() => page.innerText('[data-copy-status]')).toBe(t['centres.maker.copied']);
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
    } finally {
      await close();
    }
  });

  it('opens the builder with the details from the form without JavaScript', async () => {
    const { page, close } = await openPage(browser, { javaScriptEnabled: false });
    try {
      await page.goto(url);
      // The format is explained for writing a link by hand.
      const format = await page.locator('#fc-format + p').innerText();
      expect(format).toBe(t['centres.format.lead']);
      for (const name of ['preset', 'centre', 'starter', 'contact']) {
        expect(await page.locator(`.params dt code`, { hasText: name }).count()).toBe(1);
      }
      // The language choice needs the script; without it, one button per language.
      expect(await page.locator('fieldset.langs').isVisible()).toBe(false);
      await page.selectOption('#lm-preset', 'rehab-centre');
      await page.fill('#lm-centre', 'Solvang senter');
      await page.fill('#lm-starter', 'Kari');
      await page.fill('#lm-contact', '22 40 00 40');
      const button = page.getByRole('button', {
        name: t[lang === 'en' ? 'centres.maker.openEn' : 'centres.maker.openNb'],
      });
      await Promise.all([page.waitForURL(/\/builder\/\?/), button.click()]);
      const sent = new URL(page.url());
      expect(sent.pathname).toBe(`/${lang}/builder/`);
      expect(sent.searchParams.get('preset')).toBe('rehab-centre');
      expect(sent.searchParams.get('centre')).toBe('Solvang senter');
      expect(sent.searchParams.has('lang')).toBe(false);
      expect(parseCentreParams(sent.search, PRESETS)).toEqual({
        preset: 'rehab-centre',
        centre: 'Solvang senter',
        starter: 'Kari',
        contact: { kind: 'phone', value: '22 40 00 40' },
        rejected: [],
      });
    } finally {
      await close();
    }
  });

  it('has no axe violations with an error, then with a link and QR code showing, in light and dark', async () => {
    const { page, close } = await openPage(browser);
    const axeBoth = async (state: string) => {
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        const violations = await runAxe(page);
        expect(violations, `${state}, ${colorScheme}: ${JSON.stringify(violations)}`).toEqual([]);
      }
    };
    try {
      await page.goto(url);
      await page.fill('#lm-centre', 'Solvang');
      await page.fill('#lm-contact', 'not a number');
      await page.keyboard.press('Tab');
      await expect.poll(() => page.locator('#lm-contact-error').isVisible()).toBe(true);
      await axeBoth('error');
      await page.fill('#lm-contact', '+47 912 34 567');
      await expect.poll(() => page.locator('[data-qr] svg').isVisible()).toBe(true);
      await axeBoth('link');
    } finally {
      await close();
    }
  });
});

const printables = [
  {
    page: 'for-centres/handout/',
    words: (t: Record<string, string>, lang: Lang) => [
      t['centres.handout.heading'],
      t['centres.handout.whatTitle'],
      ...crisisWords(lang),
    ],
  },
  {
    page: 'for-centres/starter-checklist/',
    words: (t: Record<string, string>) => [
      t['centres.checklist.before'],
      t['centres.checklist.meetings'],
      t['centres.checklist.back'],
      t['centres.checklist.followUp'],
      t['centres.checklist.keys'],
    ],
  },
  {
    page: 'for-centres/poster/',
    words: (t: Record<string, string>) => [
      t['centres.poster.heading'],
      t['centres.poster.for'],
      t['centres.sheet.when'],
      t['centres.sheet.where'],
      t['centres.poster.tear'],
    ],
  },
  {
    page: 'for-centres/declaration/',
    words: (t: Record<string, string>) => [
      t['centres.declaration.title'],
      t['centres.declaration.limit'],
      t['charter.signature'],
      t['centres.declaration.place'],
    ],
  },
];

describe.each(LANGS)('/%s/for-centres/ printables', (lang) => {
  const t = strings[lang];

  describe.each(printables)('$page', ({ page: path, words }) => {
    const url = `${baseUrl}/${lang}/${path}`;

    it('prints on exactly one A4 page and one Letter page with its key words, and has no axe violations filled from a centre link', async () => {
      const { page, close } = await openPage(browser);
      try {
        await page.goto(url);
        for (const format of ['A4', 'Letter'] as const) {
          const pages = await pdfPages(new Uint8Array(await page.pdf({ format })));
          expect(pages, format).toHaveLength(1);
          for (const word of words(t, lang)) expect(squash(pages[0]!), format).toContain(squash(word!));
          // Nothing meant for the screen is printed.
          expect(squash(pages[0]!)).not.toContain(squash(t['centres.back']!));
          expect(squash(pages[0]!)).not.toContain(squash(t['nav.guides']!));
        }
        await page.goto(`${url}?preset=rehab-centre&centre=Solvang&starter=Kari&contact=22%2040%2000%2040`);
        expect(await runAxe(page)).toEqual([]);
      } finally {
        await close();
      }
    });
  });

  it('puts a centre link on the handout: QR code, its address, who gave it, and still one page', async () => {
    const { page, log, close } = await openPage(browser);
    try {
      const query = '?preset=rehab-centre&centre=Solvang%20rehab&starter=Kari&contact=%2B47%20912%2034%20567';
      await page.goto(`${baseUrl}/${lang}/for-centres/handout/${query}&utm_source=x`);
      const svg = page.locator('[data-qr] svg');
      expect(decodeSvg(await svg.evaluate((el) => el.outerHTML))).toBe(`${baseUrl}/${lang}/builder/${query}`);
      expect(await page.innerText('[data-write-in="centre"] [data-line]')).toBe('Solvang rehab');
      expect(await page.innerText('[data-write-in="contact"] [data-line]')).toBe('Kari, +47 912 34 567');
      // The printed address keeps the preset and the centre, written to be typed.
      const address = `${new URL(baseUrl).host}/${lang}/builder/?preset=rehab-centre&centre=Solvang+rehab`;
      expect(await page.innerText('[data-address]')).toBe(address);
      const typed = new URL(`http://${address}`);
      expect(parseCentreParams(typed.search, PRESETS)).toMatchObject({
        preset: 'rehab-centre',
        centre: 'Solvang rehab',
      });
      for (const format of ['A4', 'Letter'] as const) {
        const pages = await pdfPages(new Uint8Array(await page.pdf({ format })));
        expect(pages).toHaveLength(1);
        expect(pages[0]).toContain('Solvang rehab');
        expect(squash(pages[0]!)).toContain(squash(address));
      }
      expect(log.errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('has lines for the centre and the first meeting’s time, place and contact on the generic handout', async () => {
    const { page, close } = await openPage(browser, { javaScriptEnabled: false });
    try {
      await page.goto(`${baseUrl}/${lang}/for-centres/handout/`);
      const labels = await page.locator('main .write-in .label').allInnerTexts();
      expect(labels).toEqual([
        t['centres.sheet.from'],
        t['centres.sheet.when'],
        t['centres.sheet.where'],
        t['centres.sheet.contact'],
      ]);
      expect(await page.locator('main .write-in .line.filled').count()).toBe(0);
      // Drawn at build time from the site's address in site.yaml: the builder.
      const svg = await page.locator('[data-qr] svg').evaluate((el) => el.outerHTML);
      expect(decodeSvg(svg)).toBe(`${SITE_URL}/${lang}/builder/`);
      expect(await page.innerText('[data-address]')).toBe(`${new URL(SITE_URL).host}/${lang}/builder/`);
    } finally {
      await close();
    }
  });

  it('puts a centre link on the poster: every strip’s QR code and address, the contact, one page', async () => {
    const { page, log, close } = await openPage(browser);
    try {
      const query =
        '?preset=rehab-centre&centre=S%C3%B8rlandet%20rehab&starter=Kari&contact=22%2040%2000%2040';
      await page.goto(`${baseUrl}/${lang}/for-centres/poster/${query}`);
      const codes = await page
        .locator('.strip [data-qr] svg')
        .evaluateAll((els) => els.map((el) => el.outerHTML));
      expect(codes.length).toBeGreaterThanOrEqual(5);
      for (const svg of codes) expect(decodeSvg(svg)).toBe(`${baseUrl}/${lang}/builder/${query}`);
      // The strips print the short address; the code carries the details.
      const address = `${new URL(baseUrl).host}/${lang}/builder/`;
      expect(await page.locator('.strip [data-address]').allInnerTexts()).toEqual(codes.map(() => address));
      expect(await page.innerText('[data-write-in="contact"] [data-line]')).toBe('Kari, 22 40 00 40');
      expect(await page.innerText('[data-write-in="centre"] [data-line]')).toBe('Sørlandet rehab');
      for (const format of ['A4', 'Letter'] as const) {
        const pdf = new Uint8Array(await page.pdf({ format }));
        const pages = await pdfPages(pdf);
        expect(pages).toHaveLength(1);
        expect(pages[0]).toContain('Sørlandet rehab');
        expect(squash(pages[0]!)).toContain(squash(t['centres.poster.strip']!));
      }
      // Strips beyond the first repeat it, so a screen reader hears the code once.
      expect(await page.locator('.strip:not([aria-hidden])').count()).toBe(1);
      expect(log.errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it.each(['handout', 'poster'])(
    'keeps the %s on one page with the longest details a link may carry',
    async (sheet) => {
      const { page, close } = await openPage(browser);
      try {
        const details = new URLSearchParams({
          preset: 'self-help-centre',
          centre: 'Rehabiliteringssenteret for arbeid og helse i Sør-Trøndelag, avdeling nord og sør'.slice(
            0,
            80,
          ),
          starter: 'Kari Nordmann-Sørensen Bakkeli Haugen Olsen Johansen Berg'.slice(0, 60),
          contact: 'kari.nordmann-sorensen@rehabiliteringssenteret-sor-trondelag.example.no',
        });
        await page.goto(`${baseUrl}/${lang}/for-centres/${sheet}/?${details}`);
        expect(await page.innerText('[data-write-in="centre"] [data-line]')).toBe(details.get('centre'));
        for (const format of ['A4', 'Letter'] as const) {
          expect(await pdfPages(new Uint8Array(await page.pdf({ format }))), format).toHaveLength(1);
        }
      } finally {
        await close();
      }
    },
  );

  it('never shows markup or unknown parameters from the address on the handout', async () => {
    const { page, close } = await openPage(browser);
    try {
      const hostile = new URLSearchParams({
        centre: '<img src=x onerror="document.title=1">',
        starter: '\u202Eevil',
        contact: 'javascript:alert(1)',
        utm_campaign: 'tracking-me',
      });
      await page.goto(`${baseUrl}/${lang}/for-centres/handout/?${hostile}`);
      const html = await page.innerHTML('main');
      expect(html).not.toContain('<img');
      expect(html).not.toContain('tracking-me');
      expect(html).not.toContain('javascript:');
      expect(await page.innerText('[data-write-in="contact"] [data-line]')).toBe('evil');
      expect(await page.innerText('[data-write-in="centre"] [data-line]')).toBe('');
      expect(await page.getAttribute('[data-write-in="centre"] [data-line]', 'aria-hidden')).toBe('true');
      expect(decodeSvg(await page.locator('[data-qr] svg').evaluate((el) => el.outerHTML))).toBe(
        `${baseUrl}/${lang}/builder/?starter=evil`,
      );
    } finally {
      await close();
    }
  });
});
