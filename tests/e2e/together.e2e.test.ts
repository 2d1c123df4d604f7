/**
 * "Agree it together", by keyboard alone, in both languages: a five-rule draft
 * saved on the device is gone through (agree, change the wording, come back to
 * it with a note, a rule the group added, leave it out), the place survives a
 * reload, the phone (390×844) gives way to a desktop (1280×800) half-way, the
 * end asks for how many were there, "Make this our charter" (undone and made
 * again) becomes the builder's draft, and the printed charter says who agreed
 * it when. axe is clean on every state. Read-aloud speaks the rule with a
 * stubbed `speechSynthesis`, and is hidden when the device has no voice.
 * With nothing saved, nothing moves as the page starts (no layout shift); a
 * Norwegian draft on the English page is gone through in Norwegian once its
 * texts can be fetched, and until then the page says so and changes nothing.
 */
import type { Page } from 'playwright-core';
import { baseUrl, runAxe } from '../support/browser.ts';
import { activeId, tabTo, storedText } from '../support/builder.ts';
import { presetDraft } from '../support/catalogue.ts';
import { describe, expect, test } from '../support/fixtures.ts';
import { pdfPages, squash } from '../support/pdf-text.ts';
import { translator } from '../../src/lib/i18n.ts';
import { formatDate, localDay } from '../../src/lib/format.ts';
import { RULE_CAP } from '../../src/lib/together.ts';
import { THEMES } from '../../src/schemas/rule.ts';

/** A short draft: the first five rules of a real preset, with a name. */
function shortDraft(lang: 'en' | 'nb') {
  const draft = presetDraft(lang, 'community-group');
  return { ...draft, group: { ...draft.group, name: 'Tirsdagsgruppa' }, rules: draft.rules.slice(0, 5) };
}

/** Puts the draft on the device before the page's own scripts run, once (a reload keeps what the page saved). */
async function seed(page: Page, draft: unknown): Promise<void> {
  await page.addInitScript((text: string) => {
    if (!localStorage.getItem('groundwork.charter')) localStorage.setItem('groundwork.charter', text);
  }, storedText(draft));
}

/** Stands in for the device's speech: two voices on the device, and what was spoken. */
async function fakeSpeech(page: Page, withVoices: boolean): Promise<void> {
  await page.addInitScript((withVoices: boolean) => {
    const w = window as unknown as { spoken: { text: string; lang: string }[] };
    w.spoken = [];
    const voices = withVoices
      ? [
          { lang: 'en-GB', localService: true, default: true, name: 'British', voiceURI: 'b' },
          { lang: 'nb-NO', localService: true, default: false, name: 'Norsk', voiceURI: 'n' },
        ]
      : [];
    class Utterance extends EventTarget {
      text: string;
      lang = '';
      voice: unknown = null;
      rate = 1;
      constructor(text: string) {
        super();
        this.text = text;
      }
    }
    const synth = new EventTarget() as EventTarget & Record<string, unknown>;
    synth.getVoices = () => voices;
    synth.cancel = () => undefined;
    synth.speak = (u: Utterance) => w.spoken.push({ text: u.text, lang: u.lang });
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
  }, withVoices);
}

async function expectAxeClean(page: Page, state: string): Promise<void> {
  expect(await runAxe(page), state).toEqual([]);
}

/** Presses Enter on the control after tabbing to it. */
async function press(page: Page, selector: string): Promise<void> {
  await tabTo(page, selector, 120);
  await page.keyboard.press('Enter');
}

/** Text as the browser shows it: runs of white space as one space. */
const clean = (text: string) => text.replace(/\s+/g, ' ').trim();

async function heading(page: Page): Promise<string> {
  return clean((await page.locator('#together-heading').textContent()) ?? '');
}

