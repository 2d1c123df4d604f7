/**
 * Meeting mode, by keyboard alone, in both languages, with Playwright's clock
 * in place of real time: with no charter it says where to make one; with one,
 * today's roles from the rota and the opening text; then a two-part meeting
 * runs: the part's announcement, the gentle signal a minute before the end
 * (a vibration and the live region, never a sound), pause (the clock stands
 * still and the screen may turn off), five more minutes, time over, the next
 * part on a desktop, the end with the closing round and the next meeting.
 * The English run is light, the Norwegian dark; axe is clean on every state.
 * The charter's texts: an empty device has the empty state the server drew,
 * before the island's code runs, and fetches no texts; a Norwegian charter on the English page
 * fetches the Norwegian data file, and when it cannot, the page says so,
 * keeps the charter, and "Try again" works.
 */
import type { Page } from 'playwright-core';
import { baseUrl, runAxe } from '../support/browser.ts';
import { activeId, tabTo, storedText } from '../support/builder.ts';
import { presetDraft } from '../support/catalogue.ts';
import { describe, expect, test } from '../support/fixtures.ts';
import { translator } from '../../src/lib/i18n.ts';

/** A charter with a rota that started four Tuesdays ago, and a meeting of two short parts. */
function meetingDraft(lang: 'en' | 'nb') {
  const draft = presetDraft(lang, 'community-group');
  return {
    ...draft,
    group: { ...draft.group, name: 'Tirsdagsgruppa', startDate: '2027-02-02', frequency: 'weekly' as const },
    members: ['Anne', 'Bjørn', 'Cato', 'Dina'],
    outline: [
      { key: 'arrival', minutes: 2 },
      { key: 'sharing', minutes: 3 },
    ],
  };
}

/** Records vibrations and the screen lock instead of using the device's. */
async function fakeDevice(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { buzzes: unknown[]; locks: string[] };
    w.buzzes = [];
    w.locks = [];
    Object.defineProperty(navigator, 'vibrate', {
      value: (pattern: unknown) => w.buzzes.push(pattern) > 0,
      configurable: true,
    });
    Object.defineProperty(navigator, 'wakeLock', {
      value: {
        request: async () => {
          w.locks.push('request');
          const sentinel = new EventTarget() as EventTarget & { release: () => Promise<void> };
          sentinel.release = async () => {
            w.locks.push('release');
          };
          return sentinel;
        },
      },
      configurable: true,
    });
  });
}

const clean = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

/** Stops the page's clock a second from now: from then on only runFor moves it. */
async function freeze(page: Page): Promise<void> {
  const now = await page.evaluate(() => Date.now());
  await page.clock.pauseAt(now + 1000);
}

async function press(page: Page, selector: string): Promise<void> {
  await tabTo(page, selector, 80);
  await page.keyboard.press('Enter');
}

