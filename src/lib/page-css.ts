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
 * - on pages whose scripts cannot change the markup's kinds of element or
 *   classes (`classes` and `elements` given), also rules that need a class or
 *   an element no part of the page has (a guide without a table drops the
 *   table rules). A page keeps them when it has an inline script or an
 *   island, or when one of its scripts, or a module they import, could add a
 *   class or an element (`scriptsChangeMarkup`).
 *
 * A selector is only dropped for what it requires outside parentheses, so
 * `:not(.x)` and `:is(.x, .y)` are kept. Rules inside `@media`, `@supports`,
 * `@layer` and `@container` are pruned the same way; other at-rules stay.
 *
 * Then the design tokens are fitted to the page (`fitTokens`): a token with
 * one value everywhere is written in where it is used, and a custom property
 * nothing on the page reads is left out.
 */

/** What a page has, for deciding which selectors can match. */
export interface PageParts {
  /** The Astro component ids on the page (`data-astro-cid-<id>`). */
  cids: ReadonlySet<string>;
  /** The classes on the page, or undefined to keep every class-based rule. */
  classes?: ReadonlySet<string>;
  /** The kinds of element on the page (lower case), or undefined to keep every rule for an element. */
  elements?: ReadonlySet<string>;
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
  const bare = outside.replace(/\[[^\]]*\]/g, '');
  if (page.classes) {
    for (const m of bare.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)) {
      if (!page.classes.has(m[1]!)) return false;
    }
  }
  // A namespaced selector (`svg|a`) is left alone.
  if (page.elements && !bare.includes('|')) {
    for (const m of bare.matchAll(/(?:^|[\s>+~])([a-zA-Z][\w-]*)/g)) {
      if (!page.elements.has(m[1]!.toLowerCase())) return false;
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
 * What in a built script means it may give an element a class or add an
 * element of a new kind: the class attribute and its properties (`className`,
 * `classList`, `class` in a framework's props), new elements, markup written
 * as text, and attributes set by a name the script may compute. Other scripts
 * can show, hide and fill elements the page has, which never needs a rule the
 * page's own markup does not.
 */
const MARKUP_WRITERS =
  /class|createElement|importNode|innerHTML|outerHTML|insertAdjacentHTML|createContextualFragment|HTMLUnsafe|setHTML|DOMParser|document\.write|setAttribute|toggleAttribute|\.attributes\b/;

/** Whether a built module's code could add a class or a new kind of element to the page (see `MARKUP_WRITERS`). */
export function mayChangeMarkup(code: string): boolean {
  return MARKUP_WRITERS.test(code);
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
 * The code of every module the scripts a page loads (their URL paths) can run,
 * at once or later: the scripts and what they import. Undefined when that
 * cannot be known: a module imports another by a computed name or by a bare
 * name, or is not a file of the site (`read` returns its code by URL path, or
 * undefined).
 */
export function scriptGraph(
  entries: readonly string[],
  read: (path: string) => string | undefined,
): string[] | undefined {
  const seen = new Set<string>();
  const code: string[] = [];
  const queue = [...entries];
  while (queue.length > 0) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    const text = read(path);
    if (text === undefined) return undefined;
    code.push(text);
    const { specifiers, computed } = importsOf(text);
    if (computed) return undefined;
    for (const specifier of specifiers) {
      // A bare name (`import "x"`) is no file of the site, so nobody can say what it does.
      if (!/^\.{0,2}\//.test(specifier)) return undefined;
      queue.push(new URL(specifier, `https://site.invalid${path}`).pathname);
    }
  }
  return code;
}

/**
 * Whether the scripts a page loads could add a class or a new kind of
 * element: one of the modules they can run says so (`mayChangeMarkup`), or
 * which modules those are cannot be known (`scriptGraph`).
 */
export function scriptsChangeMarkup(
  entries: readonly string[],
  read: (path: string) => string | undefined,
): boolean {
  const graph = scriptGraph(entries, read);
  return graph === undefined || graph.some(mayChangeMarkup);
}

/** The page's markup outside its `<style>` elements and comments. */
function markup(html: string): string {
  return html.replace(/<!--[\s\S]*?-->/g, '').replace(/<style\b[^>]*>[\s\S]*?<\/style>/gi, '');
}

/** Elements a browser makes even when the markup leaves their tags out. */
const IMPLIED = ['html', 'head', 'body', 'tbody', 'colgroup'];

/**
 * What a page has: its component ids, and its classes and kinds of element
 * unless a script may add more (`scriptMarkup`).
 */
export function pageParts(html: string, scriptMarkup: boolean): PageParts {
  const text = markup(html);
  const cids = new Set([...text.matchAll(/\sdata-astro-cid-([\w-]+)/g)].map((m) => m[1]!));
  if (scriptMarkup) return { cids };
  const classes = new Set(
    [...text.matchAll(/\sclass\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g)].flatMap((m) =>
      (m[1] ?? m[2] ?? m[3] ?? '').split(/\s+/).filter(Boolean),
    ),
  );
  const elements = new Set([
    ...IMPLIED,
    ...[...text.matchAll(/<([a-zA-Z][\w-]*)/g)].map((m) => m[1]!.toLowerCase()),
  ]);
  return { cids, classes, elements };
}

/** A rule body's declarations, split at its top-level semicolons. */
function declarations(body: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < body.length; i += 1) {
    const c = body[i];
    if (c === '"' || c === "'") {
      const end = body.indexOf(c, i + 1);
      i = end === -1 ? body.length : end;
    } else if (c === '(') depth += 1;
    else if (c === ')') depth -= 1;
    else if (c === ';' && depth === 0) {
      parts.push(body.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(body.slice(start));
  return parts.map((d) => d.trim()).filter(Boolean);
}

/** Every rule of some CSS with its declarations, nested at-rules walked into. */
function mapRules(css: string, edit: (prelude: string, declarations: string[]) => string[]): string {
  let out = '';
  for (const { prelude, body } of cssBlocks(css)) {
    if (body === undefined) out += `${prelude};`;
    else if (NESTED.test(prelude)) {
      const inner = mapRules(body, edit);
      if (inner) out += `${prelude}{${inner}}`;
    } else if (prelude.startsWith('@')) out += `${prelude}{${body}}`;
    else {
      const kept = edit(prelude, declarations(body));
      if (kept.length > 0) out += `${prelude}{${kept.join(';')}}`;
    }
  }
  return out;
}

/** The custom property a declaration sets, or undefined. */
const customName = (declaration: string) => /^(--[\w-]+)\s*:/.exec(declaration)?.[1];

/**
 * The design tokens fitted to one page. A custom property set once, at the top level in `:root`,
 * to a value without `var()` is the same everywhere, so its value is written where the page's CSS
 * reads it. Then a custom property that nothing reads is left out: not the page's CSS, not
 * `elsewhere` (the page's markup outside its styles, its linked stylesheets and its scripts, where
 * it is only looked for by name). A property named in `elsewhere` is never written in, since
 * something there may set it. Other declarations are kept as they are.
 */
export function fitTokens(css: string, elsewhere: string): string {
  const sets = new Map<string, string[]>();
  mapRules(css, (_prelude, list) => {
    for (const d of list) {
      const name = customName(d);
      if (name) sets.set(name, [...(sets.get(name) ?? []), d.slice(d.indexOf(':') + 1).trim()]);
    }
    return list;
  });
  const constants = new Map<string, string>();
  for (const { prelude, body } of cssBlocks(css)) {
    if (prelude !== ':root' || body === undefined) continue;
    for (const d of declarations(body)) {
      const name = customName(d);
      const values = name ? sets.get(name) : undefined;
      if (!name || values?.length !== 1 || values[0]!.includes('var(') || elsewhere.includes(name)) continue;
      constants.set(name, values[0]!);
    }
  }
  let out = mapRules(css, (_prelude, list) =>
    list.map((d) =>
      customName(d) ? d : d.replace(/var\((--[\w-]+)\)/g, (all, name: string) => constants.get(name) ?? all),
    ),
  );
  // Leaving out one property may leave another unread (`--a: var(--b)`), so until nothing changes.
  for (;;) {
    const read = new Set([...out.matchAll(/var\(\s*(--[\w-]+)/g)].map((m) => m[1]!));
    const next = mapRules(out, (_prelude, list) =>
      list.filter((d) => {
        const name = customName(d);
        return !name || read.has(name) || elsewhere.includes(name);
      }),
    );
    if (next === out) return out;
    out = next;
  }
}

/**
 * A built page with its inline `<style>` elements pruned to what can match on
 * it (see above). `scripts` is the code of every module its scripts can run
 * (`scriptGraph`), or undefined when that is not known or it has an inline
 * script or island: then rules for classes and elements it does not have yet
 * stay, and its tokens are left as they are. Otherwise they are fitted to the
 * page, minding `sheets`, the text of its linked stylesheets. Empty `<style>`
 * elements are removed.
 */
export function withPageCss(
  html: string,
  scripts: readonly string[] | undefined,
  sheets: readonly string[] = [],
): string {
  const scriptMarkup = scripts === undefined || scripts.some(mayChangeMarkup);
  const page = pageParts(html, scriptMarkup);
  const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1]!);
  let index = 0;
  return html.replace(/<style\b([^>]*)>([\s\S]*?)<\/style>/gi, (_all, attributes: string, css: string) => {
    // The page's other styles count as elsewhere: a token may be set in one and read in another.
    const others = styles.filter((_s, i) => i !== index);
    index += 1;
    let pruned = pruneCss(css, page);
    if (!scriptMarkup)
      pruned = fitTokens(pruned, [markup(html), ...sheets, ...scripts, ...others].join('\n'));
    return pruned ? `<style${attributes}>${pruned}</style>` : '';
  });
}
