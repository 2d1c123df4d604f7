/**
 * The charter as one self-contained HTML file, to keep, print or send. It
 * loads nothing and runs nothing: its own Content-Security-Policy forbids
 * scripts and every remote load, the styles are inline, and there are no
 * links at all, so the group's text can never become one.
 *
 * Every piece of text goes through {@link escapeHtml}; attribute values are
 * constants (or the escaped language code).
 */
import type { Charter } from './charter.ts';
import { crisisLineText, isEmptyText, ownWordsLabel, stripControls } from './export-common.ts';

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

// Print-friendly on A4 and Letter, readable on a phone; system fonts only.
const STYLE = `
@page { margin: 18mm; }
:root { color-scheme: light; }
html { font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif; font-size: 100%; line-height: 1.5; color: #1a1a1a; background: #fff; }
body { margin: 0 auto; max-width: 46rem; padding: 1.5rem 1rem 3rem; overflow-wrap: anywhere; word-break: normal; }
h1 { font-size: 1.9rem; line-height: 1.2; margin: 0 0 0.25rem; }
h2 { font-size: 1.3rem; line-height: 1.3; margin: 1.75rem 0 0.5rem; break-after: avoid; }
h3 { font-size: 1.1rem; line-height: 1.3; margin: 1.25rem 0 0.4rem; break-after: avoid; }
h1, dd, li, p, td { white-space: pre-line; }
.subtitle { margin: 0 0 1rem; color: #444; }
dl { display: grid; grid-template-columns: minmax(6rem, 14rem) minmax(0, 1fr); gap: 0.3rem 1rem; margin: 0; }
dt { font-weight: 600; }
dd { margin: 0; }
ul { padding-inline-start: 1.4rem; }
li { margin-block: 0.3rem; break-inside: avoid; }
.own { font-size: 0.85em; font-style: italic; color: #555; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
th, td { border: 1px solid #777; padding: 0.35rem 0.5rem; text-align: start; vertical-align: top; }
th { background: #f1f1f1; }
tr { break-inside: avoid; }
tfoot td { font-weight: 600; }
.outline th:last-child, .outline td:last-child { width: 9rem; }
.signatures td { height: 12mm; }
.crisis { margin-top: 2rem; padding: 0.75rem 1rem; border: 2px solid #1a1a1a; border-radius: 6px; break-inside: avoid; }
.crisis h2 { margin-top: 0; font-size: 1.1rem; }
.crisis ul { padding-inline-start: 1.2rem; }
footer { margin-top: 2rem; font-size: 0.85rem; color: #555; }
@media (max-width: 30rem) { dl { display: block; } dd { margin-bottom: 0.5rem; } }
@media print { body { max-width: none; padding: 0; font-size: 11pt; } th { background: none; } }
`.trim();

function section(heading: string, body: string): string {
  return `<section>\n<h2>${escapeHtml(heading)}</h2>\n${body}\n</section>`;
}

function paragraph(text: string): string {
  return `<p dir="auto">${escapeHtml(text)}</p>`;
}

function definitions(items: { label: string; value: string }[]): string {
  const rows = items.map(
    (i) => `<dt>${escapeHtml(i.label)}</dt>\n<dd dir="auto">${escapeHtml(i.value)}</dd>`,
  );
  return `<dl>\n${rows.join('\n')}\n</dl>`;
}

function rulesSection(charter: Charter): string {
  const own = escapeHtml(ownWordsLabel(charter));
  const themes = charter.themes.map((theme) => {
    const items = theme.rules.map((rule) =>
      rule.own
        ? `<li><bdi>${escapeHtml(rule.text)}</bdi> <span class="own">${own}</span></li>`
        : `<li>${escapeHtml(rule.text)}</li>`,
    );
    return `<h3>${escapeHtml(theme.heading)}</h3>\n<ul>\n${items.join('\n')}\n</ul>`;
  });
  return section(charter.labels.rules, themes.join('\n'));
}

