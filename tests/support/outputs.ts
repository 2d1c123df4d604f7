/**
 * Checks shared by the export tests: the headings a charter must have, and
 * Markdown rendered the way a hostile renderer would (raw HTML on, bare links
 * turned into links).
 */
import MarkdownIt from 'markdown-it';
import type { Charter } from '../../src/lib/charter/charter.ts';
import { stripControls } from '../../src/lib/charter/export-common.ts';
import { isBlank } from '../../src/lib/charter/text.ts';

/** The renderer the Markdown export must survive: raw HTML allowed and bare links turned into links. */
export const md = new MarkdownIt({ html: true, linkify: true });

/** The headings every format must have, in order, from the charter model. */
export function expectedHeadings(c: Charter): { level: number; text: string }[] {
  const l = c.labels;
  const h = (level: number, text: string) => ({ level, text: collapse(stripControls(text)) });
  const has = (text: string) => !isBlank(stripControls(text));
  return [
    h(1, c.title),
    ...(c.about.length > 0 ? [h(2, l.about)] : []),
    ...(c.details.length > 0 ? [h(2, l.details)] : []),
    ...(c.themes.length > 0 ? [h(2, l.rules), ...c.themes.map((th) => h(3, th.heading))] : []),
    ...(c.outline.length > 0 ? [h(2, l.outline)] : []),
    ...(c.roles.length > 0 ? [h(2, l.roles)] : []),
    ...(has(c.absence) ? [h(2, l.absence)] : []),
    ...(has(c.whenBroken) ? [h(2, l.whenBroken)] : []),
    ...(has(c.review) ? [h(2, l.review)] : []),
    ...(has(c.declaration) ? [h(2, l.declaration)] : []),
    ...(c.signatureRows > 0 ? [h(2, l.signatures)] : []),
    ...(c.crisis.lines.length > 0 || has(c.crisis.fallback) ? [h(2, l.crisis)] : []),
  ];
}

/** Text with every run of white space made one space, and trimmed. */
export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Decodes the character references markdown-it and the HTML export write. */
export function decodeEntities(html: string): string {
  return html.replace(
    /&(amp|lt|gt|quot|#39);/g,
    (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e]!,
  );
}

/** Markdown rendered by markdown-it: its tags, headings and visible text. */
export function renderMarkdown(source: string) {
  const html = md.render(source);
  const tags = [...html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9-]*)/g)].map((m) => m[1]!.toLowerCase());
  const headings = [...html.matchAll(/<h([1-6])>([\s\S]*?)<\/h\1>/g)].map((m) => ({
    level: Number(m[1]),
    text: collapse(decodeEntities(m[2]!.replace(/<[^>]*>/g, ' '))),
  }));
  const text = decodeEntities(html.replace(/<[^>]*>/g, ' '));
  return { html, tags, headings, text };
}

/** Tags a rendering of the Markdown export may contain. */
export const MARKDOWN_TAGS = new Set([
  'h1',
  'h2',
  'h3',
  'p',
  'ul',
  'li',
  'br',
  'hr',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
]);

/** How many times a string occurs, without overlaps. */
export function count(haystack: string, needle: string): number {
  if (needle === '') return 0;
  let n = 0;
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + needle.length)) n += 1;
  return n;
}

/** ASCII control characters other than tab and newline. */
// eslint-disable-next-line no-control-regex
export const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F]/;