describe.each(['en', 'nb'] as const)('%s', (lang) => {
  const t = translator(lang);
  const draft = shortDraft(lang);
  const url = `${baseUrl}/${lang}/builder/together/`;

  test('the group goes through its draft by keyboard, and it becomes the printed charter', async ({
    open,
  }) => {
    const { page, log } = await open();
    await fakeSpeech(page, true);
    await seed(page, draft);
    await page.goto(url);
    await page.waitForSelector('.together.is-ready');
    expect(await page.locator('#together-begin').textContent()).toBe(t('together.start.begin'));
    await expectAxeClean(page, 'start');

    await press(page, '#together-begin');
    expect(await heading(page)).toBe(t('together.progress', { n: 1, total: 5 }));
    await expect.poll(() => activeId(page)).toBe('together-heading');
    const first = squash((await page.locator('#together-text').textContent()) ?? '');
    expect(first.length).toBeGreaterThan(10);
    // Read aloud: the rule, its why and its question, in the charter's language, on the device.
    await press(page, '.read-aloud');
    const spoken = await page.evaluate(
      () => (window as unknown as { spoken: { text: string; lang: string }[] }).spoken,
    );
    expect(spoken).toHaveLength(1);
    expect(squash(spoken[0]!.text)).toContain(first);
    expect(spoken[0]!.lang).toBe(lang === 'en' ? 'en-GB' : 'nb-NO');
    await expectAxeClean(page, 'rule');

    // 1: agree.
    await press(page, '#together-agree');
    expect(await heading(page)).toBe(t('together.progress', { n: 2, total: 5 }));
    expect(await page.locator('[aria-live="polite"]').textContent()).toContain(t('together.decided.agree'));
    // 2: change the wording, in place.
    await press(page, '#together-reword');
    await expect.poll(() => activeId(page)).toBe('together-words');
    // Pasting past the builder's hard cap: the box keeps what fits and says it is full.
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.insertText('a'.repeat(RULE_CAP + 50));
    expect((await page.inputValue('#together-words')).length).toBe(RULE_CAP);
    expect(await page.locator('#together-words-full').textContent()).toBe(t('together.full'));
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('We say in one word how we are today.');
    expect(await page.locator('#together-words-full').count()).toBe(0);
    await expectAxeClean(page, 'reword');
    await tabTo(page, 'form.together-reword button[type=submit]', 5);
    await page.keyboard.press('Enter');
    // 3: a note, then come back to it.
    expect(await heading(page)).toBe(t('together.progress', { n: 3, total: 5 }));
    const third = squash((await page.locator('#together-text').textContent()) ?? '');
    await tabTo(page, '#together-note', 40);
    await page.keyboard.type('Ask the centre');
    await press(page, '#together-later');
    expect(await heading(page)).toBe(t('together.progress', { n: 4, total: 5 }));

    // A reload finds the same place; Back shows the note; Next returns.
    await page.reload();
    await page.waitForSelector('.together.is-ready');
    expect(await heading(page)).toBe(t('together.progress', { n: 4, total: 5 }));
    await press(page, '#together-back');
    expect(await heading(page)).toBe(t('together.progress', { n: 3, total: 5 }));
    expect(await page.inputValue('#together-note')).toBe('Ask the centre');
    expect(await page.locator('#together-decided').textContent()).toBe(t('together.decided.later'));
    await press(page, '#together-next');
    expect(await heading(page)).toBe(t('together.progress', { n: 4, total: 5 }));

    // The group adds a rule of its own on the way.
    await press(page, '#together-add');
    await expect.poll(() => activeId(page)).toBe('together-add-text');
    await page.keyboard.type('We end each meeting with a cup of tea.');
    await expectAxeClean(page, 'add');
    await press(page, '#together-add-save');
    expect(await page.locator('[aria-live="polite"]').textContent()).toBe(t('together.added'));
    // 4: leave it out; 5 on a desktop: agree.
    const fourth = squash((await page.locator('#together-text').textContent()) ?? '');
    await press(page, '#together-leave-out');
    await page.setViewportSize({ width: 1280, height: 800 });
    await press(page, '#together-agree');

    // The end: counts, the lists, and what is missing before it can become the charter.
    expect(await heading(page)).toBe(t('together.end.heading'));
    const end = clean((await page.locator('.together-end').textContent()) ?? '');
    expect(end).toContain(t('together.counts', { agreed: 4, later: 1, left: 1 }));
    expect(end).toContain('We end each meeting with a cup of tea.');
    expect(await page.inputValue('#together-date')).toBe(localDay(new Date()));
    await press(page, '#together-make');
    await expect.poll(() => activeId(page)).toBe('together-problems');
    expect(await page.locator('#together-problems').textContent()).toContain(t('together.problem.present'));
    await expectAxeClean(page, 'end, with what is missing');
    await tabTo(page, '#together-present', 40);
    await page.keyboard.type('6');
    await press(page, '#together-make');
    await expect.poll(() => activeId(page)).toBe('together-made');
    const agreedLine = t('charter.agreedTogether', {
      date: formatDate(new Date(`${localDay(new Date())}T00:00:00Z`), lang),
      count: 6,
    });
    const line = t('together.made', { line: agreedLine });
    expect(clean((await page.locator('#together-made').textContent()) ?? '')).toContain(clean(line));
    await expectAxeClean(page, 'made');
    // Undo, and make it again.
    await press(page, '#together-undo');
    expect(await page.locator('#together-made').textContent()).toBe(t('together.undone'));
    await press(page, '#together-make');
    await expect.poll(() => activeId(page)).toBe('together-made');

    // The builder has the agreed draft, and the printed charter says so.
    await page.goto(`${baseUrl}/${lang}/builder/?step=review`);
    await page.waitForSelector('.builder.is-ready');
    // The review step points to both tools.
    const links = page.locator('.review-tools a');
    expect(
      await links.evaluateAll((els) => els.map((a) => [a.textContent, (a as HTMLAnchorElement).href])),
    ).toEqual([
      [t('together.title'), url],
      [t('meeting.link'), `${baseUrl}/${lang}/builder/meeting/`],
    ]);
    const printed = squash((await pdfPages(new Uint8Array(await page.pdf({ format: 'A4' })))).join(' '));
    expect(printed).toContain(squash(agreedLine));
    expect(printed).toContain(squash('We say in one word how we are today.'));
    expect(printed).toContain(squash('We end each meeting with a cup of tea.'));
    expect(printed).toContain(squash(t('charter.laterHeading')));
    expect(printed).toContain(third.slice(0, 30));
    expect(printed).not.toContain(fourth.slice(0, 40));
    expect(log.errors).toEqual([]);
    expect(log.requests.every((r) => r.startsWith(baseUrl))).toBe(true);
  });
});

