// Lighthouse's SEO audits on every built page, against the score in perf-budget.json
// (`lighthouse.seo`). Pages that ask not to be indexed (noindex: the sheets filled from a centre's
// link) fail Lighthouse's "is crawlable" audit by design, so they are scored without it and say so.
// Run with `npm run bench` (after the other benches) or on its own after a build:
//   node src/tools/bench-seo.mjs [path-prefix]   e.g. node src/tools/bench-seo.mjs /nb/
// Chromium is started with a fresh profile folder and the flags this environment needs.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumPath } from './browser.mjs';
import { createStaticServer } from './serve.mjs';

const budget = JSON.parse(readFileSync('perf-budget.json', 'utf8')).lighthouse;
const prefix = process.argv[2] ?? '/';

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

const server = createStaticServer('dist', '/');
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
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['seo'] },
      {
        extends: 'lighthouse:default',
        settings: {
          onlyCategories: ['seo'],
          formFactor: 'mobile',

          screenEmulation: { mobile: true, width: 390, height: 844, deviceScaleFactor: 2, disabled: false },
          ...(noindex ? { skipAudits: ['is-crawlable'] } : {}),
        },
      },
    );
    const category = result?.lhr.categories.seo;
    const score = Math.round((category?.score ?? 0) * 100);
    const failed = Object.values(result?.lhr.audits ?? {})
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'notApplicable')
      .filter((a) => category?.auditRefs.some((ref) => ref.id === a.id && ref.weight > 0))
      .map((a) => a.id);
    const ok = score >= budget.seo;
    if (!ok) over += 1;
    rows.push({
      page: path,
      seo: `${score} (≥ ${budget.seo})`,
      note: noindex ? 'noindex by design: scored without is-crawlable' : '',
      failed: failed.join(', '),
      verdict: ok ? 'ok' : 'OVER',
    });
  }
} finally {
  await chrome.kill();
  server.close();
  rmSync(profile, { recursive: true, force: true });
}

console.log('Lighthouse SEO per page, a 390 px phone profile. Budget from perf-budget.json.\n');
console.table(rows);
if (over > 0) {
  console.error(`\n${over} page(s) under the SEO score.`);
  process.exit(1);
}
console.log(`\nAll ${rows.length} pages score at least ${budget.seo}.`);
