/**
 * Module preload links for built pages.
 *
 * A page's island loads its component, which imports its chunks, which import
 * more chunks: the browser only learns of each level after it has fetched and
 * parsed the one before. On a slow phone, whose main thread is still busy with
 * the page, that chain costs more than the bytes. Listing the whole static
 * import graph as `<link rel="modulepreload">` in the head lets the browser
 * fetch (and compile) every chunk at once. Chunks loaded with `import()` on
 * first use are left out: they stay lazy.
 */

/** The specifiers of a built chunk's static imports (`import … from "x"`, `import "x"`), not `import()`. */
export function staticImports(code: string): string[] {
  const found: string[] = [];
  // Bundlers put the static imports first; a preamble line (such as Vite's `__vite__mapDeps`) may come before.
  const pattern = /(?:^|[;\n])\s*import\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g;
  for (const match of code.matchAll(pattern)) {
    if (match[1]) found.push(match[1]);
  }
  return found;
}

/** The module scripts a page starts with: its islands' components and renderers, and `<script type="module" src>`. */
export function moduleEntries(html: string): string[] {
  const found = new Set<string>();
  for (const island of html.matchAll(/<astro-island\b[^>]*>/g)) {
    for (const attr of island[0].matchAll(/\b(?:component|renderer)-url="([^"]+)"/g)) {
      if (attr[1]) found.add(attr[1]);
    }
  }
  for (const script of html.matchAll(/<script\b[^>]*>/g)) {
    if (!/\btype="module"/.test(script[0])) continue;
    const src = /\bsrc="([^"]+)"/.exec(script[0])?.[1];
    if (src) found.add(src);
  }
  return [...found];
}

/**
 * Every module the entries load before running, in the order first reached:
 * the entries and, transitively, their static imports. `read` returns a
 * module's code by its URL path, or undefined when it is not part of the site
 * (such a module and its imports are skipped).
 */
export function preloadList(
  entries: readonly string[],
  read: (path: string) => string | undefined,
): string[] {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    const code = read(path);
    if (code === undefined) continue;
    seen.add(path);
    for (const specifier of staticImports(code)) {
      // Only relative and root-relative imports are files of this site.
      if (!/^\.{0,2}\//.test(specifier)) continue;
      queue.push(new URL(specifier, `https://site.invalid${path}`).pathname);
    }
  }
  return [...seen];
}

/** The page with a `<link rel="modulepreload">` at the end of its head for each path it does not list yet. */
export function withPreloads(html: string, paths: readonly string[]): string {
  const escape = (value: string) =>
    value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const missing = paths.filter((path) => !html.includes(`<link rel="modulepreload" href="${escape(path)}">`));
  if (missing.length === 0 || !html.includes('</head>')) return html;
  const links = missing.map((path) => `<link rel="modulepreload" href="${escape(path)}">`).join('');
  return html.replace('</head>', `${links}</head>`);
}
