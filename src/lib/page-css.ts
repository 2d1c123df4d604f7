/**
 * Only the CSS a built page can use. Astro puts into a page the styles of
 * every component the page's template imports, whether that page shows the
 * component or not (a guide imports the key-point box, rule card and steps
 * for all guides), and the whole site's shared CSS. After the build,
 * `src/integrations/page-css.ts` removes from each page's inline `<style>`
 * the rules that cannot match anything in it:
 *
 * - always, rules scoped to an Astro component (`[data-astro-cid-…]`) that is
 *   not on the page: those attributes exist only in the server's markup;
 * - on pages whose scripts cannot add a class (`classes` given), also rules
 *   that need a class no element of the page has. A page keeps them when it
 *   has an inline script or an island, or when one of its scripts, or a
 *   module they import, could give an element a class (`scriptsAddClasses`).
 *
 * A selector is only dropped for what it requires outside parentheses, so
 * `:not(.x)` and `:is(.x, .y)` are kept. Rules inside `@media`, `@supports`,
 * `@layer` and `@container` are pruned the same way; other at-rules stay.
 */

/** What a page has, for deciding which selectors can match. */
export interface PageParts {
  /** The Astro component ids on the page (`data-astro-cid-<id>`). */
  cids: ReadonlySet<string>;
  /** The classes on the page, or undefined to keep every class-based rule. */
  classes?: ReadonlySet<string>;
}

interface Block {
  prelude: string;
  /** The text between the braces, or undefined for a statement such as `@import …;`. */
  body?: string;
}

/** Splits CSS into its top-level rules and statements, minding strings and comments. */
export function cssBlocks(css: string): Block[] {
  const blocks: Block[] = [];
  let start = 0;
  let depth = 0;
  let open = -1;
  for (let i = 0; i < css.length; i += 1) {
    const c = css[i];
    if (c === '"' || c === "'") {
      const end = css.indexOf(c, i + 1);
      i = end === -1 ? css.length : end;
    } else if (c === '/' && css[i + 1] === '*') {
      const end = css.indexOf('*/', i + 2);
      i = end === -1 ? css.length : end + 1;
    } else if (c === '{') {
      if (depth === 0) open = i;
      depth += 1;
    } else if (c === '}') {
      depth -= 1;
      if (depth === 0) {
        blocks.push({ prelude: css.slice(start, open).trim(), body: css.slice(open + 1, i) });
        start = i + 1;
      }
    } else if (c === ';' && depth === 0) {
      const prelude = css.slice(start, i).trim();
      if (prelude) blocks.push({ prelude });
      start = i + 1;
    }
  }
  return blocks;
}

/** Splits a selector list at its top-level commas. */
export function selectorList(prelude: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < prelude.length; i += 1) {
    const c = prelude[i];
    if (c === '(' || c === '[') depth += 1;
    else if (c === ')' || c === ']') depth -= 1;
    else if (c === ',' && depth === 0) {
      parts.push(prelude.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(prelude.slice(start).trim());
  return parts.filter(Boolean);
}

/** Whether a selector can match on a page with these parts. */
export function canMatch(selector: string, page: PageParts): boolean {
  // Only what the selector requires itself: drop everything inside parentheses first.
  let outside = '';
  let depth = 0;
  for (const c of selector) {
    if (c === '(') depth += 1;
    else if (c === ')') depth -= 1;
    else if (depth === 0) outside += c;
  }
  for (const m of outside.matchAll(/\[data-astro-cid-([\w-]+)\]/g)) {
    if (!page.cids.has(m[1]!)) return false;
  }
  if (page.classes) {
    const bare = outside.replace(/\[[^\]]*\]/g, '');
    for (const m of bare.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)) {
      if (!page.classes.has(m[1]!)) return false;
    }
  }
  return true;
}

const NESTED = /^@(media|supports|layer|container)\b/i;

