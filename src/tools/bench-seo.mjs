// Lighthouse on every built page, on a phone profile, against the scores in perf-budget.json
// (`lighthouse`: performance, accessibility, best practices and SEO). Pages that ask not to be indexed
// (noindex: the sheets filled from a centre's link) fail Lighthouse's "is crawlable" audit by design,
// so they are scored without it and say so. Run with `npm run bench` (after the other benches) or on
// its own after a build:
//   node src/tools/bench-seo.mjs [path-prefix] [--seo-only]   e.g. node src/tools/bench-seo.mjs /nb/
// Chromium is started with a fresh profile folder and the flags this environment needs.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumPath } from './browser.mjs';
import { createStaticServer } from './serve.mjs';

const budget = JSON.parse(readFileSync('perf-budget.json', 'utf8')).lighthouse;
const args = process.argv.slice(2);
const prefix = args.find((a) => a.startsWith('/')) ?? '/';
const CATEGORIES = args.includes('--seo-only')
  ? ['seo']
  : ['performance', 'accessibility', 'best-practices', 'seo'];

/** Every built page's path, from the sitemap's view of dist/: index.html files, the 404 page left out. */
async function builtPages() {
  const { readdirSync } = await import('node:fs');
  const found = [];
  const walk = (dir, path) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (!['_astro', 'pagefind', 'icons'].includes(entry.name))
          walk(join(dir, entry.name), `${path}${entry.name}/`);
      } else if (entry.name === 'index.html') found.push(path);
    }
  };
  walk('dist', '/');
  return found.sort();
}

// Compressed, as a real host sends the files: Lighthouse's simulation counts the bytes on the wire.
const server = createStaticServer('dist', '/', { compress: true });
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;
const profile = mkdtempSync(join(tmpdir(), 'groundwork-lighthouse-'));
const chrome = await chromeLauncher.launch({
  chromePath: chromiumPath(),
  userDataDir: profile,
  chromeFlags: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-quic',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});

const rows = [];
let over = 0;
try {
  for (const path of (await builtPages()).filter((p) => p.startsWith(prefix))) {
    const html = readFileSync(join('dist', path, 'index.html'), 'utf8');
    const noindex = /<meta name="robots" content="noindex"/.test(html);
    const result = await lighthouse(
      `${origin}${path}`,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES },
      {
        extends: 'lighthouse:default',
        settings: {
          onlyCategories: CATEGORIES,
          formFactor: 'mobile',

          screenEmulation: { mobile: true, width: 390, height: 844, deviceScaleFactor: 2, disabled: false },
          ...(noindex ? { skipAudits: ['is-crawlable'] } : {}),
        },
      },
    );
    const row = { page: path };
    const failed = [];
    let ok = true;
    for (const id of CATEGORIES) {
      const category = result?.lhr.categories[id];
      const score = Math.round((category?.score ?? 0) * 100);
      const limit = budget[id];
      row[id] = `${score} (≥ ${limit})`;
      if (score < limit) ok = false;
      // The audits that cost points, by name.
      failed.push(
        ...Object.values(result?.lhr.audits ?? {})
          .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'notApplicable')
          .filter((a) => category?.auditRefs.some((ref) => ref.id === a.id && ref.weight > 0))
          .map((a) => a.id),
      );
    }
    // Lighthouse's own (simulated) figures behind the performance score.
    const ms = (id) => Math.round(result?.lhr.audits[id]?.numericValue ?? 0);
    if (CATEGORIES.includes('performance')) {
      row.lcp = `${ms('largest-contentful-paint')} ms`;
      // The builder's own budget for Lighthouse's LCP (issue #18: at most 1 s on a phone).
      if (/^\/[a-z]{2}\/builder\/$/.test(path) && ms('largest-contentful-paint') > budget.builderLcpMs) {
        ok = false;
        row.lcp += ` (> ${budget.builderLcpMs})`;
      }
      row.cls = Number((result?.lhr.audits['cumulative-layout-shift']?.numericValue ?? 0).toFixed(3));
      row.tbt = `${ms('total-blocking-time')} ms`;
    }
    if (!ok) over += 1;
    rows.push({
      ...row,
      note: noindex ? 'noindex by design: scored without is-crawlable' : '',
      failed: [...new Set(failed)].join(', '),
      verdict: ok ? 'ok' : 'OVER',
    });
  }
} finally {
  chrome.kill();
  server.close();
  rmSync(profile, { recursive: true, force: true });
}

console.log(
  `Lighthouse per page (${CATEGORIES.join(', ')}), a 390 px phone profile. Budgets from perf-budget.json.\n`,
);
console.table(rows);
if (over > 0) {
  console.error(`\n${over} page(s) under a Lighthouse budget.`);
  process.exit(1);
}
console.log(`\nAll ${rows.length} pages within the Lighthouse budgets.`);
