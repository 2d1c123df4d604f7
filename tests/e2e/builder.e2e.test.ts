/**
 * The charter builder in a real browser: the keyboard-only walk, history,
 * reloads, downloads and re-opening, damaged files, storage failures,
 * printing, and axe on every step in both languages.
 */
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { presetSchema } from '../../src/schemas/preset.ts';
import { baseUrl, runAxe } from '../support/browser.ts';
import {
  activeId,
  chooseRule,
  next,
  openAllThemes,
  openBuilder,
  openTheme,
  startWith,
  tabTo,
  themeOf,
} from '../support/builder.ts';
import { describe, expect, test } from '../support/fixtures.ts';
import { pdfPages, squash } from '../support/pdf-text.ts';

const root = new URL('../../', import.meta.url);
const preset = (id: string) =>
  presetSchema.parse(parse(readFileSync(new URL(`content/presets/${id}.yaml`, root), 'utf8')));

describe.each(['en', 'nb'] as const)('builder in %s', (lang) => {
  test('goes from a suggested preset to the print preview by keyboard alone', async ({ open }) => {
    const { page, log } = await openBuilder(open, lang, '?preset=rehab-centre');
    // The preset from the link is listed first and marked.
    expect(await page.locator('.presets li').first().getAttribute('class')).toContain('is-suggested');
    await tabTo(page, 'button[aria-describedby="preset-rehab-centre"]');
    await page.keyboard.press('Enter');
    await page.waitForURL(/step=group/);
    await expect.poll(() => activeId(page)).toBe('step-heading');
    expect(await page.locator('[aria-live=polite]').first().textContent()).toMatch(/2/);
    await tabTo(page, '#group-name');
    await page.keyboard.type('Tirsdagsgruppa 👍🏽');
    await tabTo(page, '#next-step');
    await page.keyboard.press('Enter');
    await page.waitForURL(/step=rules/);
    await expect.poll(() => activeId(page)).toBe('step-heading');
    // Themes start closed: open the one with the rule, by keyboard.
    await tabTo(page, `#${themeOf('phones-away')} .theme-toggle`);
    await page.keyboard.press('Enter');
    await tabTo(page, '#rule-phones-away');
    await page.keyboard.press('Space');
    expect(await page.isChecked('#rule-phones-away')).toBe(true);
    // On a phone the charter so far is one tap away, and it opens at the rule just chosen, highlighted.
    await tabTo(page, '#preview-open');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('.preview-dialog [data-rule-key="phones-away"].is-active').isVisible())
      .toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => activeId(page)).toBe('preview-open');
    for (const step of ['meetings', 'changes', 'review']) {
      await tabTo(page, '#next-step');
      await page.keyboard.press('Enter');
      await page.waitForURL(new RegExp(`step=${step}`));
      await expect.poll(() => activeId(page)).toBe('step-heading');
    }
    await tabTo(page, '#print-charter');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.charter-print').isVisible()).toBe(true);
    expect(await page.locator('.step-review').isVisible()).toBe(false);
    expect(await page.locator('header.site-header').isVisible()).toBe(false);
    expect(await page.locator('.charter-print .charter-title').textContent()).toBe('Tirsdagsgruppa 👍🏽');
    expect(log.errors).toEqual([]);
  });

  test('shows an error summary that takes focus, and keeps what was typed', async ({ open }) => {
    const { page } = await openBuilder(open, lang);
    const long = 'x'.repeat(100);
    await startWith(page, 'community-group', long);
    await next(page, lang);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.className))
      .toContain('error-summary');
    expect(await page.getAttribute('#group-name', 'aria-invalid')).toBe('true');
    // Nothing typed is cut: the text over the limit is kept and flagged.
    expect(await page.inputValue('#group-name')).toBe(long);
    expect(await page.locator('#group-name-count').textContent()).toMatch(/20/);
    await page.locator('.error-summary a').first().click();
    expect(await activeId(page)).toBe('group-name');
    expect(new URL(page.url()).searchParams.get('step')).toBe('group');
    // The name may also stay empty: the charter is then "Our group", and nothing stops the group going on.
    await page.fill('#group-name', '');
    await next(page, lang);
    await page.waitForURL(/step=rules/);
  });

  test('has no axe violations on any step', async ({ open }) => {
    const { page } = await openBuilder(open, lang);
    const check = async (name: string) => {
      const violations = await runAxe(page);
      expect(violations, `${name}: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
    };
    await check('start');
    await startWith(page, 'self-help-centre', 'Axe');
    await check('group');
    await next(page, lang);
    await check('rules, every theme closed');
    await chooseRule(page, 'phones-away');
    await openAllThemes(page);
    await page.locator('#variant-phones-away-standard').focus();
    await page
      .locator('details.order')
      .first()
      .evaluate((d) => ((d as HTMLDetailsElement).open = true));
    await check('rules, every theme open');
    await page.click('#preview-open');
    await check('rules, the preview open');
    await page.keyboard.press('Escape');
    await next(page, lang);
    await check('meetings');
    await next(page, lang);
    await check('changes');
    await next(page, lang);
    await check('review');
    await page.click('#more-files summary');
    await check('review, more files open');
    await page.emulateMedia({ colorScheme: 'dark' });
    await check('review, dark');
  });
});

describe('loading', () => {
  /** The site's own scripts a page asked for. */
  // The page's own scripts. Not the offline worker's file: the layout's script asks for it (HEAD) once
  // the page has loaded and gone idle, whenever that falls in a test.
  const scripts = (requests: string[]) =>
    requests
      .filter((url) => url.startsWith(baseUrl) && url.endsWith('.js') && !url.endsWith('/sw.js'))
      .map((url) => new URL(url).pathname);

  test('fetches every script it starts with at once, from preload links, and marks when it is ready', async ({
    open,
  }) => {
    const { page, log } = await openBuilder(open, 'en');
    // The page's own preload links, as served (the loader of import() adds links of its own later).
    const served = readFileSync(new URL('dist/en/builder/index.html', root), 'utf8');
    const preloads = [...served.matchAll(/<link rel="modulepreload" href="([^"]+)"/g)].map(
      (m) => new URL(m[1] ?? '', baseUrl).pathname,
    );
    // Once the start step shows, the later steps' code follows (one module and what it imports).
    const later = /\/_astro\/later\.[\w-]+\.js$/;
    await expect.poll(() => scripts(log.requests).some((path) => later.test(path))).toBe(true);
    const laterPath = scripts(log.requests).find((path) => later.test(path)) ?? '';
    const fileName = (path: string) => path.split('/').pop() ?? '';
    // Everything the later module imports, and what those import in turn.
    const laterImports = new Set<string>();
    const follow = (name: string) => {
      const code = readFileSync(new URL(`dist/_astro/${name}`, root), 'utf8');
      for (const m of code.matchAll(/from\s*"\.\/([\w.-]+\.js)"/g)) {
        if (m[1] && !laterImports.has(m[1])) {
          laterImports.add(m[1]);
          follow(m[1]);
        }
      }
    };
    follow(fileName(laterPath));
    const loaded = scripts(log.requests).filter((path) => path !== '/sw.js');
    expect(loaded.length).toBeGreaterThan(3);
    // No script the builder starts with is found only by reading another one, and no preload is wasted.
    expect(new Set(preloads.filter((path) => !loaded.includes(path)))).toEqual(new Set());
    const extra = loaded.filter((path) => !preloads.includes(path));
    expect(extra).toContain(laterPath);
    expect(extra.filter((path) => path !== laterPath && !laterImports.has(fileName(path)))).toEqual([]);
    expect(preloads).not.toContain(laterPath);
    expect(await page.evaluate(() => performance.getEntriesByName('builder-ready').length)).toBe(1);
  });

  test('loads the checks for saved drafts only when there is a saved draft', async ({ open }) => {
    const { page, log } = await openBuilder(open, 'en');
    // The later steps' code comes once the start step shows; count from after it.
    await expect
      .poll(() => scripts(log.requests).some((path) => /\/later\.[\w-]+\.js$/.test(path)))
      .toBe(true);
    const before = scripts(log.requests);
    await startWith(page, 'community-group', 'Lazy checks');
    await expect.poll(() => page.locator('.save-status').textContent()).toMatch(/Saved on this device/);
    expect(scripts(log.requests)).toEqual(before);
    await page.reload();
    await page.waitForSelector('.builder.is-ready');
    const added = scripts(log.requests).filter((path) => !before.includes(path));
    expect(added.some((path) => /\/codec\.[\w-]+\.js$/.test(path))).toBe(true);
    expect(await page.inputValue('#group-name')).toBe('Lazy checks');
  });
});

describe('keyboard on a phone', () => {
  test('keeps the focused rule on screen while Tab moves through the cards', async ({ open }) => {
    const { page } = await openBuilder(open, 'en');
    await page.setViewportSize({ width: 360, height: 780 });
    await startWith(page, 'community-group', 'Tab group');
    await next(page, 'en');
    // Every rule chosen: the longest the list gets, with every card showing its options.
    await openAllThemes(page);
    for (const id of await page.$$eval('.rule-card:not(.is-chosen) input[type=checkbox]', (els) =>
      els.map((e) => e.id),
    ))
      await page.locator(`#${id}`).check();
    // Coming back to the saved draft: the page is laid out afresh.
    await page.waitForTimeout(600);
    await page.reload();
    await page.waitForSelector('.builder.is-ready');
    await openAllThemes(page);
    await page.focus('#rule-phones-away');
    for (let i = 0; i < 8; i += 1) await page.keyboard.press('Tab', { delay: 100 });
    // Smooth scrolling takes a moment; then the focused element must be inside the screen.
    await expect
      .poll(
        () =>
          page.evaluate(() => {
            const box = document.activeElement!.getBoundingClientRect();
            return box.top >= 0 && box.bottom <= window.innerHeight;
          }),
        { timeout: 5000 },
      )
      .toBe(true);
  });
});

