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
 * - on pages that run no script of their own (`classes` given), also rules
 *   that need a class no element of the page has. A script could add a class
 *   later, so pages with scripts keep them.
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

/** The page's markup outside its `<style>` elements and comments. */
function markup(html: string): string {
  return html.replace(/<!--[\s\S]*?-->/g, '').replace(/<style\b[^>]*>[\s\S]*?<\/style>/gi, '');
}

/** What a page has: its component ids, and its classes if it runs no script of its own. */
export function pageParts(html: string, ownScript: boolean): PageParts {
  const text = markup(html);
  const cids = new Set([...text.matchAll(/\sdata-astro-cid-([\w-]+)/g)].map((m) => m[1]!));
  if (ownScript) return { cids };
  const classes = new Set(
    [...text.matchAll(/\sclass\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g)].flatMap((m) =>
      (m[1] ?? m[2] ?? m[3] ?? '').split(/\s+/).filter(Boolean),
    ),
  );
  return { cids, classes };
}

/**
 * A built page with its inline `<style>` elements pruned to what can match on
 * it (see above). `ownScript` says whether the page runs scripts of its own
 * (other than the layout's shared one), which could add classes. Empty
 * `<style>` elements are removed.
 */
export function withPageCss(html: string, ownScript: boolean): string {
  const page = pageParts(html, ownScript);
  return html.replace(/<style\b([^>]*)>([\s\S]*?)<\/style>/gi, (_all, attributes: string, css: string) => {
    const pruned = pruneCss(css, page);
    return pruned ? `<style${attributes}>${pruned}</style>` : '';
  });
}