describe.each([
  ['en', 'light'],
  ['nb', 'dark'],
] as const)('%s (%s)', (lang, colorScheme) => {
  const t = translator(lang);

  test('the host runs a meeting by keyboard, from the rota to the next meeting', async ({ open }) => {
    const { page, log } = await open({ colorScheme, timezoneId: 'Europe/Oslo' });
    await fakeDevice(page);
    await page.clock.install({ time: new Date('2027-03-02T18:00:00+01:00') });
    const url = `${baseUrl}/${lang}/builder/meeting/`;

    // No charter on the device: the page says where to make one.
    await page.goto(url);
    await page.waitForSelector('.meeting.is-ready');
    expect(clean(await page.locator('.meeting').textContent())).toContain(t('meeting.none'));
    await page.evaluate(
      (text) => localStorage.setItem('groundwork.charter', text),
      storedText(meetingDraft(lang)),
    );
    await page.reload();
    await page.waitForSelector('.meeting.is-ready');

    // Before: today's date, today's roles (meeting 5 of the rota), the opening text.
    const before = clean(await page.locator('.meeting').textContent());
    expect(before).toContain(lang === 'en' ? 'Tuesday 2 March 2027' : 'tirsdag 2. mars 2027');
    expect(before).toContain(`${t('charter.role.host')}: Anne`);
    expect(before).toContain(`${t('charter.role.time-keeper')}: Bjørn`);
    // The group's name is isolated in the sentence (U+2068 … U+2069).
    expect(before).toContain(t('kit.opening.welcome', { name: '\u2068Tirsdagsgruppa\u2069' }));
    expect(await runAxe(page), 'before').toEqual([]);

    // During: the first part, announced; the screen kept on. The clock stands still: only runFor moves it.
    await freeze(page);
    await press(page, '#meeting-start');
    await expect.poll(() => activeId(page)).toBe('meeting-heading');
    const live = page.locator('.meeting [aria-live="polite"]');
    const arrival = t('charter.part.arrival');
    expect(await live.textContent()).toBe(t('meeting.say.part', { part: arrival, count: 2 }));
    expect(await page.locator('#meeting-clock').textContent()).toBe('2:00');
    expect(await page.evaluate(() => (window as unknown as { locks: string[] }).locks)).toEqual(['request']);

    // A minute before the end: said once, a short vibration, a calm change of colour.
    await page.clock.runFor(61_000);
    expect(await page.locator('#meeting-clock').textContent()).toBe('0:59');
    expect(await live.textContent()).toBe(t('meeting.say.oneMinute', { part: arrival }));
    expect(await page.locator('#meeting-state').textContent()).toBe(t('meeting.oneMinute'));
    expect(await page.locator('.meeting-during').getAttribute('class')).toContain('is-last-minute');
    expect(await page.evaluate(() => (window as unknown as { buzzes: unknown[] }).buzzes)).toHaveLength(1);

    // Pause: the meeting's clock stands still and the screen may turn off; then carry on. (axe runs on
    // timers, so it runs here, while the meeting is paused and real time may pass.)
    await press(page, '#meeting-pause');
    expect(await live.textContent()).toBe(t('meeting.say.paused'));
    await page.clock.resume();
    expect(await runAxe(page), 'during').toEqual([]);
    await freeze(page);
    await page.clock.runFor(30_000);
    expect(await page.locator('#meeting-clock').textContent()).toBe('0:59');
    expect(await page.locator('#meeting-pause').textContent()).toBe(t('meeting.resume'));
    await page.keyboard.press('Enter');
    expect(await live.textContent()).toBe(t('meeting.say.resumed'));
    expect(await page.evaluate(() => (window as unknown as { locks: string[] }).locks)).toEqual([
      'request',
      'release',
      'request',
    ]);

    // Five more minutes, then the time runs over; the screen says so calmly.
    await press(page, '#meeting-add');
    expect(await live.textContent()).toBe(t('meeting.say.added', { part: arrival }));
    expect(await page.locator('#meeting-clock').textContent()).toBe('5:59');
    await page.clock.runFor(360_000);
    expect(await live.textContent()).toBe(t('meeting.say.timeUp', { part: arrival }));
    expect(await page.locator('#meeting-clock-label').textContent()).toBe(
      t('meeting.over', { time: '0:01' }),
    );

    // The next part, on a desktop; the total against the meeting's length.
    await page.setViewportSize({ width: 1280, height: 800 });
    await press(page, '#meeting-skip');
    const sharing = t('charter.part.sharing');
    expect(await live.textContent()).toBe(t('meeting.say.part', { part: sharing, count: 3 }));
    expect(await page.locator('#meeting-part').textContent()).toBe(sharing);
    expect(await page.locator('#meeting-skip').textContent()).toBe(t('meeting.end'));
    expect(clean(await page.locator('#meeting-total').textContent())).toBe(
      `${t('meeting.total', { elapsed: '7:01', length: '2:00:00' })} ${t('meeting.planned', { planned: '10:00' })}`,
    );

    // After: the closing round, and the next meeting with its host.
    await page.keyboard.press('Enter');
    await expect.poll(() => activeId(page)).toBe('meeting-heading');
    const after = clean(await page.locator('.meeting').textContent());
    expect(after).toContain(t('meeting.closing'));
    expect(after).toContain(
      t('meeting.nextMeeting', { date: lang === 'en' ? 'Tuesday 9 March 2027' : 'tirsdag 9. mars 2027' }),
    );
    expect(after).toContain(`${t('charter.role.host')}: Bjørn`);
    expect(
      await page.evaluate(() => (window as unknown as { locks: string[] }).locks).then((l) => l.at(-1)),
    ).toBe('release');
    await page.clock.resume();
    expect(await runAxe(page), 'after').toEqual([]);
    // No sideways scrolling on the narrowest phone.
    await page.setViewportSize({ width: 320, height: 700 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(log.errors).toEqual([]);
    expect(log.requests.every((r) => r.startsWith(baseUrl))).toBe(true);
  });
});

test('the charter’s texts: drawn empty by the server, the other language’s fetched, a failed fetch said', async ({
  open,
}) => {
  const { page, log } = await open({ timezoneId: 'Europe/Oslo' });
  const en = translator('en');
  const nb = translator('nb');
  const url = `${baseUrl}/en/builder/meeting/`;
  const early = page.locator('.meeting .tool-early');
  // With the island's code held back, an empty device has the empty state the server drew; a device
  // with a charter does not (it never reads "no charter" while the charter loads).
  // (A pattern that also matches the island's retry, `?astro-retry=…`.)
  const island = /\/_astro\/Meeting\.[^/]+\.js/;
  await page.route(island, (route) => route.abort());
  await page.goto(url);
  expect(await early.isVisible()).toBe(true);
  expect(clean(await early.textContent())).toBe(`${en('meeting.none')} ${en('meeting.builder')}`);
  // An empty device never needs the charter's texts, so it does not fetch them.
  const dataRequests = () => log.requests.filter((r) => r.endsWith('/builder/data.json'));
  expect(dataRequests()).toEqual([]);
  const saved = storedText(meetingDraft('nb'));
  await page.evaluate((text) => localStorage.setItem('groundwork.charter', text), saved);
  await page.reload();
  expect(await early.isHidden()).toBe(true);
  // With a charter saved, the page's first script preloads the page's language's texts.
  expect(dataRequests()).toEqual([`${baseUrl}/en/builder/data.json`]);
  await page.unroute(island);
  const errorsBefore = log.errors.length;

  // A Norwegian charter on the English page: the Norwegian texts cannot be fetched. The page says so in
  // its own language, and the saved charter is as it was.
  await page.route('**/nb/builder/data.json', (route) => route.abort());
  await page.reload();
  await page.waitForSelector('.meeting.is-ready');
  const failed = page.locator('#tool-texts-failed');
  expect(await failed.getAttribute('role')).toBe('alert');
  expect(clean(await failed.locator('p').textContent())).toBe(
    en('builder.lang.failed', { language: en('builder.lang.name.nb') }),
  );
  expect(await page.locator('.meeting').textContent()).not.toContain(en('meeting.none'));
  expect(await runAxe(page), 'texts failed').toEqual([]);
  expect(await page.evaluate(() => localStorage.getItem('groundwork.charter'))).toBe(saved);

  // Back online, "Try again" fetches them, and the opening text is the Norwegian charter's.
  await page.unroute('**/nb/builder/data.json');
  await press(page, '#tool-texts-retry');
  await page.waitForSelector('#meeting-opening');
  const opening = page.locator('#meeting-opening');
  expect(await opening.getAttribute('lang')).toBe('nb');
  expect(clean(await opening.textContent())).toContain(
    nb('kit.opening.welcome', { name: '\u2068Tirsdagsgruppa\u2069' }),
  );
  expect(await page.locator('#tool-texts-failed').count()).toBe(0);
  const data = log.requests.filter((r) => r.endsWith('/builder/data.json')).map((r) => new URL(r).pathname);
  expect(new Set(data)).toEqual(new Set(['/en/builder/data.json', '/nb/builder/data.json']));
  expect(log.errors.slice(errorsBefore).filter((e) => !/ERR_FAILED/.test(e))).toEqual([]);

  // A saved charter that cannot be read is not "no charter": the page says so, and leaves it as it is.
  const broken = '{"v":1,"draft":{"app":"groundwork"';
  await page.evaluate((text) => localStorage.setItem('groundwork.charter', text), broken);
  await page.reload();
  await page.waitForSelector('.meeting.is-ready');
  expect(clean(await page.locator('#meeting-unreadable').textContent())).toBe(
    `${en('meeting.unreadable')} ${en('meeting.builder')}`,
  );
  expect(await page.locator('.meeting').textContent()).not.toContain(en('meeting.none'));
  expect(await runAxe(page), 'unreadable').toEqual([]);
  expect(await page.evaluate(() => localStorage.getItem('groundwork.charter'))).toBe(broken);
});

test('without JavaScript both tools say what they need and point to paper, in both languages', async ({
  open,
}) => {
  const { page } = await open({ javaScriptEnabled: false });
  for (const lang of ['en', 'nb'] as const) {
    const t = translator(lang);
    for (const [path, text, link] of [
      ['together', t('together.noscript'), `${baseUrl}/${lang}/builder/worksheet/`],
      ['meeting', t('meeting.noscript'), `${baseUrl}/${lang}/builder/`],
    ] as const) {
      await page.goto(`${baseUrl}/${lang}/builder/${path}/`);
      const notice = page.locator('p.noscript');
      expect(clean(await notice.textContent())).toContain(text);
      expect(await notice.locator('a').evaluate((a) => (a as HTMLAnchorElement).href)).toBe(link);
      expect(await page.locator('.tool-starting').isHidden()).toBe(true);
      // The empty state the server drew stays hidden: without the script, nothing says what is saved.
      expect(await page.locator('.tool-early').count()).toBe(1);
      expect(await page.locator('.tool-early').isHidden()).toBe(true);
    }
  }
});
