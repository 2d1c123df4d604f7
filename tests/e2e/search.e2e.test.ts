/**
 * Search: the Pagefind index built with the site, one per language, and the
 * vocabulary beside it; the search page's results, live region, keyboard use,
 * axe, Content-Security-Policy and no-JavaScript fallback; the help-now box
 * first for crisis words, in both languages; "Did you mean …?" for typing
 * slips; and a table of realistic queries (typos, parts of compounds,
 * situations in people's own words), each with the page that must be in the
 * top three.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translator } from '../../src/lib/i18n.ts';
import {
  baseUrl,
  builtHtml,
  builtPages,
  distDir,
  openPage,
  runAxe,
  startBrowser,
} from '../support/browser.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await startBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const LANGS = ['en', 'nb'] as const;
const guidesOf = (lang: string) => builtPages().filter((p) => new RegExp(`^/${lang}/guides/[^/]+/$`).test(p));

/** Opens the search page with `?q=` and waits until the live region has spoken. */
async function searchFor(page: Page, lang: string, query: string, origin = baseUrl, base = '/') {
  await page.goto(`${origin}${base}${lang}/search/?q=${encodeURIComponent(query)}`);
  await page.locator('[data-search-status]:not(:empty)').waitFor({ timeout: 15_000 });
  await page.locator('[data-search-results]:not([aria-busy])').waitFor({ state: 'attached' });
}

/** The addresses of the results, in order, as path and hash. */
async function resultLinks(page: Page): Promise<string[]> {
  return page.$$eval('[data-search-results] li > a', (links) =>
    links.map((a) => {
      const url = new URL((a as HTMLAnchorElement).href);
      return decodeURIComponent(`${url.pathname}${url.hash}`);
    }),
  );
}

