// Reports, for every built page, the bytes of HTML, CSS and JavaScript it
// loads (raw and gzip) and checks them against perf-budget.json: the page's
// own JavaScript apart from the layout's shared script, which has a budget of
// its own, and the offline core the service worker stores (dist/sw.js). Exits
// non-zero when something is over budget. Run with `npm run bench` (it builds
// first) or `node src/tools/bench.mjs [dist]` on an existing build.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = process.argv[2] ?? 'dist';
const budget = JSON.parse(readFileSync('perf-budget.json', 'utf8'));

function pages(dir, found = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'pagefind' && entry.name !== '_astro') pages(path, found);
    } else if (entry.name.endsWith('.html')) found.push(path);
  }
  return found;
}

const gz = (text) => gzipSync(text, { level: 9 }).length;
const shared = new RegExp(budget.sharedScript.pattern);
/** The layout's shared scripts found on any page, by address. */
const sharedFound = new Map();
const bytes = (text) => Buffer.byteLength(text);

/** Reads a file the page refers to by a root-relative address. */
function asset(ref) {
  const path = join(dist, decodeURI(ref.split(/[?#]/)[0]));
  return existsSync(path) ? readFileSync(path, 'utf8') : '';
}

/** JavaScript a page loads: its scripts, and the modules they import, followed once each. */
function scriptsOf(html) {
  const seen = new Set();
  let inline = '';
  const queue = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const src = /\ssrc="([^"]+)"/.exec(m[1])?.[1];
    if (src && shared.test(src)) sharedFound.set(src, asset(src));
    else if (src) queue.push(src);
    else if (!/type="application\/(ld\+)?json"/.test(m[1])) inline += m[2];
  }
  // Islands name their component and renderer modules in attributes.
  for (const m of html.matchAll(/\s(?:component-url|renderer-url)="([^"]+)"/g)) queue.push(m[1]);
  let external = '';
  while (queue.length > 0) {
    const ref = queue.shift();
    if (seen.has(ref) || !ref.startsWith('/')) continue;
    seen.add(ref);
    const code = asset(ref);
    external += code;
    // Static imports only: modules loaded later with import() are not part of the first load.
    for (const m of code.matchAll(/(?:\bfrom|\bimport)\s*["'](\.{0,2}\/[^"']+\.js)["']/g)) {
      queue.push(new URL(m[1], `http://x${ref}`).pathname);
    }
  }
  return inline + external;
}

function stylesOf(html) {
  let css = '';
  for (const m of html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)) css += asset(m[1]);
  for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)) css += m[1];
  return css;
}

function budgetFor(path) {
  for (const rule of budget.pages) {
    const pattern = new RegExp(
      `^${rule.match.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]+')}$`,
    );
    if (pattern.test(path)) return { ...budget.default, ...rule };
  }
  return budget.default;
}

const rows = [];
let over = 0;
for (const file of pages(dist).sort()) {
  const rel = relative(dist, file).split(sep).join('/');
  const path = `/${rel.replace(/index\.html$/, '')}`;
  const html = readFileSync(file, 'utf8');
  const css = stylesOf(html);
  const js = scriptsOf(html);
  const htmlCssGzip = gz(html) + gz(css);
  const jsGzip = js ? gz(js) : 0;
  const limit = budgetFor(path);
  const problems = [];
  if (htmlCssGzip > limit.htmlCssGzip) problems.push(`HTML+CSS ${htmlCssGzip} > ${limit.htmlCssGzip}`);
  if (jsGzip > limit.jsGzip) problems.push(`JS ${jsGzip} > ${limit.jsGzip}`);
  if (problems.length > 0) over += 1;
  rows.push({
    page: path,
    html: `${bytes(html)} / ${gz(html)}`,
    css: `${bytes(css)} / ${css ? gz(css) : 0}`,
    js: `${bytes(js)} / ${jsGzip}`,
    'html+css gz': `${htmlCssGzip} (≤ ${limit.htmlCssGzip})`,
    'js gz': `${jsGzip} (≤ ${limit.jsGzip})`,
    verdict: problems.length > 0 ? `OVER: ${problems.join('; ')}` : 'ok',
  });
}

console.log('Bytes per page, raw / gzip. Budgets from perf-budget.json.\n');
console.table(rows);

// The layout's shared script: one file every page loads (and caches), with a budget of its own.
const checks = [];
function check(measure, value, limit) {
  const ok = value <= limit;
  if (!ok) over += 1;
  checks.push({ measure, 'gzip bytes': value, budget: `≤ ${limit}`, verdict: ok ? 'ok' : 'OVER' });
}
if (sharedFound.size === 0) {
  over += 1;
  console.error('No page loads the shared script: sharedScript.pattern in perf-budget.json matches nothing.');
}
for (const [src, code] of sharedFound) {
  check(`shared script ${src} (${bytes(code)} B raw), on every page`, gz(code), budget.sharedScript.jsGzip);
}

// The offline core the worker stores on a first visit (dist/sw.js), per language: its files and sw.js.
const sw = existsSync(join(dist, 'sw.js')) ? readFileSync(join(dist, 'sw.js'), 'utf8') : '';
const core = JSON.parse(/^const CORE = (.*);$/m.exec(sw)?.[1] ?? '{}');
const base = JSON.parse(/^const BASE = (.*);$/m.exec(sw)?.[1] ?? '"/"');
if (Object.keys(core).length === 0) {
  over += 1;
  console.error('dist/sw.js has no offline core.');
}
for (const [lang, urls] of Object.entries(core)) {
  const files = urls.map((url) => {
    const path = decodeURI(url.slice(base.length));
    return readFileSync(join(dist, path.endsWith('/') ? `${path}index.html` : path));
  });
  const total = files.reduce((sum, file) => sum + gz(file), gz(sw));
  const pagesIn = urls.filter((url) => url.endsWith('/'));
  check(
    `offline core, ${lang}: sw.js and ${urls.length} files (${pagesIn.length} pages), stored in the background`,
    total,
    budget.offline.firstVisitGzip,
  );
  // The core never holds a guide, so it does not grow with them (only the guides index lists them all).
  const guides = pagesIn.filter((url) => /\/guides\/[^/]+\/$/.test(url));
  if (guides.length > 0) {
    over += 1;
    console.error(`The offline core of ${lang} holds guides, so it grows with them: ${guides.join(', ')}`);
  }
}
console.log('\nThe shared script and the offline core. Budgets from perf-budget.json.\n');
console.table(checks);

if (over > 0) {
  console.error(`\n${over} budget(s) missed.`);
  process.exit(1);
}
console.log(`\nAll ${rows.length} pages, the shared script and the offline core within budget.`);
