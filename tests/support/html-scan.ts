/**
 * A strict reader for the HTML the charter export writes, for tests. It
 * follows the HTML tokenizer for tags and attributes, but is stricter than a
 * browser: any `<` that does not open or close a tag, any comment and any character reference other than the five the
 * exporter writes is reported as a problem. So text that was not escaped
 * cannot slip through as "just text".
 */

/** One start tag as read. */
export interface ScannedElement {
  /** Lower-case tag name. */
  name: string;
  /** Attributes by lower-case name, values decoded. */
  attrs: Record<string, string>;
}

/** What {@link scanHtml} found. */
export interface Scan {
  /** Every start tag, in order. */
  elements: ScannedElement[];
  /** Every end tag name, in order. */
  ends: string[];
  /** The text outside tags (and outside `<style>`), decoded. */
  text: string;
  /** Headings with their level and decoded text. */
  headings: { level: number; text: string }[];
  /** Everything that does not look like escaped output. */
  problems: string[];
}

const REFERENCES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };

function decode(raw: string, problems: string[]): string {
  return raw.replace(/&([^;\s&<]*);?/g, (whole, name: string) => {
    const value = REFERENCES[name];
    if (value === undefined || !whole.endsWith(';')) {
      problems.push(`unexpected character reference ${whole.slice(0, 20)}`);
      return whole;
    }
    return value;
  });
}

const RAW_TEXT = new Set([
  'style',
  'script',
  'textarea',
  'title',
  'xmp',
  'iframe',
  'noembed',
  'noframes',
  'noscript',
]);

/** Reads an HTML document as the exporter writes it. */
export function scanHtml(html: string): Scan {
  const elements: ScannedElement[] = [];
  const ends: string[] = [];
  const problems: string[] = [];
  const texts: string[] = [];
  const headings: { level: number; text: string }[] = [];
  let heading: { level: number; start: number } | undefined;
  let i = 0;

  const doctype = /^<!doctype html>/i.exec(html);
  if (doctype) i = doctype[0].length;

  const pushText = (raw: string) => {
    texts.push(decode(raw, problems));
  };

  while (i < html.length) {
    const lt = html.indexOf('<', i);
    const end = lt === -1 ? html.length : lt;
    if (end > i) pushText(html.slice(i, end));
    if (lt === -1) break;
    i = lt;
    const next = html[i + 1] ?? '';
    if (next === '/') {
      const m = /^<\/([a-zA-Z][^\s/>]*)\s*>/.exec(html.slice(i, i + 64));
      if (!m?.[1]) {
        problems.push(`stray "</" near ${JSON.stringify(html.slice(i, i + 40))}`);
        i += 2;
        continue;
      }
      const name = m[1].toLowerCase();
      ends.push(name);
      if (heading && name === `h${heading.level}`) {
        headings.push({ level: heading.level, text: texts.slice(heading.start).join('') });
        heading = undefined;
      }
      i += m[0].length;
      continue;
    }
    if (!/[a-zA-Z]/.test(next)) {
      problems.push(`stray "<" near ${JSON.stringify(html.slice(i, i + 40))}`);
      i += 1;
      continue;
    }
    // A start tag: name, then attributes, as the HTML tokenizer reads them.
    let j = i + 1;
    while (j < html.length && !/[\s/>]/.test(html[j]!)) j += 1;
    const name = html.slice(i + 1, j).toLowerCase();
    const attrs: Record<string, string> = {};
    for (;;) {
      while (j < html.length && /[\s/]/.test(html[j]!)) j += 1;
      if (j >= html.length) {
        problems.push(`unclosed tag <${name}`);
        break;
      }
      if (html[j] === '>') {
        j += 1;
        break;
      }
      let k = j + 1;
      while (k < html.length && !/[\s/>=]/.test(html[k]!)) k += 1;
      const attr = html.slice(j, k).toLowerCase();
      j = k;
      while (j < html.length && /\s/.test(html[j]!)) j += 1;
      let value = '';
      if (html[j] === '=') {
        j += 1;
        while (j < html.length && /\s/.test(html[j]!)) j += 1;
        const quote = html[j];
        if (quote === '"' || quote === "'") {
          const close = html.indexOf(quote, j + 1);
          if (close === -1) {
            problems.push(`unclosed attribute ${attr}`);
            j = html.length;
            break;
          }
          value = decode(html.slice(j + 1, close), problems);
          j = close + 1;
        } else {
          let k2 = j;
          while (k2 < html.length && !/[\s>]/.test(html[k2]!)) k2 += 1;
          value = decode(html.slice(j, k2), problems);
          problems.push(`unquoted attribute ${attr}`);
          j = k2;
        }
      }
      if (Object.hasOwn(attrs, attr)) problems.push(`duplicate attribute ${attr} on <${name}>`);
      attrs[attr] = value;
    }
    elements.push({ name, attrs });
    i = j;
    const level = /^h([1-6])$/.exec(name);
    if (level) heading = { level: Number(level[1]), start: texts.length };
    if (RAW_TEXT.has(name)) {
      // Raw and escapable raw text runs to the matching end tag; only <title> holds text we wrote.
      // Search case-insensitively without lower-casing the document: some letters (İ) change length when lowered.
      const end = new RegExp(`</${name}`, 'gi');
      end.lastIndex = i;
      const close = end.exec(html)?.index ?? -1;
      const content = html.slice(i, close === -1 ? html.length : close);
      if (name === 'title') pushText(content);
      else if (name !== 'style') problems.push(`<${name}> element`);
      i = close === -1 ? html.length : close;
    }
  }
  return { elements, ends, text: texts.join(''), headings, problems };
}