const pathOf = (link: string) => link.replace(/#.*$/, '');

describe('the index', () => {
  it('is built into dist/pagefind/ with one index per language, of the guides, the rules and help now only', () => {
    expect(existsSync(join(distDir, 'pagefind', 'pagefind.js'))).toBe(true);
    const entry = JSON.parse(readFileSync(join(distDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.keys(entry.languages).sort()).toEqual([...LANGS]);
    for (const lang of LANGS) {
      expect(entry.languages[lang]?.page_count).toBe(guidesOf(lang).length + 2);
    }
  });

  it.each(LANGS)('has the %s vocabulary beside it, the most frequent words first', (lang) => {
    const { words } = JSON.parse(
      readFileSync(join(distDir, 'pagefind', `groundwork-words.${lang}.json`), 'utf8'),
    ) as { words: string[] };
    expect(words.length).toBeGreaterThan(500);
    expect(words.slice(0, 40)).toContain(lang === 'en' ? 'group' : 'gruppa');
    expect(words).toContain(lang === 'en' ? 'confidentiality' : 'taushetserklæring');
    expect(new Set(words).size).toBe(words.length);
  });

  it('leaves the built pages as they are: the soft hyphens for compounds are only in the index', () => {
    for (const path of builtPages().filter((p) => p.startsWith('/nb/guides/'))) {
      expect(builtHtml(path), path).not.toContain('\u00ad');
    }
  });
});

describe.each(LANGS)('the search page in %s', (lang) => {
  const other = lang === 'en' ? 'nb' : 'en';

  it('is linked from the header of every page, marked current on itself', async () => {
    for (const path of builtPages().filter((p) => p.startsWith(`/${lang}/`))) {
      const html = builtHtml(path);
      const header = /<header[\s\S]*?<\/header>/.exec(html)?.[0] ?? '';
      expect(header, path).toContain(`href="/${lang}/search/"`);
    }
    const { page, close } = await openPage(browser, { javaScriptEnabled: false });
    try {
      await page.goto(`${baseUrl}/${lang}/search/`);
      const link = page.locator(`header nav a[href="/${lang}/search/"]`);
      expect(await link.getAttribute('aria-current')).toBe('page');
      expect(await link.innerText()).toBe(lang === 'en' ? 'Search' : 'Søk');
    } finally {
      await close();
    }
  });

  it('allows WebAssembly in its Content-Security-Policy, loosens nothing else and has no inline script', () => {
    const html = builtHtml(`/${lang}/search/`);
    const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
    expect(csp).not.toContain("'unsafe-inline'");
    expect(csp).not.toContain("'unsafe-eval'");
    // Pagefind fetches its index from the site itself: default-src 'self', which no connect-src widens.
    expect(csp).toMatch(/(?:^|; )default-src 'self'(?:;|$)/);
    expect(csp).not.toContain('connect-src');
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/\ssrc="\/_astro\//);
      expect(body?.trim()).toBe('');
    }
  });

  it('runs the search in ?q= on load, with no console errors and no request to another origin', async () => {
    const query = lang === 'en' ? 'hug' : 'klem';
    const { page, log, close } = await openPage(browser);
    try {
      await searchFor(page, lang, query);
      expect(await page.inputValue('input[name="q"]')).toBe(query);
      const links = await resultLinks(page);
      expect(links.length).toBeGreaterThan(0);
      expect(links[0]).toMatch(new RegExp(`^/${lang}/guides/listening-and-feedback/#.+`));
      // The first result shows its title and an excerpt with the word highlighted.
      const first = page.locator('[data-search-results] li').first();
      expect(await first.locator('.title').innerText()).not.toBe('');
      expect((await first.locator('.excerpt mark').allInnerTexts()).map((t) => t.toLowerCase())).toContain(
        query,
      );
      await page.waitForLoadState('networkidle');
      expect(log.errors).toEqual([]);
      expect(log.requests.some((url) => url.includes('/pagefind/'))).toBe(true);
      expect(log.requests.filter((url) => new URL(url).origin !== baseUrl)).toEqual([]);
    } finally {
      await close();
    }
  });

  it('announces the number of results in a polite live region', async () => {
    const { page, close } = await openPage(browser);
    try {
      await searchFor(page, lang, lang === 'en' ? 'hug' : 'klem');
      const status = page.locator('[data-search-status]');
      expect(await status.getAttribute('role')).toBe('status');
      expect(await status.getAttribute('aria-live')).toBe('polite');
      const count = await page.locator('[data-search-results] li').count();
      expect(count).toBeGreaterThan(1);
      expect(await status.innerText()).toBe(
        lang === 'en' ? `${count} results for “hug”` : `${count} treff på «klem»`,
      );
      await searchFor(page, lang, 'zzqxv');
      expect(await status.innerText()).toMatch(
        lang === 'en' ? /^No results for “zzqxv”\./ : /^Ingen treff på «zzqxv»\./,
      );
      expect(await page.locator('[data-search-results]').isHidden()).toBe(true);
    } finally {
      await close();
    }
  });

  it('works by keyboard: type, Tab to the first result, Enter opens it; the words stay in the address', async () => {
    const query = lang === 'en' ? 'rotate leader' : 'bytte på å lede';
    const { page, log, close } = await openPage(browser);
    try {
      await page.goto(`${baseUrl}/${lang}/search/`);
      // The address takes the words once typing pauses, not at every key (a browser fetches the
      // page's icon again at each change of address).
      const addresses = await page.evaluateHandle(() => {
        const seen: string[] = [];
        const replace = history.replaceState.bind(history);
        history.replaceState = (...args: Parameters<History['replaceState']>) => {
          seen.push(String(args[2]));
          replace(...args);
        };
        return seen;
      });
      await page.focus('input[name="q"]');
      await page.keyboard.type(query, { delay: 30 });
      await page.locator(`[data-search-results][data-query="${query}"]`).waitFor({ timeout: 15_000 });
      expect(new URL(page.url()).searchParams.get('q')).toBe(query);
      expect((await addresses.jsonValue()).length).toBeLessThan(4);
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('submit');
      await page.keyboard.press('Tab');
      const first = (await resultLinks(page))[0] ?? '';
      const focused = await page.evaluate(() => {
        const a = document.activeElement as HTMLAnchorElement | null;
        return a?.closest('[data-search-results]')
          ? decodeURIComponent(new URL(a.href).pathname + new URL(a.href).hash)
          : '';
      });
      expect(focused).toBe(first);
      expect(pathOf(first)).toBe(`/${lang}/guides/shared-leadership/`);
      await Promise.all([
        page.waitForURL((url) => url.pathname === pathOf(first)),
        page.keyboard.press('Enter'),
      ]);
      expect(log.errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('submits with Enter in the search box, keeping focus there', async () => {
    const { page, close } = await openPage(browser);
    try {
      await page.goto(`${baseUrl}/${lang}/search/`);
      await page.fill('input[name="q"]', lang === 'en' ? 'phones' : 'mobil');
      await page.press('input[name="q"]', 'Enter');
      await page.locator('[data-search-status]:not(:empty)').waitFor();
      expect(new URL(page.url()).pathname).toBe(`/${lang}/search/`);
      expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('q');
      expect((await resultLinks(page)).map(pathOf)).toContain(`/${lang}/rules/`);
    } finally {
      await close();
    }
  });

  it('has no axe violations with results shown, light at phone width and dark at desktop width', async () => {
    const { page, close } = await openPage(browser, { viewport: { width: 360, height: 800 } });
    try {
      await searchFor(page, lang, lang === 'en' ? 'confidentiality' : 'taushet');
      expect(await page.locator('[data-search-results] li').count()).toBeGreaterThan(2);
      let violations = await runAxe(page);
      expect(violations, `light, phone: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.emulateMedia({ colorScheme: 'dark' });
      violations = await runAxe(page);
      expect(violations, `dark, desktop: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
    } finally {
      await close();
    }
  });

  it('without JavaScript, says search needs it and lists every guide and the rule catalogue', async () => {
    const { page, close } = await openPage(browser, { javaScriptEnabled: false });
    try {
      await page.goto(`${baseUrl}/${lang}/search/?q=hug`);
      const main = page.locator('main');
      expect(await main.innerText()).toContain(
        lang === 'en' ? 'Search needs JavaScript' : 'Søket trenger JavaScript',
      );
      const links = await main
        .locator('a')
        .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(links).toEqual(expect.arrayContaining([...guidesOf(lang), `/${lang}/rules/`]));
      expect(await page.getAttribute('form[role="search"]', 'method')).toBe('get');
      expect(await page.getAttribute('form[role="search"] input', 'name')).toBe('q');
      expect(await page.locator('label[for="search-q"]').innerText()).not.toBe('');
    } finally {
      await close();
    }
  });

  it(`does not show ${other} pages`, async () => {
    const { page, close } = await openPage(browser);
    try {
      // A word in the other language finds nothing here.
      await searchFor(page, lang, lang === 'en' ? 'taushetsplikt' : 'confidentiality');
      expect(await resultLinks(page)).toEqual([]);
      // A name both languages use finds only this language's pages.
      await searchFor(page, lang, 'Landstad');
      const links = await resultLinks(page);
      expect(links.length).toBeGreaterThan(0);
      expect(links.filter((link) => !link.startsWith(`/${lang}/`))).toEqual([]);
    } finally {
      await close();
    }
  });
});

/**
 * What tired, non-expert people might type, and the page that must be among
 * the first three results: plain words and whole questions, typing slips,
 * parts of compounds and compounds written apart or together, and situations
 * described in people's own words (content/search.yaml).
 */
const QUALITY: Record<(typeof LANGS)[number], [query: string, expected: string][]> = {
  en: [
    // Words and questions
    ['confidentiality', 'guides/confidentiality-and-safety/'],
    ['how long should a meeting be', 'guides/running-a-meeting/'],
    ['hug', 'guides/listening-and-feedback/'],
    ['rotate leader', 'guides/shared-leadership/'],
    ['someone in crisis', 'guides/confidentiality-and-safety/'],
    ['start a group', 'guides/starting-a-group/'],
    ['rehabilitation centre', 'guides/for-professionals/'],
    ['do I have to speak', 'guides/is-a-group-right-for-you/'],
    ['giving advice', 'guides/listening-and-feedback/'],
    ['online privacy', 'guides/confidentiality-and-safety/'],
    ['ending the group', 'guides/keeping-going-and-ending/'],
    ['welcome someone new', 'guides/keeping-going-and-ending/'],
    ['is it therapy', 'guides/what-is-a-self-help-group/'],
    ['phones', 'rules/'],
    ['a rule is broken', 'guides/when-it-gets-hard/'],
    ['research study', 'guides/about-the-research/'],
    ['confidentiality declaration', 'guides/confidentiality-and-safety/'],
    ['rota', 'guides/shared-leadership/'],
    // Typing slips
    ['confidentiallity', 'guides/confidentiality-and-safety/'],
    ['confidentaility', 'guides/confidentiality-and-safety/'],
    ['confidentialty', 'guides/confidentiality-and-safety/'],
    ['reserch', 'guides/about-the-research/'],
    ['gound rules', 'guides/ground-rules/'],
    ['meting length', 'guides/running-a-meeting/'],
    ['shared leadersip', 'guides/shared-leadership/'],
    ['leadersip', 'guides/shared-leadership/'],
    ['roat', 'guides/shared-leadership/'],
    ['sharring the lead', 'guides/shared-leadership/'],
    // Compounds written apart or together
    ['time keeper', 'guides/running-a-meeting/'],
    ['timekeeper', 'guides/running-a-meeting/'],
    // Situations
    ['one person talks all the time', 'guides/when-it-gets-hard/'],
    ['someone talks too much', 'guides/when-it-gets-hard/'],
    ['one member dominates every meeting', 'guides/when-it-gets-hard/'],
    ['the group is just chatting', 'guides/when-it-gets-hard/'],
    ['we only drink coffee and chat', 'guides/when-it-gets-hard/'],
    ['people keep telling me what to do', 'guides/listening-and-feedback/'],
    ['complaining every week', 'guides/when-it-gets-hard/'],
    ['she complains all the time', 'guides/when-it-gets-hard/'],
    ['how to find members', 'guides/starting-a-group/'],
    ['how do we recruit people', 'guides/starting-a-group/'],
    ['nobody comes anymore', 'guides/keeping-going-and-ending/'],
    ['someone started crying', 'guides/listening-and-feedback/'],
    ['we keep arguing', 'guides/when-it-gets-hard/'],
    ['who leads the group', 'guides/shared-leadership/'],
    ['what if someone is late', 'rules/'],
    ['how many people in a group', 'guides/starting-a-group/'],
  ],
  nb: [
    // Words and questions
    ['taushetsplikt', 'guides/confidentiality-and-safety/'],
    ['taushetserklæring', 'guides/confidentiality-and-safety/'],
    ['hvor lenge bør et møte vare', 'rules/'],
    ['hvor mange timer', 'guides/running-a-meeting/'],
    ['klem', 'guides/listening-and-feedback/'],
    ['bytte på å lede', 'guides/shared-leadership/'],
    ['noen er i krise', 'guides/confidentiality-and-safety/'],
    ['starte en gruppe', 'guides/starting-a-group/'],
    ['rehabilitering', 'guides/for-professionals/'],
    ['fagfolk', 'guides/for-professionals/'],
    ['må jeg si noe', 'guides/is-a-group-right-for-you/'],
    ['gi råd', 'guides/listening-and-feedback/'],
    ['personvern på nett', 'guides/confidentiality-and-safety/'],
    ['avslutte gruppa', 'guides/keeping-going-and-ending/'],
    ['ta imot nye', 'guides/keeping-going-and-ending/'],
    ['er det terapi', 'guides/what-is-a-self-help-group/'],
    ['mobil', 'rules/'],
    ['en regel blir brutt', 'guides/when-it-gets-hard/'],
    ['forskning', 'guides/about-the-research/'],
    ['klaging', 'guides/when-it-gets-hard/'],
    ['tidtaker', 'guides/running-a-meeting/'],
    ['leder', 'guides/shared-leadership/'],
    ['regler', 'guides/ground-rules/'],
    ['selvhjelp', 'guides/what-is-a-self-help-group/'],
    ['igangsetter', 'guides/shared-leadership/'],
    // Typing slips
    ['taushetplikt', 'guides/confidentiality-and-safety/'],
    ['taushetsplikkt', 'guides/confidentiality-and-safety/'],
    ['grunregler', 'guides/ground-rules/'],
    ['selvhjelpgruppe', 'guides/what-is-a-self-help-group/'],
    ['forsknig', 'guides/about-the-research/'],
    ['igangseter', 'guides/shared-leadership/'],
    // Compounds, their parts and their inflections
    ['taushetsplikten', 'guides/confidentiality-and-safety/'],
    ['erklæring', 'guides/confidentiality-and-safety/'],
    ['erklæringen', 'guides/confidentiality-and-safety/'],
    ['møteleder', 'guides/shared-leadership/'],
    ['grunnreglene', 'guides/ground-rules/'],
    ['selvhjelpsgruppe', 'guides/what-is-a-self-help-group/'],
    ['vaktliste', 'guides/shared-leadership/'],
    ['liste', 'guides/shared-leadership/'],
    ['vakt', 'guides/shared-leadership/'],
    ['åpningsrunde', 'guides/running-a-meeting/'],
    ['klubb', 'guides/when-it-gets-hard/'],
    ['kaffe', 'guides/when-it-gets-hard/'],
    ['grense', 'guides/confidentiality-and-safety/'],
    ['brudd', 'guides/when-it-gets-hard/'],
    ['senter', 'guides/for-professionals/'],
    // Situations
    ['hvordan finne medlemmer', 'guides/starting-a-group/'],
    ['hvordan få flere deltakere', 'guides/starting-a-group/'],
    ['en snakker hele tiden', 'guides/when-it-gets-hard/'],
    ['noen tar all plassen', 'guides/when-it-gets-hard/'],
    ['gruppa har blitt en kaffeklubb', 'guides/when-it-gets-hard/'],
    ['vi bare prater om alt mulig', 'guides/when-it-gets-hard/'],
    ['hun klager hele tiden', 'guides/when-it-gets-hard/'],
    ['vi krangler', 'guides/when-it-gets-hard/'],
    ['noen begynte å gråte', 'guides/listening-and-feedback/'],
    ['ingen kommer lenger', 'guides/keeping-going-and-ending/'],
    ['hvem leder gruppa', 'guides/shared-leadership/'],
    ['hvor mange bør vi være', 'guides/starting-a-group/'],
  ],
};

/** Searches that must show the help-now box above any result, in each language. */
const CRISIS_QUERIES: Record<(typeof LANGS)[number], string[]> = {
  en: ['suicide', 'I want to die', 'self-harm', 'kill myself', 'crisis', 'emergency', 'overdose'],
  nb: ['selvmord', 'vil ikke leve', 'selvskading', 'ta livet mitt', 'krise', 'nødnummer'],
};

describe.each(LANGS)('help first, in %s', (lang) => {
  const t = (key: string) => translator(lang)(key as Parameters<ReturnType<typeof translator>>[0]);

  describe('typed one after another, as a person searches again', () => {
    let page: Page;
    let close: () => Promise<void>;

    beforeAll(async () => {
      ({ page, close } = await openPage(browser));
      await page.goto(`${baseUrl}/${lang}/search/`);
    });

    afterAll(async () => {
      await close?.();
    });

    it.each(CRISIS_QUERIES[lang])('“%s” shows the help-now box above any result', async (query) => {
      await page.fill('input[name="q"]', query);
      await page.press('input[name="q"]', 'Enter');
      await page.locator(`[data-search-results][data-query="${query}"]:not([aria-busy])`).waitFor({
        state: 'attached',
        timeout: 15_000,
      });
      const box = page.locator('[data-search-help]');
      expect(await box.isVisible()).toBe(true);
      const tel = await box
        .locator('a[href^="tel:"]')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(tel).toContain('tel:113');
      expect(await box.locator(`a[href="/${lang}/help-now/"]`).count()).toBe(1);
      const status = await page.innerText('[data-search-status]');
      expect(status.startsWith(t('search.helpFirst'))).toBe(true);
      // Above the results: the box comes before the list in the page, and on screen.
      const boxBottom = (await box.boundingBox())!.y;
      const results = page.locator('[data-search-results]');
      if (await results.isVisible()) expect((await results.boundingBox())!.y).toBeGreaterThan(boxBottom);
      expect(
        await page.evaluate(() => {
          const help = document.querySelector('[data-search-help]')!;
          const list = document.querySelector('[data-search-results]')!;
          return Boolean(help.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING);
        }),
      ).toBe(true);
    });
  });

  it(`opened as ?q=${lang === 'en' ? 'suicide' : 'selvmord'}, shows the box even with no result, and hides it for the next search`, async () => {
    const { page, log, close } = await openPage(browser);
    try {
      await searchFor(page, lang, lang === 'en' ? 'suicide' : 'selvmord');
      expect(await page.locator('[data-search-help]').isVisible()).toBe(true);
      expect(await page.locator('[data-search-help] h2').innerText()).toBe(t('crisis.title'));
      await page.fill('input[name="q"]', lang === 'en' ? 'hug' : 'klem');
      await page.locator(`[data-search-results][data-query="${lang === 'en' ? 'hug' : 'klem'}"]`).waitFor();
      expect(await page.locator('[data-search-help]').isHidden()).toBe(true);
      expect(await page.innerText('[data-search-status]')).not.toContain(t('search.helpFirst'));
      expect(log.errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('shows the box even when the index cannot load', async () => {
    const { page, close } = await openPage(browser);
    try {
      await page.route('**/pagefind/**', (route) => route.abort());
      await searchFor(page, lang, lang === 'en' ? 'I want to die' : 'vil ikke leve');
      expect(await page.locator('[data-search-help]').isVisible()).toBe(true);
      expect(await page.innerText('[data-search-status]')).toContain(t('search.error'));
    } finally {
      await close();
    }
  });
});

describe.each(LANGS)('typing slips in %s', (lang) => {
  const [typed, meant] =
    lang === 'en' ? ['confidentaility', 'confidentiality'] : ['taushetsplikkt', 'taushetsplikt'];

  it(`offers “Did you mean …?” for “${typed}”, shows results for it, and a click searches it`, async () => {
    const { page, close } = await openPage(browser);
    try {
      await searchFor(page, lang, typed);
      const suggest = page.locator('[data-search-suggest]');
      expect(await suggest.isVisible()).toBe(true);
      expect(await suggest.innerText()).toBe(translator(lang)('search.didYouMean', { suggestion: meant }));
      expect((await resultLinks(page)).map(pathOf).slice(0, 3)).toContain(
        `/${lang}/guides/confidentiality-and-safety/`,
      );
      expect(await page.innerText('[data-search-status]')).toContain(meant);
      await suggest.locator('a').click();
      await page.locator(`[data-search-results][data-query="${meant}"]`).waitFor();
      expect(await page.inputValue('input[name="q"]')).toBe(meant);
      expect(new URL(page.url()).searchParams.get('q')).toBe(meant);
      expect(await suggest.isHidden()).toBe(true);
    } finally {
      await close();
    }
  });

  it('shows no soft hyphen or other trace of the compound splitting in results', async () => {
    const { page, close } = await openPage(browser);
    try {
      await searchFor(page, lang, lang === 'en' ? 'confidentiality' : 'erklæring');
      const text = await page.innerText('[data-search-results]');
      expect(text.length).toBeGreaterThan(20);
      expect(text).not.toContain('\u00ad');
      if (lang === 'nb') expect(text.toLowerCase()).toContain('taushetserklæring');
    } finally {
      await close();
    }
  });
});

describe.each(LANGS)('search quality in %s', (lang) => {
  let page: Page;
  let close: () => Promise<void>;

  // One page for the whole table: each query is typed into it and sent, as a person would search
  // again, so Pagefind and the vocabulary load once.
  beforeAll(async () => {
    ({ page, close } = await openPage(browser));
    await page.goto(`${baseUrl}/${lang}/search/`);
  });

  afterAll(async () => {
    await close?.();
  });

  it('has at least 40 queries', () => {
    expect(QUALITY[lang].length).toBeGreaterThanOrEqual(40);
  });

  it.each(QUALITY[lang])(
    '“%s” finds %s in the top three, and only pages in this language',
    async (query, expected) => {
      await page.fill('input[name="q"]', query);
      await page.press('input[name="q"]', 'Enter');
      await page.locator(`[data-search-results][data-query="${query}"]:not([aria-busy])`).waitFor({
        state: 'attached',
        timeout: 15_000,
      });
      const links = await resultLinks(page);
      expect(links.slice(0, 3).map(pathOf), links.join('\n')).toContain(`/${lang}/${expected}`);
      expect(links.filter((link) => !link.startsWith(`/${lang}/`))).toEqual([]);
    },
  );
});
