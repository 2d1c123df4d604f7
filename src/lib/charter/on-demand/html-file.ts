/**
 * The charter as one self-contained HTML file, to keep, print or send. It
 * loads nothing and runs nothing: its own Content-Security-Policy forbids
 * scripts and every remote load, and the styles are inline.
 *
 * The body is the same `CharterDocument` the builder shows, rendered to a
 * string by the caller (the builder's UI layer, which has Preact); this module
 * only wraps it. Preact escapes every piece of text it renders, and the
 * document has no links in its print form, so the group's text can never
 * become markup or a link. Everything this module adds itself goes through
 * {@link escapeHtml}.
 */
import type { Charter } from '../charter.ts';
import { stripControls } from '../text.ts';

/** The file's own policy: no scripts, no requests, no forms, no base URL. */
export const EXPORT_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Makes text safe as HTML text or a quoted attribute value: control characters removed, `& < > " '` escaped. */
export function escapeHtml(text: string): string {
  return stripControls(text).replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

// The file is read on its own, so the page around the document comes with it: readable on a phone,
// print-friendly on A4 and Letter, system fonts only.
const PAGE_STYLE = `
@page { margin: 16mm; }
:root { color-scheme: light; }
html { font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif; font-size: 100%; line-height: 1.5; color: #1a1a1a; background: #fff; }
body { margin: 0 auto; max-width: 46rem; padding: 1.5rem 1rem 3rem; }
@media print { body { max-width: none; padding: 0; font-size: 11pt; } }
`.trim();

/** What the file is made of. */
export interface HtmlFileInput {
  /** The charter, for the file's language and title. */
  charter: Charter;
  /** The rendered `CharterDocument`, as HTML. */
  body: string;
  /** The charter document's stylesheet. */
  css: string;
}

/** The charter as a complete, self-contained HTML document. */
export function charterHtmlFile({ charter, body, css }: HtmlFileInput): string {
  // The stylesheet is ours, never the group's text; a closing tag in it would end the style element early.
  const style = `${PAGE_STYLE}\n${css}`.replace(/<\/style/gi, '<\\/style');
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(charter.lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${EXPORT_CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(charter.documentTitle)}</title>`,
    `<style>\n${style}\n</style>`,
    '</head>',
    '<body>',
    '<main>',
    body,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