describe('history, reloads and storage', () => {
  test('restores the same step and values after a reload', async ({ open }) => {
    const { page } = await openBuilder(open, 'en');
    await startWith(page, 'online-group', 'Reload group');
    await page.fill('#group-when', 'Not in July');
    await next(page, 'en');
    await chooseRule(page, 'phones-away');
    await page.waitForTimeout(600);
    await page.reload();
    await page.waitForSelector('.builder.is-ready');
    expect(new URL(page.url()).searchParams.get('step')).toBe('rules');
    expect(await page.locator('#step-heading').textContent()).toBe('Ground rules');
    // The themes open closed after a reload; the rule's theme shows it still chosen.
    await openTheme(page, themeOf('phones-away'));
    expect(await page.isChecked('#rule-phones-away')).toBe(true);
    await page.goBack();
    await page.goto(`${baseUrl}/en/builder/?step=group`);
    await page.waitForSelector('.builder.is-ready');
    expect(await page.inputValue('#group-name')).toBe('Reload group');
    expect(await page.inputValue('#group-when')).toBe('Not in July');
    expect(await page.locator('.save-status').count()).toBe(0);
    await page.fill('#group-name', 'Reload group 2');
    await expect
      .poll(() => page.locator('.save-status').textContent())
      .toMatch(/Saved on this device at \d\d:\d\d/);
  });

  test('moves between steps with Back and Forward, keeping every value', async ({ open }) => {
    const { page } = await openBuilder(open, 'nb');
    await startWith(page, 'community-group', 'Historikk');
    await next(page, 'nb');
    await chooseRule(page, 'phones-away');
    // Who to tell about absence is asked once, with its rule.
    await chooseRule(page, 'absence-notice');
    await page.fill('#absence-who', 'verten');
    await next(page, 'nb');
    await page.fill('#rota-meetings', '6');
    await next(page, 'nb');
    await page.waitForURL(/step=changes/);
    await page.goBack();
    await page.waitForURL(/step=meetings/);
    expect(await page.inputValue('#rota-meetings')).toBe('6');
    await expect.poll(() => activeId(page)).toBe('step-heading');
    await page.goBack();
    await page.waitForURL(/step=rules/);
    expect(await page.isChecked('#rule-phones-away')).toBe(true);
    expect(await page.inputValue('#absence-who')).toBe('verten');
    await page.goBack();
    await page.waitForURL(/step=group/);
    expect(await page.inputValue('#group-name')).toBe('Historikk');
    await page.goForward();
    await page.goForward();
    await page.waitForURL(/step=meetings/);
    expect(await page.inputValue('#rota-meetings')).toBe('6');
  });

  test('keeps working in memory and says so when storage throws on write', async ({ open }) => {
    const { page, log } = await openBuilder(open, 'en', '', () => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await startWith(page, 'community-group', 'No storage');
    await expect
      .poll(() => page.locator('.notice-warning').textContent())
      .toMatch(/not being saved.*storage is full/);
    await next(page, 'en');
    await page.waitForURL(/step=rules/);
    await chooseRule(page, 'phones-away');
    expect(await page.isChecked('#rule-phones-away')).toBe(true);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('.notice-warning button').click(),
    ]);
    expect(download.suggestedFilename()).toBe('no-storage.json');
    expect(log.errors).toEqual([]);
  });

  test('asks before starting over, and Undo brings the draft back', async ({ open }) => {
    const { page } = await openBuilder(open, 'en');
    await startWith(page, 'community-group', 'Keep me');
    await page.goto(`${baseUrl}/en/builder/?step=review`);
    await page.waitForSelector('.builder.is-ready');
    await page.getByRole('button', { name: 'Delete my draft from this device' }).click();
    await page.waitForURL(/step=start/);
    expect(await page.evaluate(() => localStorage.getItem('groundwork.charter'))).toBeNull();
    await page.getByRole('button', { name: 'Undo' }).click();
    expect(await page.locator('#step-heading').textContent()).toBe('Review and print');
    expect(await page.locator('#charter-review .charter-title').textContent()).toBe('Keep me');
    await expect
      .poll(() => page.evaluate(() => localStorage.getItem('groundwork.charter')))
      .toContain('Keep me');
  });
});