/** The CSS with every rule removed that cannot match on the page. Kept rules are unchanged. */
export function pruneCss(css: string, page: PageParts): string {
  let out = '';
  for (const { prelude, body } of cssBlocks(css)) {
    if (body === undefined) out += `${prelude};`;
    else if (NESTED.test(prelude)) {
      const inner = pruneCss(body, page);
      if (inner) out += `${prelude}{${inner}}`;
    } else if (prelude.startsWith('@')) out += `${prelude}{${body}}`;
    else {
      const kept = selectorList(prelude).filter((s) => canMatch(s, page));
      if (kept.length > 0) out += `${kept.join(',')}{${body}}`;
    }
  }
  return out;
}

/**
 * What in a built script means it may give an element a class: the class
 * attribute and its properties (`className`, `classList`, `class` in a
 * framework's props), markup written as text, and attributes set by a name
 * the script may compute. Other scripts can show, hide and fill elements the
 * page has, which never needs a rule the page's own classes do not.
 */
const CLASS_WRITERS =
  /class|innerHTML|outerHTML|insertAdjacentHTML|createContextualFragment|DOMParser|document\.write|setAttribute|toggleAttribute|\.attributes\b/;

/** Whether a built module's code could give an element a class (see `CLASS_WRITERS`). */
export function mayAddClasses(code: string): boolean {
  return CLASS_WRITERS.test(code);
}

/** The specifiers a built module imports: `import … from "x"`, `import "x"`, `export … from "x"` and `import("x")`. */
export function importsOf(code: string): { specifiers: string[]; computed: boolean } {
  const specifiers = [
    ...code.matchAll(/(?:^|[;\n}])\s*(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'`]([^"'`$]+)["'`]/g),
    ...code.matchAll(/\bimport\(\s*["'`]([^"'`$]+)["'`]\s*\)/g),
  ].map((m) => m[1]!);
  // An import() of anything but a plain string loads a module nobody can name before it runs.
  const dynamic = code.match(/\bimport\(/g)?.length ?? 0;
  const literal = code.match(/\bimport\(\s*["'`][^"'`$]+["'`]\s*\)/g)?.length ?? 0;
  return { specifiers, computed: dynamic > literal };
}

/**
 * Whether the scripts a page loads (their URL paths) could give an element a
 * class: one of them or a module they import, at once or later, says so
 * (`mayAddClasses`), imports a module by a computed name, or is not a file of
 * the site (`read` returns its code by URL path, or undefined).
 */
export function scriptsAddClasses(
  entries: readonly string[],
  read: (path: string) => string | undefined,
): boolean {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    const code = read(path);
    if (code === undefined || mayAddClasses(code)) return true;
    const { specifiers, computed } = importsOf(code);
    if (computed) return true;
    for (const specifier of specifiers) {
      // A bare name (`import "x"`) is no file of the site, so nobody can say what it does.
      if (!/^\.{0,2}\//.test(specifier)) return true;
      queue.push(new URL(specifier, `https://site.invalid${path}`).pathname);
    }
  }
  return false;
}

/** The page's markup outside its `<style>` elements and comments. */
function markup(html: string): string {
  return html.replace(/<!--[\s\S]*?-->/g, '').replace(/<style\b[^>]*>[\s\S]*?<\/style>/gi, '');
}

/** What a page has: its component ids, and its classes unless a script may add more (`scriptClasses`). */
export function pageParts(html: string, scriptClasses: boolean): PageParts {
  const text = markup(html);
  const cids = new Set([...text.matchAll(/\sdata-astro-cid-([\w-]+)/g)].map((m) => m[1]!));
  if (scriptClasses) return { cids };
  const classes = new Set(
    [...text.matchAll(/\sclass\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g)].flatMap((m) =>
      (m[1] ?? m[2] ?? m[3] ?? '').split(/\s+/).filter(Boolean),
    ),
  );
  return { cids, classes };
}

/**
 * A built page with its inline `<style>` elements pruned to what can match on
 * it (see above). `scriptClasses` says whether the page's scripts could add
 * classes, so that rules for classes it does not have yet must stay. Empty
 * `<style>` elements are removed.
 */
export function withPageCss(html: string, scriptClasses: boolean): string {
  const page = pageParts(html, scriptClasses);
  return html.replace(/<style\b([^>]*)>([\s\S]*?)<\/style>/gi, (_all, attributes: string, css: string) => {
    const pruned = pruneCss(css, page);
    return pruned ? `<style${attributes}>${pruned}</style>` : '';
  });
}
