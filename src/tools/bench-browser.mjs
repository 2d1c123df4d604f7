// Timing budgets measured in Chromium against the built site (dist/):
// the builder must be interactive within the budget on a 4× CPU-throttled
// profile, and typing with a 40-rule draft must stay under the per-keystroke
// budget. Reports the figures and exits non-zero when one is over budget.
// Run with `npm run bench` (after the byte budgets) or on its own after a build.
import { readFileSync } from 'node:fs';
import { launchBrowser } from './browser.mjs';
import { createStaticServer } from './serve.mjs';

const budget = JSON.parse(readFileSync('perf-budget.json', 'utf8')).timing;
const server = createStaticServer('dist', '/');
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await launchBrowser();
const results = [];
let over = 0;

function report(name, value, limit, unit = 'ms') {
  const ok = value <= limit;
  if (!ok) over += 1;
  results.push({
    measure: name,
    value: `${Math.round(value)} ${unit}`,
    budget: `≤ ${limit} ${unit}`,
    verdict: ok ? 'ok' : 'OVER',
  });
}

async function throttledPage(rate) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return { page, context };
}

// 1. Time to interactive: from navigation start until the island has hydrated
// (the builder marks itself ready) — median of five cold loads.
{
  const times = [];
  for (let i = 0; i < 5; i += 1) {
    const { page, context } = await throttledPage(4);
    await page.goto(`${origin}/en/builder/`, { waitUntil: 'commit' });
    await page.waitForSelector('.builder.is-ready', { timeout: 30_000 });
    times.push(await page.evaluate(() => performance.now()));
    await context.close();
  }
  times.sort((a, b) => a - b);
  report('builder interactive, 4× CPU throttle (median of 5)', times[2], budget.builderInteractiveMs);
}

// 2. Typing with a 40-rule draft: the Event Timing API gives each key press's
// duration from input to the next paint; report the worst of 40 presses.
{
  const { page, context } = await throttledPage(1);
  await page.goto(`${origin}/en/builder/`);
  await page.waitForSelector('.builder.is-ready');
  await page.locator('.presets button').first().click();
  await page.fill('#group-name', 'Bench');
  await page.locator('#next-step').click();
  const unchosen = await page.$$eval('.rule-card:not(.is-chosen) input[type=checkbox]', (els) =>
    els.map((e) => e.id),
  );
  const chosen = await page.locator('.rule-card.is-chosen').count();
  for (const id of unchosen.slice(0, 40 - chosen)) await page.locator(`#${id}`).check();
  await page.locator('button', { hasText: 'Write it your own way' }).first().click();
  const field = page.locator('textarea[id^="rule-text-"]').first();
  await field.focus();
  await page.evaluate(() => {
    window.__durations = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.name === 'keydown' || entry.name === 'input' || entry.name === 'keypress')
          window.__durations.push(entry.duration);
      }
    }).observe({ type: 'event', durationThreshold: 16, buffered: false });
  });
  await page.keyboard.type(' and we keep it kind every time', { delay: 60 });
  await page.waitForTimeout(500);
  const durations = await page.evaluate(() => window.__durations);
  const worst = durations.length > 0 ? Math.max(...durations) : 0;
  const rules = await page.locator('.rule-card.is-chosen').count();
  report(
    `worst keystroke, ${rules}-rule draft (events over 16 ms: ${durations.length})`,
    worst,
    budget.keystrokeMs,
  );
  await context.close();
}

// 3. Search, on five fresh loads of /en/search/ with a 4× CPU-throttled profile: focus the box (which
// starts loading Pagefind), type a question at 80 ms a key, and time from the last key press to the
// frame after the result list changes. The bytes are everything the server sent after the page had
// loaded, for that first query: Pagefind's script, worker and WebAssembly, the index and the result
// fragments (gzip, as a host that compresses would send them). Medians are reported.
{
  const { gzipSync } = await import('node:zlib');
  const query = 'how long should a meeting be';
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  let sent = null;
  const count = (req, res) => {
    if (!sent) return;
    const log = sent;
    const chunks = [];
    const write = res.write.bind(res);
    res.write = (chunk, ...rest) => {
      chunks.push(Buffer.from(chunk));
      return write(chunk, ...rest);
    };
    res.on('finish', () => {
      const body = Buffer.concat(chunks);
      log.push({ url: req.url, raw: body.length, gzip: gzipSync(body).length });
    });
  };
  server.prependListener('request', count);
  const times = [];
  const gzipBytes = [];
  const rawBytes = [];
  for (let i = 0; i < 5; i += 1) {
    const { page, context } = await throttledPage(4);
    await page.goto(`${origin}/en/search/`, { waitUntil: 'networkidle' });
    await page.evaluate((want) => {
      const list = document.querySelector('[data-search-results]');
      window.__lastKey = 0;
      window.__shown = 0;
      document.addEventListener('keydown', () => (window.__lastKey = performance.now()), true);
      new MutationObserver(() => {
        if (list.dataset.query !== want || window.__shown) return;
        requestAnimationFrame(() => (window.__shown = performance.now()));
      }).observe(list, { childList: true, attributes: true });
    }, query);
    const log = (sent = []);
    await page.focus('input[name="q"]');
    await page.keyboard.type(query, { delay: 80 });
    await page.waitForFunction(() => window.__shown > 0, null, { timeout: 30_000 });
    times.push(await page.evaluate(() => window.__shown - window.__lastKey));
    await page.waitForLoadState('networkidle');
    sent = null;
    gzipBytes.push(log.reduce((sum, r) => sum + r.gzip, 0));
    rawBytes.push(log.reduce((sum, r) => sum + r.raw, 0));
    await context.close();
  }
  server.removeListener('request', count);
  report(
    'search: last key press to results, 4× CPU throttle (median of 5)',
    median(times),
    budget.searchResultsMs,
  );
  report(
    `search: bytes fetched for the first query, gzip (${Math.round(median(rawBytes) / 1024)} KB uncompressed)`,
    median(gzipBytes),
    budget.searchFirstQueryBytes,
    'B',
  );
}

await browser.close();
server.close();
console.table(results);
if (over > 0) {
  console.error(`${over} timing budget(s) missed.`);
  process.exit(1);
}
console.log('All timing budgets met.');