/** The policy the export must carry, written out here so the test does not trust the module. */
export const CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/** Elements the charter document and its file write, each with the attributes (and values) it may carry. */
export const ALLOWED: Record<string, Record<string, RegExp>> = {
  html: { lang: /^(en|nb)$/ },
  head: {},
  meta: {
    charset: /^utf-8$/,
    'http-equiv': /^Content-Security-Policy$/,
    name: /^viewport$/,
    content: /^(width=device-width, initial-scale=1|default-src 'none'; .*)$/,
  },
  title: {},
  style: {},
  body: {},
  main: {},
  article: { class: /^charter( [a-z-]+)*$/, lang: /^(en|nb)$/, id: /^[a-z-]+$/ },
  header: { class: /^charter-head$/ },
  section: { class: /^charter-block charter-[a-zA-Z]+$/ },
  aside: { class: /^crisis-box( charter-crisis)?$/, 'data-pagefind-ignore': /^(true)?$/ },
  h1: { class: /^charter-title$/, dir: /^auto$/ },
  h2: { class: /^(charter-title|crisis-box-title)$/, dir: /^auto$/ },
  h3: { class: /^crisis-box-title$/ },
  h4: {},
  p: {
    class:
      /^(charter-subtitle|charter-agreed|charter-made|charter-foot|crisis-box-where|crisis-box-elsewhere|crisis-box-more|pre)$/,
    dir: /^auto$/,
  },
  dl: { class: /^charter-rows$/ },
  div: { class: /^charter-theme$/ },
  dt: {},
  dd: { dir: /^auto$/ },
  ul: { class: /^charter-rule-list$/ },
  li: { class: /^charter-rule( is-active)?$/, dir: /^auto$/, 'data-rule-key': /^[a-z0-9-]+$/ },
  bdi: {},
  strong: {},
  span: { class: /^(own|crisis-box-when)$/ },
  table: { class: /^charter-table charter-table-(outline|signatures|rota)$/ },
  thead: {},
  tbody: {},
  tr: {},
  th: { scope: /^(col|row)$/, dir: /^auto$/ },
  td: { dir: /^auto$/ },
  a: { href: /^(tel:\+?[0-9]+|https:\/\/[^\s"]+)$/ },
  // The easy-read layout's theme pictures: one image each, with its text alternative, drawn in plain shapes.
  svg: {
    class: /^charter-picture$/,
    viewbox: /^0 0 48 48$/,
    role: /^img$/,
    'aria-label': /^[\p{L} ,.'’-]{1,60}$/u,
  },
  g: {
    fill: /^none$/,
    stroke: /^currentColor$/,
    'stroke-width': /^[0-9]+$/,
    'stroke-linecap': /^round$/,
    'stroke-linejoin': /^round$/,
    transform: /^rotate\(-?[0-9]+ [0-9]+ [0-9]+\)$/,
  },
  path: { d: /^[MmLlHhVvAaCcSsZz0-9 .,-]+$/ },
  rect: { x: /^[0-9]+$/, y: /^[0-9]+$/, width: /^[0-9]+$/, height: /^[0-9]+$/, rx: /^[0-9]+$/ },
  circle: { cx: /^[0-9]+$/, cy: /^[0-9]+$/, r: /^[0-9]+$/, fill: /^currentColor$/ },
};

/** Every way the HTML scan breaks the allow-list; empty when the output is only what the app writes. */
export function htmlViolations(
  html: string,
  scan: Scan = scanHtml(html),
  options: { file?: boolean; links?: boolean } = { file: true },
): string[] {
  const out = [...scan.problems];
  if (/<script/i.test(html)) out.push('<script');
  for (const el of scan.elements) {
    const allowed = ALLOWED[el.name];
    if (!allowed) {
      out.push(`element <${el.name}>`);
      continue;
    }
    for (const [name, value] of Object.entries(el.attrs)) {
      if (/^on/i.test(name) || /^(src|srcset|action|formaction|style|xlink:href)$/.test(name)) {
        out.push(`attribute ${name} on <${el.name}>`);
      } else if (!allowed[name]?.test(value)) {
        out.push(`attribute ${name}="${value.slice(0, 40)}" on <${el.name}>`);
      }
    }
  }
  if (options.file) {
    const csp = scan.elements.filter((e) => e.name === 'meta' && e.attrs['http-equiv'] !== undefined);
    if (csp.length !== 1 || csp[0]?.attrs.content !== CSP) out.push('CSP meta missing or changed');
    for (const name of ['html', 'head', 'body', 'title', 'style', 'h1']) {
      const count = scan.elements.filter((e) => e.name === name).length;
      if (count !== 1) out.push(`${count} <${name}> elements`);
    }
  }
  // Links are the crisis numbers on screen only.
  if (!options.links && scan.elements.some((e) => e.name === 'a')) out.push('a link');
  return out;
}
