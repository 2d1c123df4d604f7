/**
 * The builder's second part in a real browser: share links, the charter in
 * the other language, the rota and its spreadsheet, calendar files, the
 * first-meeting kit, two tabs on one draft, and links from a centre.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { baseUrl, runAxe } from '../support/browser.ts';
import { download, goToBuilder, openBuilder, openTheme } from '../support/builder.ts';
import { describe, expect, test, type Fixtures } from '../support/fixtures.ts';
import { pdfPages } from '../support/pdf-text.ts';

/** A fresh context (its own storage) at the builder, with print counted and console errors collected. */
async function fresh(open: Fixtures['open']): Promise<{ page: Page; errors: string[] }> {
  const { page, log } = await openBuilder(open, 'en');
  return { page, errors: log.errors };
}

async function start(page: Page, lang: 'en' | 'nb', preset: string, name: string): Promise<void> {
  await goToBuilder(page, `/${lang}/builder/`);
  await page.locator(`button[aria-describedby="preset-${preset}"]`).click();
  await page.waitForURL(/step=group/);
  await page.fill('#group-name', name);
}

describe('share links', () => {
  test.for(['en', 'nb'] as const)(
    'round-trips a draft with emoji, RTL text and combining marks (%s)',
    async (lang, { open }) => {
      const { page, errors } = await fresh(open);
      const name = 'Tirsdag 👍🏽 שלום e\u0301 æøå';
      await start(page, lang, 'online-group', name);
      await goToBuilder(page, `/${lang}/builder/?step=review`);
      await page.click('#share');
      await page.waitForSelector('#share-link');
      const link = await page.inputValue('#share-link');
      const url = new URL(link);
      expect(url.search).toBe('');
      expect(url.hash).toMatch(/^#c=[A-Za-z0-9_-]+$/);
      // A link that fits in a chat says nothing about its length.
      expect(await page.locator('#share-too-long').count()).toBe(0);
      // Open the link in a fresh context, as someone else would.
      const other = await fresh(open);
      await other.page.goto(link);
      await other.page.waitForSelector('.incoming');
      expect(await other.page.locator('.incoming').textContent()).toContain(name);
      await other.page.click('#open-incoming');
      await other.page.waitForURL(/step=review/);
      expect(await other.page.locator('#charter-review .charter-title').textContent()).toBe(name);
      expect(new URL(other.page.url()).hash).toBe('');
      expect([...errors, ...other.errors]).toEqual([]);
    },
  );

  test('opens a link made before links had a checksum (#d=)', async ({ open }) => {
    const legacy = JSON.parse(
      readFileSync(new URL('../fixtures/share/legacy-d-link.json', import.meta.url), 'utf8'),
    ) as { fragment: string; draft: { group: { name: string } } };
    const { page, errors } = await fresh(open);
    await page.goto(`${baseUrl}/nb/builder/#${legacy.fragment}`);
    await page.waitForSelector('.incoming');
    expect(await page.locator('.incoming').textContent()).toContain(legacy.draft.group.name);
    expect(errors).toEqual([]);
  });

  test('says a link is damaged when one character of it was changed on the way', async ({ open }) => {
    const { page } = await fresh(open);
    await start(page, 'en', 'community-group', 'Changed on the way');
    await goToBuilder(page, '/en/builder/?step=review');
    await page.click('#share');
    await page.waitForSelector('#share-link');
    const link = await page.inputValue('#share-link');
    const at = Math.floor(link.length * 0.7);
    const changed = `${link.slice(0, at)}${link.charAt(at) === 'A' ? 'B' : 'A'}${link.slice(at + 1)}`;
    const other = await fresh(open);
    await other.page.goto(changed);
    await other.page.waitForSelector('.builder.is-ready');
    await expect
      .poll(() => other.page.locator('.notice').first().textContent())
      .toContain('incomplete or damaged');
    expect(await other.page.locator('.incoming').count()).toBe(0);
  });

  test.for([
    ['a tampered link', '#c=AAAA!!!!'],
    ['a tampered old link', '#d=AAAA!!!!'],
    ['a truncated link', '#d=q1YqzkhNLVCyUsrIz0nVK0itUqoFAA'],
    ['an empty link', '#c='],
  ])('answers %s with a plain message and changes nothing', async ([_name, fragment], { open }) => {
    const { page } = await fresh(open);
    await start(page, 'en', 'community-group', 'Still here');
    await page.waitForTimeout(600);
    const before = await page.evaluate(() => localStorage.getItem('groundwork.charter'));
    await page.goto(`${baseUrl}/en/builder/?step=group${fragment}`);
    await page.waitForSelector('.builder.is-ready');
    await expect.poll(() => page.locator('.notice').first().textContent()).toContain('incomplete or damaged');
    expect(await page.locator('.incoming').count()).toBe(0);
    expect(await page.inputValue('#group-name')).toBe('Still here');
    expect(await page.evaluate(() => localStorage.getItem('groundwork.charter'))).toBe(before);
  });
});

describe('one charter, two languages', () => {
  test("re-renders built-in rules in the other language and keeps the group's own words", async ({
    open,
  }) => {
    const { page } = await fresh(open);
    await start(page, 'en', 'community-group', 'Language test');
    await page.locator('#next-step').click();
    await openTheme(page, 'custom-rules');
    await page.fill('#add-rule-text', 'We bring our own coffee.');
    await page.locator('.add-rule button[type=submit]').click();
    await goToBuilder(page, '/en/builder/?step=review');
    const review = page.locator('#charter-review');
    expect(await review.textContent()).toContain('Our ground rules');
    await page.check('#charter-lang-nb');
    await expect.poll(() => review.textContent()).toContain('Grunnreglene våre');
    expect(await review.getAttribute('lang')).toBe('nb');
    const own = review.locator('.charter-rule', { hasText: 'We bring our own coffee.' });
    expect(await own.textContent()).toContain('(med egne ord)');
    expect(await review.textContent()).toContain('Vi lytter uten å avbryte');
    // The saved draft records the charter language, so a reload keeps it.
    await page.waitForTimeout(600);
    await goToBuilder(page, '/en/builder/?step=review');
    expect(await page.isChecked('#charter-lang-nb')).toBe(true);
  });

  test('sends one language, fetches the other when it is needed, and loses nothing when it cannot', async ({
    open,
  }) => {
    const { page, log } = await openBuilder(open, 'en');
    // Fetched once, from the preload link (the island's fetch takes the preloaded copy).
    const data = (lang: string) =>
      page.evaluate(
        (path) => performance.getEntriesByType('resource').filter((r) => r.name.endsWith(path)).length,
        `/${lang}/builder/data.json`,
      );
    expect(await data('en')).toBe(1);
    expect(await data('nb')).toBe(0);
    // The page's head asked for it as the page was parsed (its inline script ran under the page's policy).
    expect(
      await page.evaluate(() => (self as { gwBuilderData?: unknown }).gwBuilderData instanceof Promise),
    ).toBe(true);
    // The page's data has its own language only.
    const sent = await page.evaluate(async () => (await fetch('data.json')).json());
    expect(Object.keys(sent.charterStrings)).toEqual(['en']);
    expect(Object.keys(sent.rules[0].title)).toEqual(['en']);
    expect(Object.keys(sent.crisis)).toEqual(['en']);

    await start(page, 'en', 'community-group', 'Språk');
    await goToBuilder(page, '/en/builder/?step=review');
    const review = page.locator('#charter-review');
    const status = page.locator('#charter-lang-status');
    // Cut off: the choice waits, says why, and the charter stays as it was.
    await page.route('**/nb/builder/data.json', (route) => route.abort());
    await page.click('#charter-lang-nb');
    await expect.poll(() => status.textContent()).toContain('could not be loaded');
    expect(await status.getAttribute('role')).toBe('alert');
    expect(await review.getAttribute('lang')).toBe('en');
    expect(await page.isChecked('#charter-lang-en')).toBe(true);
    // Online again: the same choice works.
    await page.unroute('**/nb/builder/data.json');
    await page.check('#charter-lang-nb');
    await expect.poll(() => review.getAttribute('lang')).toBe('nb');
    expect(await review.textContent()).toContain('Grunnreglene våre');
    expect(await status.textContent()).toBe('');
    expect(log.requests.filter((url) => url.endsWith('/nb/builder/data.json'))).toHaveLength(2);

    // A saved draft in the other language waits for its texts; when they cannot come, the steps
    // stay away (nothing is shown in the wrong language) and the person chooses what to do.
    await page.waitForTimeout(600);
    await page.route('**/nb/builder/data.json', (route) => route.abort());
    await goToBuilder(page, '/en/builder/?step=review');
    const wait = page.locator('#charter-lang-wait');
    await expect.poll(() => wait.getAttribute('role')).toBe('alert');
    expect(await page.locator('#charter-review').count()).toBe(0);
    await page.unroute('**/nb/builder/data.json');
    await wait.getByRole('button', { name: 'Try again' }).click();
    await expect.poll(() => review.getAttribute('lang')).toBe('nb');
    expect(await review.textContent()).toContain('Språk');

    // Or keeps the charter in the page's language.
    await page.waitForTimeout(600);
    await page.route('**/nb/builder/data.json', (route) => route.abort());
    await goToBuilder(page, '/en/builder/?step=review');
    await wait.getByRole('button', { name: 'Keep the charter in English' }).click();
    await expect.poll(() => review.getAttribute('lang')).toBe('en');
    expect(await review.textContent()).toContain('Språk');
    expect(log.errors.filter((e) => !e.includes('net::ERR_FAILED'))).toEqual([]);

    // The later steps' code cut off: the step says so, and trying again once online opens it.
    await page.route('**/_astro/later.*.js', (route) => route.abort());
    await page.goto(`${baseUrl}/en/builder/?step=review`);
    const laterWait = page.locator('#later-wait');
    await expect.poll(() => laterWait.getAttribute('role')).toBe('alert');
    await page.unroute('**/_astro/later.*.js');
    await laterWait.getByRole('button', { name: 'Try again' }).click();
    await page.waitForSelector('.builder.is-ready');
    expect(await review.textContent()).toContain('Språk');

    // Without its own data the builder says so and points to the paper worksheet.
    await page.route('**/en/builder/data.json', (route) => route.abort());
    await page.goto(`${baseUrl}/en/builder/`);
    const failed = page.locator('#builder-failed');
    await expect.poll(() => failed.textContent()).toContain('could not start');
    expect(await failed.locator('a').getAttribute('href')).toMatch(/\/en\/builder\/worksheet\/$/);

    // Without its script, the "starting" notice takes no room at first (so a builder that starts in
    // time moves nothing), and shows after three seconds.
    await page.unroute('**/en/builder/data.json');
    // The page's own script, the one that starts the builder (the module after the builder's root).
    const boot = await page.$eval('#builder-root + script[type=module]', (s) => (s as HTMLScriptElement).src);
    await page.route(boot, (route) => route.abort());
    await page.goto(`${baseUrl}/en/builder/`);
    const starting = page.locator('.builder-starting');
    expect((await starting.boundingBox())?.height).toBe(0);
    await starting.evaluate((el) => el.getAnimations().forEach((a) => (a.currentTime = 3000)));
    expect(await starting.isVisible()).toBe(true);
    expect((await starting.boundingBox())?.height).toBeGreaterThan(40);
  });
});

describe('rota, calendar and the first-meeting kit', () => {
  test('makes a fair rota, prints it on its own, and downloads it as a spreadsheet', async ({ open }) => {
    const { page } = await fresh(open);
    await start(page, 'nb', 'community-group', 'Vaktlistegruppa');
    await page.fill('#group-start', '2027-01-05');
    await page.fill('#group-start-time', '18:00');
    await goToBuilder(page, '/nb/builder/?step=meetings');
    for (const name of ['Anne', 'Bo', 'Cato', '=SUM(A1)']) {
      await page.click('#add-member');
      const inputs = page.locator('.member-item input');
      await inputs.last().fill(name);
    }
    await page.fill('#rota-meetings', '8');
    await goToBuilder(page, '/nb/builder/?step=review');
    const rows = page.locator('#charter-review .charter-rota tbody tr');
    expect(await rows.count()).toBe(8);
    expect(await rows.first().textContent()).toContain('5. januar 2027');
    await page.click('#print-rota');
    await expect
      .poll(() =>
        page.evaluate(() => (window as unknown as { printedText?: string[] }).printedText?.[0] ?? ''),
      )
      .toContain('Hvem gjør hva');
    const printed = await page.evaluate(
      () => (window as unknown as { printedText: string[] }).printedText[0]!,
    );
    expect(printed).not.toContain('Grunnreglene våre');
    const pdf = await pdfPages(new Uint8Array(await page.pdf({ format: 'A4' })));
    expect(pdf.length).toBe(1);
    expect(pdf[0]).toContain('Cato');
    const csv = await download(page, '#download-csv');
    expect(csv.name).toMatch(/\.csv$/);
    const lines = csv.text
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines).toHaveLength(9);
    expect(lines[1]).toMatch(/^1,2027-01-05,/);
    expect(csv.text).toContain("'=SUM(A1)");
  });

  test('downloads the review reminder and the meeting dates as calendar files', async ({ open }) => {
    const { page } = await fresh(open);
    await start(page, 'en', 'community-group', 'Calendar; group, "quoted"');
    await page.fill('#group-start', '2027-01-05');
    await page.fill('#group-start-time', '18:30');
    await goToBuilder(page, '/en/builder/?step=changes');
    await page.fill('#review-date', '2027-04-06');
    await goToBuilder(page, '/en/builder/?step=review');
    const review = await download(page, '#download-ics-review');
    expect(review.name).toMatch(/\.ics$/);
    expect(review.text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(review.text).toContain('DTSTART;VALUE=DATE:20270406');
    expect(review.text).toContain('Calendar\\; group\\, "quoted"');
    const uid = /UID:(.+)\r\n/.exec(review.text)?.[1];
    // The same draft gives the same UID, so re-importing updates the event.
    const again = await download(page, '#download-ics-review');
    expect(/UID:(.+)\r\n/.exec(again.text)?.[1]).toBe(uid);
    const meetings = await download(page, '#download-ics-meetings');
    expect(meetings.text).toContain('DTSTART:20270105T183000');
    expect(meetings.text).toContain('RRULE:FREQ=WEEKLY');
  });

  test.for(['en', 'nb'] as const)(
    'prints discussion cards, the opening text and the newcomer sheet (%s)',
    async (lang, { open }) => {
      const { page } = await fresh(open);
      await start(page, lang, 'self-help-centre', 'Kit');
      await goToBuilder(page, `/${lang}/builder/?step=review`);
      const ruleCount = await page.locator('#charter-review .charter-rule').count();
      await page.click('#print-cards');
      await page.waitForSelector('.charter-print .card', { state: 'attached' });
      expect(await page.locator('.charter-print .card').count()).toBe(ruleCount);
      expect(await page.locator('.charter-print .card-question').count()).toBe(ruleCount);
      const cards = await pdfPages(new Uint8Array(await page.pdf({ format: 'A4' })));
      expect(cards.length).toBeGreaterThan(1);
      await page.click('#print-opening');
      await page.waitForSelector('.charter-print .kit-opening', { state: 'attached' });
      // The group's name is isolated in the sentence (U+2068 … U+2069).
      expect(await page.locator('.charter-print .kit-opening').textContent()).toContain(
        lang === 'en' ? 'Welcome to \u2068Kit\u2069' : 'Velkommen til \u2068Kit\u2069',
      );
      await page.click('#print-newcomer');
      await page.waitForSelector('.charter-print .kit-newcomer', { state: 'attached' });
      const sheet = await pdfPages(new Uint8Array(await page.pdf({ format: 'A4' })));
      expect(sheet.length).toBe(1);
      expect(sheet[0]?.replace(/[\u2066-\u2069]/g, '')).toContain(
        lang === 'en' ? 'Welcome to Kit' : 'Velkommen til Kit',
      );
    },
  );
});

describe('two tabs, one draft', () => {
  test('tells the other tab, and loads the newer version only when asked', async ({ open }) => {
    const { page: first } = await fresh(open);
    await start(first, 'en', 'community-group', 'First tab');
    await first.waitForTimeout(600);
    const second = await first.context().newPage();
    second.on('dialog', (d) => void d.accept());
    await goToBuilder(second, '/en/builder/?step=group');
    expect(await second.inputValue('#group-name')).toBe('First tab');
    await second.fill('#group-name', 'Second tab');
    await expect.poll(() => first.locator('#load-newer').count()).toBe(1);
    // The first tab does not write over the newer save, even when it changes.
    await first.fill('#group-name', 'First tab, edited');
    await first.waitForTimeout(800);
    expect(await first.evaluate(() => localStorage.getItem('groundwork.charter'))).toContain('Second tab');
    await first.click('#load-newer');
    // Reading the saved draft checks it first (that code loads on first use), so the field fills a moment later.
    await expect.poll(() => first.inputValue('#group-name')).toBe('Second tab');
    // Now the second tab sees that the first has moved on? No: loading does not save. Keep mine is explicit.
    await second.fill('#group-name', 'Second tab again');
    await expect.poll(() => first.locator('#keep-mine').count()).toBe(1);
    await first.click('#keep-mine');
    await expect
      .poll(() => first.evaluate(() => localStorage.getItem('groundwork.charter')))
      .toContain('"Second tab"');
  });
});

describe('links from a centre', () => {
  test('shows the centre, and puts the starter on the charter where the group can remove it', async ({
    open,
  }) => {
    const { page } = await fresh(open);
    const query = new URLSearchParams({
      preset: 'rehab-centre',
      centre: 'Solvang rehab',
      starter: 'Kari',
      contact: '+47 22 00 00 00',
      utm_source: 'newsletter',
    });
    await goToBuilder(page, `/en/builder/?${query}`);
    await expect
      .poll(() => page.locator('.helped-by').textContent())
      .toBe('Started with help from Solvang rehab');
    expect(await page.locator('.presets li').first().getAttribute('class')).toContain('is-suggested');
    await page.locator('button[aria-describedby="preset-rehab-centre"]').click();
    await page.waitForURL(/step=group/);
    expect(page.url()).not.toContain('utm_source');
    await page.fill('#group-name', 'Centre group');
    expect(await page.locator('.starter').textContent()).toContain('Kari, Solvang rehab, +47 22 00 00 00');
    await goToBuilder(page, '/en/builder/?step=review');
    expect(await page.locator('#charter-review').textContent()).toContain('+47 22 00 00 00');
    await goToBuilder(page, '/en/builder/?step=group');
    await page.uncheck('#starter-on-charter');
    await goToBuilder(page, '/en/builder/?step=review');
    expect(await page.locator('#charter-review').textContent()).not.toContain('+47 22 00 00 00');
  });

  test('drops a contact that is neither a phone number nor an email address', async ({ open }) => {
    const { page } = await fresh(open);
    await goToBuilder(
      page,
      `/en/builder/?preset=rehab-centre&centre=Solvang&contact=${encodeURIComponent('<script>alert(1)</script>')}`,
    );
    await page.locator('button[aria-describedby="preset-rehab-centre"]').click();
    await page.waitForURL(/step=group/);
    const starter = await page.locator('.starter').textContent();
    expect(starter).toContain('Solvang');
    expect(starter).not.toContain('script');
  });
});

describe('axe', () => {
  test.for(['en', 'nb'] as const)(
    'finds nothing on the review step with a rota, a share link and a starter (%s)',
    async (lang, { open }) => {
      const { page } = await fresh(open);
      await goToBuilder(page, `/${lang}/builder/?centre=Solvang&starter=Kari&contact=kari%40example.org`);
      await page.locator('.presets button').first().click();
      await page.fill('#group-name', 'Axe');
      await page.fill('#group-start', '2027-01-05');
      await goToBuilder(page, `/${lang}/builder/?step=meetings`);
      await page.click('#add-member');
      await page.locator('.member-item input').last().fill('Anne');
      expect(await runAxe(page)).toEqual([]);
      await goToBuilder(page, `/${lang}/builder/?step=review`);
      await page.click('#share');
      await page.waitForSelector('#share-link');
      await page.waitForSelector('#share-link');
      const violations = await runAxe(page);
      expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    },
  );
});