describe('files', () => {
  test('downloads every format, and the .json opens again', async ({ open }) => {
    const { page } = await openBuilder(open, 'en');
    const dir = mkdtempSync(join(tmpdir(), 'groundwork-downloads-'));
    await startWith(page, 'rehab-centre', 'Files <script>alert(1)</script>');
    await page.goto(`${baseUrl}/en/builder/?step=review`);
    await page.waitForSelector('.builder.is-ready');
    const files: Record<string, string> = {};
    await page.click('#more-files summary');
    for (const kind of ['json', 'md', 'html', 'txt']) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.click(`#download-${kind}`)]);
      expect(download.suggestedFilename()).toMatch(
        new RegExp(`^files-script-alert-1-script\\.${kind}$|^files.*\\.${kind}$`),
      );
      const path = join(dir, `charter.${kind}`);
      await download.saveAs(path);
      files[kind] = readFileSync(path, 'utf8');
    }
    expect(JSON.parse(files.json!).group.name).toBe('Files <script>alert(1)</script>');
    expect(files.html).toContain('Content-Security-Policy');
    expect(files.html).not.toContain('<script>');
    expect(files.html).toContain('Files &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(files.txt).toContain('Files <script>alert(1)</script>');
    expect(files.md).not.toMatch(/[^\\]<script>/);
    // Start over, then open the downloaded draft.
    await page.getByRole('button', { name: 'Start over' }).click();
    await page.waitForURL(/step=start/);
    await page.setInputFiles('#open-file', join(dir, 'charter.json'));
    await page.waitForURL(/step=review/);
    expect(await page.locator('#charter-review .charter-title').textContent()).toBe(
      'Files <script>alert(1)</script>',
    );
    expect(await page.locator('#charter-review .charter-rule').count()).toBe(
      preset('rehab-centre').rules.length,
    );
  });

  test.for<[string, string, string, RegExp]>([
    [
      'damaged JSON',
      'broken.json',
      '{"app":"groundwork-charter","schemaVersion":1,',
      /damaged or incomplete/,
    ],
    ['a Markdown charter', 'charter.md', '# Our group\n\n- a rule', /Markdown/],
    ['a newer version', 'newer.json', '{"app":"groundwork-charter","schemaVersion":99}', /newer version/],
    [
      'wrong fields',
      'wrong.json',
      '{"app":"groundwork-charter","schemaVersion":1,"lang":"en"}',
      /not what the builder expects/,
    ],
  ])(
    'opening %s shows a message and leaves the draft as it was',
    async ([_name, fileName, text, message], { open }) => {
      const { page } = await openBuilder(open, 'en');
      const dir = mkdtempSync(join(tmpdir(), 'groundwork-bad-'));
      await startWith(page, 'community-group', 'Untouched');
      await page.waitForTimeout(600);
      const before = await page.evaluate(() => localStorage.getItem('groundwork.charter'));
      await page.goBack();
      await page.waitForURL((url) => !url.search.includes('step=group'));
      const path = join(dir, fileName);
      writeFileSync(path, text);
      await page.setInputFiles('#open-file', path);
      await expect.poll(() => page.locator('#open-file-message').textContent()).toMatch(message);
      expect(await page.locator('#open-file-message').textContent()).toMatch(/has not changed/);
      expect(await page.evaluate(() => localStorage.getItem('groundwork.charter'))).toBe(before);
      await page.goto(`${baseUrl}/en/builder/?step=group`);
      await page.waitForSelector('.builder.is-ready');
      expect(await page.inputValue('#group-name')).toBe('Untouched');
    },
  );
});

