/**
 * The builder on a phone (390×844) and a desktop (1280×800), in both languages: the rules step's
 * height, the preview one tap away and at the rule just edited, the review step's one clear next
 * action, sharing and copying, and the small things (members, time, presets, language switch, no
 * JavaScript). That no page scrolls sideways at 320 px is checked for every page in pages.e2e.test.ts.
 */
import { baseUrl } from '../support/browser.ts';
import { activeId, chooseRule, goToBuilder, openBuilder, openTheme, startWith } from '../support/builder.ts';
import { describe, expect, test } from '../support/fixtures.ts';
import { translator } from '../../src/lib/i18n.ts';

const SIZES = [
  ['phone', { width: 390, height: 844 }],
  ['desktop', { width: 1280, height: 800 }],
] as const;

describe.each(['en', 'nb'] as const)('%s', (lang) => {
  const t = translator(lang);

  test.for(SIZES)(
    'the rules step of a 25-rule preset is at most 6 screens tall (%s)',
    async ([, size], { open }) => {
      const { page } = await openBuilder(open, lang);
      await page.setViewportSize(size);
      await startWith(page, 'community-group', 'Height');
      await goToBuilder(page, `/${lang}/builder/?step=rules`);
      expect(await page.locator('#chosen-rules').textContent()).toContain('25');
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      expect(height).toBeLessThanOrEqual(6 * size.height);
      // Each theme says how many of its rules are chosen.
      expect(await page.locator('.theme-count').first().textContent()).toMatch(/\d+/);
    },
  );

  test('on a phone the charter so far is one tap away, at the rule just edited, and closing returns', async ({
    open,
  }) => {
    const { page } = await openBuilder(open, lang);
    await startWith(page, 'community-group', 'Preview');
    await goToBuilder(page, `/${lang}/builder/?step=rules`);
    await chooseRule(page, 'phones-away');
    await page.locator('#card-phones-away .rule-options button.button-small').last().click();
    await page.fill('#rule-text-phones-away', 'Phones stay in our bags.');
    const scrolled = await page.evaluate(() => window.scrollY);
    // The preview's read-aloud button loads with the dialog, not with the rules step.
    const readAloudLoaded = () =>
      page.evaluate(() =>
        performance.getEntriesByType('resource').some((e) => /\/ReadAloud\.[\w-]+\.js$/.test(e.name)),
      );
    expect(await readAloudLoaded()).toBe(false);
    await page.click('#preview-open');
    const row = page.locator('.preview-dialog [data-rule-key="phones-away"]');
    await expect.poll(() => row.isVisible()).toBe(true);
    await expect.poll(readAloudLoaded).toBe(true);
    expect(await row.getAttribute('class')).toContain('is-active');
    expect(await row.textContent()).toContain('Phones stay in our bags.');
    await page.click('#preview-close');
    expect(await activeId(page)).toBe('preview-open');
    // Back where it was (focus on the button may nudge the page a line at most).
    expect(Math.abs((await page.evaluate(() => window.scrollY)) - scrolled)).toBeLessThan(60);
  });

  test('on a desktop the preview beside the rules goes to a rule of the group’s own when it is added', async ({
    open,
  }) => {
    const { page } = await openBuilder(open, lang);
    await page.setViewportSize({ width: 1280, height: 800 });
    await startWith(page, 'rehab-centre', 'Beside');
    await goToBuilder(page, `/${lang}/builder/?step=rules`);
    expect(await page.locator('.preview-bar').isVisible()).toBe(false);
    await openTheme(page, 'custom-rules');
    await page.fill('#add-rule-text', 'We bring our own coffee.');
    await page.locator('form.add-rule button[type=submit]').click();
    const row = page.locator('.preview [data-rule-key="own-1"]');
    await expect.poll(() => row.getAttribute('class')).toContain('is-active');
    // The row is inside the preview's own scrolling box, on screen.
    const inView = await row.evaluate((el) => {
      const box = el.closest('.preview-box')!.getBoundingClientRect();
      const r = el.getBoundingClientRect();
      return r.top >= box.top && r.bottom <= box.bottom;
    });
    expect(inView).toBe(true);
  });

  test('the review step: print first, then share and keep, and the other files named by their use', async ({
    open,
  }) => {
    const { page } = await openBuilder(open, lang, '', () => {
      (navigator as unknown as { share: (d: ShareData) => Promise<void> }).share = async (data) => {
        (window as unknown as { shared: ShareData[] }).shared ??= [];
        (window as unknown as { shared: ShareData[] }).shared.push(data);
      };
    });
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
    await startWith(page, 'online-group', 'Review');
    await goToBuilder(page, `/${lang}/builder/?step=review`);
    // The first button on the step prints the charter; the files other than the draft are folded away.
    const first = await page.locator('.step-review button').first().getAttribute('id');
    expect(first).toBe('print-charter');
    expect(await page.locator('#more-files').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await page.click('#more-files summary');
    for (const kind of ['txt', 'html', 'md'] as const) {
      expect(await page.locator(`#download-${kind}`).textContent()).toBe(t(`builder.download.${kind}`));
    }
    // Share uses the system's share sheet where there is one.
    await page.click('#share');
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { shared?: ShareData[] }).shared?.length ?? 0))
      .toBe(1);
    const shared = await page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared[0]!);
    expect(shared.url).toMatch(/#c=[A-Za-z0-9_-]+$/);
    expect(shared.title).toContain('Review');
    // The length of a link that fits in a chat is not shown.
    expect(await page.locator('#share-too-long').count()).toBe(0);
    // Copy the text: the charter as plain text on the clipboard.
    await page.click('#copy-text');
    await expect.poll(() => page.locator('.copied').textContent()).toBe(t('builder.review.copied'));
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^Review\n=+\n/);
  });

  test('without a share sheet, Share copies the link and shows it', async ({ open }) => {
    const { page } = await openBuilder(open, lang, '', () => {
      delete (navigator as unknown as { share?: unknown }).share;
    });
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
    await startWith(page, 'community-group', 'Copy link');
    await goToBuilder(page, `/${lang}/builder/?step=review`);
    await page.click('#share');
    await expect.poll(() => page.locator('.copied').textContent()).toBe(t('builder.share.copied'));
    const link = await page.inputValue('#share-link');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  });

  test('a preset used as it is reaches the printed charter in three taps, with no error', async ({
    open,
  }) => {
    const { page } = await openBuilder(open, lang, '?preset=rehab-centre');
    // The presets say what makes each different.
    const facts = await page
      .locator('.presets li')
      .evaluateAll((items) =>
        items.map((li) => [...li.querySelectorAll('.meta')].map((m) => m.textContent).join(' ')),
      );
    expect(facts).toHaveLength(4);
    expect(new Set(facts).size).toBe(facts.length);
    await page.locator('button[aria-describedby="preset-rehab-centre"]').click();
    await page.click('#skip-review');
    await page.waitForURL(/step=review/);
    expect(await page.locator('.error-summary').count()).toBe(0);
    await page.click('#print-charter');
    await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    expect(await page.locator('.charter-print .charter-title').textContent()).toBe(t('charter.untitled'));
  });

  test('the small things: members start empty, the time field is full size, switching language keeps the place', async ({
    open,
  }) => {
    const { page } = await openBuilder(open, lang);
    await startWith(page, 'community-group', 'Small things');
    expect(await page.inputValue('#group-size')).toBe('');
    const time = await page.locator('#group-start-time').boundingBox();
    expect(time?.height).toBeGreaterThanOrEqual(44);
    expect(time?.width).toBeGreaterThan(150);
    await goToBuilder(page, `/${lang}/builder/?step=rules`);
    await page.locator('a.lang[hreflang]').click();
    await page.waitForSelector('.builder.is-ready');
    expect(new URL(page.url()).searchParams.get('step')).toBe('rules');
    expect(await page.locator('#chosen-rules').textContent()).toContain('25');
  });

  test('without JavaScript the builder page shows one notice, with a space before its link', async ({
    open,
  }) => {
    const { page } = await open({ javaScriptEnabled: false });
    await page.goto(`${baseUrl}/${lang}/builder/`);
    expect(await page.locator('.builder-starting').isVisible()).toBe(false);
    const notice = page.locator('.noscript');
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toMatch(/\S \S/);
    expect((await notice.textContent())?.replace(/\s+/g, ' ')).toContain(`. ${t('builder.noscriptLink')}`);
  });
});