test('read-aloud is hidden without a voice; a second tab keeps the same place', async ({ open }) => {
  const { page } = await open();
  await fakeSpeech(page, false);
  await seed(page, shortDraft('nb'));
  await page.goto(`${baseUrl}/nb/builder/together/`);
  await page.waitForSelector('.together.is-ready');
  // A saved file opens through the builder's own decoder; a file that is not a draft is refused.
  const nb = translator('nb');
  const fromFile = { ...shortDraft('nb'), group: { ...shortDraft('nb').group, name: 'Fra fila' } };
  await page.setInputFiles('#together-file', {
    name: 'utkast.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"not":"a draft"}'),
  });
  await expect
    .poll(() => page.locator('#together-file-error').textContent())
    .toBe(nb('together.start.fileError'));
  await page.setInputFiles('#together-file', {
    name: 'utkast.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(fromFile)),
  });
  await expect
    .poll(async () => clean((await page.locator('.together-start').textContent()) ?? ''))
    .toContain(nb('together.start.other', { name: '\u2068Fra fila\u2069' }));
  await page.click('#together-begin');
  await page.waitForSelector('#together-text');
  expect(await page.locator('.read-aloud').count()).toBe(0);
  // A second tab finds the same place; a decision there moves this tab on too.
  const second = await page.context().newPage();
  await second.goto(`${baseUrl}/nb/builder/together/`);
  await second.waitForSelector('.together.is-ready');
  expect(clean((await second.locator('#together-heading').textContent()) ?? '')).toBe(
    translator('nb')('together.progress', { n: 1, total: 5 }),
  );
  await second.click('#together-agree');
  await expect
    .poll(async () => clean((await page.locator('#together-heading').textContent()) ?? ''))
    .toBe(translator('nb')('together.progress', { n: 2, total: 5 }));
  expect(await page.locator('.tool-notice').textContent()).toBe(translator('nb')('together.followed'));
  // No sideways scrolling on the narrowest phone.
  await page.setViewportSize({ width: 320, height: 700 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});

test('nothing moves as the page starts; a draft in the other language is gone through in it; a failed fetch is said', async ({
  open,
}) => {
  const { page, log } = await open();
  const en = translator('en');
  const nb = translator('nb');
  await page.addInitScript(() => {
    const w = window as unknown as { shifted: number };
    w.shifted = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.shifted += (entry as unknown as { value: number }).value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  // Nothing saved: the start screen the server drew is the one the tool keeps, and nothing moves.
  await page.goto(`${baseUrl}/en/builder/together/`);
  await page.waitForSelector('.together.is-ready');
  expect(await page.locator('.together-start').count()).toBe(1);
  expect(clean((await page.locator('.together-start .tool-card').textContent()) ?? '')).toBe(
    `${en('together.start.none')} ${en('together.start.builder')}`,
  );
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
  expect(await page.evaluate(() => (window as unknown as { shifted: number }).shifted)).toBe(0);

  // A Norwegian draft on the English page, and its texts cannot be fetched: said, nothing changed.
  await page.route('**/nb/builder/data.json', (route) => route.abort());
  const saved = storedText(shortDraft('nb'));
  await page.evaluate((text) => localStorage.setItem('groundwork.charter', text), saved);
  await page.reload();
  await page.waitForSelector('#tool-texts-failed');
  expect(clean((await page.locator('#tool-texts-failed p').textContent()) ?? '')).toBe(
    en('builder.lang.failed', { language: en('builder.lang.name.nb') }),
  );
  expect(await page.locator('.together-start').isVisible()).toBe(false);
  await expectAxeClean(page, 'texts failed');
  const stored = () =>
    page.evaluate(() => [
      localStorage.getItem('groundwork.charter'),
      localStorage.getItem('groundwork.together'),
    ]);
  expect(await stored()).toEqual([saved, null]);

  // "Try again" once they can be fetched: the draft is gone through in Norwegian.
  await page.unroute('**/nb/builder/data.json');
  await press(page, '#tool-texts-retry');
  await page.waitForSelector('#together-begin');
  await press(page, '#together-begin');
  expect(await heading(page)).toBe(en('together.progress', { n: 1, total: 5 }));
  expect(
    await page.locator('#together-text').evaluate((el) => el.closest('[lang]')?.getAttribute('lang')),
  ).toBe('nb');
  const theme = clean((await page.locator('.together-theme').textContent()) ?? '');
  expect(THEMES.some((id) => theme.startsWith(nb(`theme.${id}`)))).toBe(true);
  expect(log.errors.filter((e) => !/ERR_FAILED/.test(e))).toEqual([]);
});

test('a guide’s “In short” box and the builder’s preview are read aloud by keyboard; hidden without a voice', async ({
  open,
}) => {
  const guide = `${baseUrl}/en/guides/starting-a-group/`;
  const t = translator('en');
  const { page } = await open();
  await fakeSpeech(page, true);
  await page.goto(guide);
  await press(page, 'button.read-aloud');
  const spoken = await page.evaluate(
    () => (window as unknown as { spoken: { text: string; lang: string }[] }).spoken,
  );
  expect(spoken).toEqual([{ text: await page.locator('#in-short-text').textContent(), lang: 'en-GB' }]);
  expect(await page.locator('button.read-aloud').textContent()).toBe(t('readAloud.stop'));
  await page.keyboard.press('Enter');
  expect(await page.locator('button.read-aloud').textContent()).toBe(t('readAloud.read'));

  // The builder's preview of the charter, beside the rules on a wide screen.
  await seed(page, shortDraft('en'));
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${baseUrl}/en/builder/?step=rules`);
  await page.waitForSelector('.builder.is-ready');
  await press(page, '.preview .read-aloud');
  const read = await page.evaluate(() => (window as unknown as { spoken: { text: string }[] }).spoken);
  expect(read).toHaveLength(1);
  expect(read[0]!.text).toContain('Tirsdagsgruppa');

  const silent = await open();
  await fakeSpeech(silent.page, false);
  await silent.page.goto(guide);
  expect(await silent.page.locator('button.read-aloud').isHidden()).toBe(true);
});