describe('print', () => {
  test('prints every chosen rule of a 40-rule draft, on A4 and Letter', async ({ open }) => {
    const { page } = await openBuilder(open, 'nb');
    await startWith(page, 'community-group', 'Førti regler');
    await next(page, 'nb');
    await openAllThemes(page);
    const unchosen = await page.$$eval('.rule-card:not(.is-chosen) input[type=checkbox]', (els) =>
      els.map((e) => e.id),
    );
    const chosenBefore = await page.locator('.rule-card.is-chosen').count();
    for (const id of unchosen.slice(0, 40 - chosenBefore)) await page.locator(`#${id}`).check();
    const chosen = await page.$$eval('.rule-card.is-chosen input[type=checkbox]', (els) =>
      els.map((e) => e.id.replace(/^rule-/, '')),
    );
    expect(chosen.length).toBe(40);
    await page.goto(`${baseUrl}/nb/builder/?step=review`);
    await page.waitForSelector('.builder.is-ready');
    // The print copy shows the same charter as the screen: every rule as the review step words it.
    const worded = await page.$$eval('#charter-review [data-rule-key]', (els) =>
      els.map((e) => e.textContent ?? ''),
    );
    expect(worded.length).toBe(40);
    // The screen holds no copy of the charter: it is drawn when the page prints (Ctrl+P, the
    // browser's menu and page.pdf fire beforeprint), and taken away after.
    expect(await page.locator('.charter-print *').count()).toBe(0);
    for (const format of ['A4', 'Letter'] as const) {
      const pages = await pdfPages(new Uint8Array(await page.pdf({ format })));
      expect(pages.length).toBeGreaterThan(1);
      expect(pages.length).toBeLessThan(8);
      const all = squash(pages.join(' '));
      for (const text of worded) expect(all, `${format}: ${text}`).toContain(squash(text));
      expect(all).toContain(squash('Førti regler'));
      // Navigation is not printed.
      expect(all).not.toContain(squash('Hovedmeny'));
      expect(all).not.toContain(squash('Gå videre'));
    }
    expect(await page.locator('.charter-print *').count()).toBe(0);
  });
});