function outlineTable(charter: Charter): string {
  const rows = charter.outline.map(
    (o) => `<tr><td dir="auto">${escapeHtml(o.label)}</td><td>${escapeHtml(o.minutes)}</td></tr>`,
  );
  return [
    '<table class="outline">',
    `<thead><tr><th scope="col">${escapeHtml(charter.labels.part)}</th><th scope="col">${escapeHtml(charter.labels.minutes)}</th></tr></thead>`,
    `<tbody>\n${rows.join('\n')}\n</tbody>`,
    !isEmptyText(charter.outlineTotal)
      ? `<tfoot><tr><td colspan="2">${escapeHtml(charter.outlineTotal)}</td></tr></tfoot>`
      : '',
    '</table>',
  ]
    .filter(Boolean)
    .join('\n');
}

function signatureTable(charter: Charter): string {
  const { name, signature, date } = charter.labels;
  const row = '<tr><td></td><td></td><td></td></tr>';
  return [
    '<table class="signatures">',
    `<thead><tr><th scope="col">${escapeHtml(name)}</th><th scope="col">${escapeHtml(signature)}</th><th scope="col">${escapeHtml(date)}</th></tr></thead>`,
    `<tbody>\n${Array.from({ length: charter.signatureRows }, () => row).join('\n')}\n</tbody>`,
    '</table>',
  ].join('\n');
}

function crisisBox(charter: Charter): string {
  const { lines, fallback } = charter.crisis;
  const items = lines.map((line) => `<li>${escapeHtml(crisisLineText(line))}</li>`);
  return [
    '<aside class="crisis">',
    `<h2>${escapeHtml(charter.labels.crisis)}</h2>`,
    items.length > 0 ? `<ul>\n${items.join('\n')}\n</ul>` : '',
    !isEmptyText(fallback) ? `<p>${escapeHtml(fallback)}</p>` : '',
    '</aside>',
  ]
    .filter(Boolean)
    .join('\n');
}

/** The charter as a complete, self-contained HTML document. */
export function charterToHtml(charter: Charter): string {
  const l = charter.labels;
  const body: string[] = [
    `<header>\n<h1 dir="auto">${escapeHtml(charter.title)}</h1>`,
    !isEmptyText(charter.subtitle)
      ? `<p class="subtitle">${escapeHtml(charter.subtitle)}</p>\n</header>`
      : '</header>',
  ];
  if (charter.about.length > 0) body.push(section(l.about, definitions(charter.about)));
  if (charter.details.length > 0) body.push(section(l.details, definitions(charter.details)));
  if (charter.themes.some((th) => th.rules.length > 0)) body.push(rulesSection(charter));
  if (charter.outline.length > 0) body.push(section(l.outline, outlineTable(charter)));
  if (charter.roles.length > 0) {
    const roles = charter.roles.map((r) => `<li dir="auto">${escapeHtml(r)}</li>`);
    body.push(section(l.roles, `<ul>\n${roles.join('\n')}\n</ul>`));
  }
  if (!isEmptyText(charter.absence)) body.push(section(l.absence, paragraph(charter.absence)));
  if (!isEmptyText(charter.whenBroken)) body.push(section(l.whenBroken, paragraph(charter.whenBroken)));
  if (!isEmptyText(charter.review)) body.push(section(l.review, paragraph(charter.review)));
  if (!isEmptyText(charter.declaration)) body.push(section(l.declaration, paragraph(charter.declaration)));
  if (charter.signatureRows > 0) body.push(section(l.signatures, signatureTable(charter)));
  if (charter.crisis.lines.length > 0 || !isEmptyText(charter.crisis.fallback)) body.push(crisisBox(charter));

  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(charter.lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${EXPORT_CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(charter.title)}</title>`,
    `<style>\n${STYLE}\n</style>`,
    '</head>',
    '<body>',
    '<main>',
    ...body,
    '</main>',
    !isEmptyText(l.madeWith) ? `<footer>\n<p>${escapeHtml(l.madeWith)}</p>\n</footer>` : '',
    '</body>',
    '</html>',
  ]
    .filter(Boolean)
    .join('\n')
    .concat('\n');
}
