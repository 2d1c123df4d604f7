// Reports, for every built page, the bytes of HTML, CSS and JavaScript it
// loads (raw and gzip) and checks them against perf-budget.json: the page's
// own JavaScript apart from the layout's shared script, which has a budget of
// its own, and the offline core the service worker stores (dist/sw.js). It
// checks that each page's CSP <meta> lists exactly the hashes of its own
// inline blocks, and prints each guide's first-visit bytes against the
// smallest reasonable page for its content (src/tools/floor.mjs). Exits
// non-zero when something is over budget. Run with `npm run bench` (it builds
// first) or `node src/tools/bench.mjs [dist]` on an existing build.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { floorGzip } from './floor.mjs';

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

/** Data files a page fetches as it starts (`<link rel="preload">`, not module preloads): the builder's data. */
function preloadsOf(html) {
  return [...html.matchAll(/<link\b[^>]*rel="preload"[^>]*>/g)]
    .map((m) => /\shref="([^"]+)"/.exec(m[0])?.[1])
    .filter(Boolean)
    .map((href) => asset(href));
}

/** A page's CSS: its inline styles (part of its HTML) and the stylesheets it links, each a file of its own. */
function stylesOf(html) {
  const inline = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('');
  const files = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) =>
    asset(m[1]),
  );
  return { inline, files };
}

/**
 * The page's CSP <meta> against its own inline blocks, worked out here apart from
 * src/lib/csp.ts: the hashes it lists in script-src and style-src must be exactly
 * those of its inline scripts (not data blocks) and <style> elements.
 */
function cspProblems(html) {
  const policy = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1];
  if (policy === undefined) return { hashes: 0, problems: ['no CSP <meta>'] };
  const listed = (name) =>
    new Set(
      (policy.split(';').find((d) => d.trim().startsWith(`${name} `)) ?? '')
        .split(/\s+/)
        .filter((s) => s.startsWith("'sha")),
    );
  const hash = (text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
  const page = html.replace(/<!--[\s\S]*?-->/g, '');
  const own = { 'script-src': new Set(), 'style-src': new Set() };
  for (const m of page.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const type = /\stype="([^"]*)"/.exec(m[1])?.[1] ?? '';
    if (!/\ssrc=/.test(m[1]) && /^(|module|text\/javascript)$/.test(type)) own['script-src'].add(hash(m[2]));
  }
  for (const m of page.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)) own['style-src'].add(hash(m[1]));
  const problems = [];
  let hashes = 0;
  for (const [name, mine] of Object.entries(own)) {
    const list = listed(name);
    hashes += list.size;
    const others = [...list].filter((h) => !mine.has(h)).length;
    const missing = [...mine].filter((h) => !list.has(h)).length;
    if (others > 0) problems.push(`CSP ${name} lists ${others} hash(es) not of this page`);
    if (missing > 0) problems.push(`CSP ${name} misses ${missing} of this page's inline blocks`);
  }
  return { hashes, problems };
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
const guides = [];
let over = 0;
for (const file of pages(dist).sort()) {
  const rel = relative(dist, file).split(sep).join('/');
  const path = `/${rel.replace(/index\.html$/, '')}`;
  const html = readFileSync(file, 'utf8');
  const { inline, files } = stylesOf(html);
  const css = inline + files.join('');
  const js = scriptsOf(html);
  // What a first visit fetches: the HTML (its inline CSS in it) and each stylesheet it links, gzip.
  const htmlCssGzip = gz(html) + files.reduce((sum, file) => sum + gz(file), 0);
  const jsGzip = js ? gz(js) : 0;
  const htmlGzip = gz(html);
  const preloadGzip = preloadsOf(html).reduce((sum, data) => sum + gz(data), 0);
  const limit = budgetFor(path);
  const csp = cspProblems(html);
  const problems = [...csp.problems];
  if (htmlCssGzip > limit.htmlCssGzip) problems.push(`HTML+CSS ${htmlCssGzip} > ${limit.htmlCssGzip}`);
  if (jsGzip > limit.jsGzip) problems.push(`JS ${jsGzip} > ${limit.jsGzip}`);
  if (limit.htmlGzip !== undefined && htmlGzip > limit.htmlGzip) {
    problems.push(`HTML ${htmlGzip} > ${limit.htmlGzip}`);
  }
  if (preloadGzip > limit.preloadGzip) problems.push(`data ${preloadGzip} > ${limit.preloadGzip}`);
  if (problems.length > 0) over += 1;
  if (limit.maxFloorRatio !== undefined) {
    const floor = floorGzip(html);
    const ratio = floor ? htmlCssGzip / floor : Infinity;
    const guideProblems = [];
    if (htmlCssGzip > limit.firstVisitGzip) guideProblems.push(`${htmlCssGzip} > ${limit.firstVisitGzip}`);
    if (ratio > limit.maxFloorRatio) guideProblems.push(`ratio ${ratio.toFixed(2)} > ${limit.maxFloorRatio}`);
    if (guideProblems.length > 0) over += 1;
    guides.push({
      guide: path,
      'first visit gz': htmlCssGzip,
      'floor gz': floor,
      ratio: Number(ratio.toFixed(2)),
      budget: `≤ ${limit.firstVisitGzip}, ≤ ${limit.maxFloorRatio}×`,
      verdict: guideProblems.length > 0 ? `OVER: ${guideProblems.join('; ')}` : 'ok',
    });
  }
  rows.push({
    page: path,
    html: `${bytes(html)} / ${gz(html)}`,
    css: `${bytes(css)} / ${css ? gz(css) : 0}${files.length > 0 ? ` (${files.length} file)` : ''}`,
    js: `${bytes(js)} / ${jsGzip}`,
    'html+css gz': `${htmlCssGzip} (≤ ${limit.htmlCssGzip})`,
    'js gz': `${jsGzip} (≤ ${limit.jsGzip})`,
    'data gz': preloadGzip > 0 ? `${preloadGzip} (≤ ${limit.preloadGzip})` : 0,
    'csp hashes': csp.hashes,
    verdict: problems.length > 0 ? `OVER: ${problems.join('; ')}` : 'ok',
  });
}

console.log('Bytes per page, raw / gzip. Budgets from perf-budget.json.\n');
console.table(rows);
const hashes = rows.map((r) => r['csp hashes']);
console.log(
  `\nCSP hashes per page (each page's own inline blocks): ${Math.min(...hashes)}–${Math.max(...hashes)}, ${hashes.reduce((a, b) => a + b, 0)} in ${rows.length} pages.`,
);

if (guides.length > 0) {
  const ratios = guides.map((g) => g.ratio);
  const sizes = guides.map((g) => g['first visit gz']);
  console.log(
    '\nGuides: first-visit bytes (HTML and every stylesheet, gzip) against the floor, the same <main> in a\n' +
      'minimal HTML document without CSS (src/tools/floor.mjs). Budgets from perf-budget.json.\n',
  );
  console.table(guides);
  console.log(
    `Guides: ${Math.min(...sizes)}–${Math.max(...sizes)} B gzip, ${Math.min(...ratios)}–${Math.max(...ratios)}× the floor (median ${ratios.sort((a, b) => a - b)[Math.floor(ratios.length / 2)]}×).`,
  );
}

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
