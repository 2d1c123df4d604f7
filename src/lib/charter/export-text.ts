/**
 * The charter as plain text, to paste into an e-mail or a chat: headings
 * underlined, "- " bullets, the outline as "Part — 10 minutes" lines and
 * lines to sign on. The group's text is kept as written (right-to-left text,
 * bidi controls, combining marks and emoji included); only ASCII control
 * characters are removed.
 */
import type { Charter } from './charter.ts';
import { crisisLineText, isEmptyText, ownWordsLabel, stripControls } from './export-common.ts';
import { graphemeCount } from './text.ts';

/** The longest underline under a heading, in characters. */
const MAX_UNDERLINE = 72;

function clean(text: string): string {
  return stripControls(text).trim();
}

/** Text on one line: each line break and the spaces around it become one space. */
function oneLine(text: string): string {
  return clean(text).replace(/[ \t]*\n[ \t\n]*/g, ' ');
}

/** Text under a bullet or label: its later lines indented by two spaces (empty lines stay empty). */
function indented(text: string): string {
  return clean(text).replace(/\n(?=[^\n])/g, '\n  ');
}

function underline(text: string, mark: '=' | '-'): string {
  const title = oneLine(text);
  return `${title}\n${mark.repeat(Math.max(3, Math.min(MAX_UNDERLINE, graphemeCount(title))))}`;
}

/** A list item; later lines of the text are indented to stay under the bullet. */
function bullet(text: string): string {
  return `- ${indented(text)}`;
}

function labelled(label: string, value: string): string {
  return `${clean(label)}: ${indented(value)}`;
}

/** The charter as plain text. */
export function charterToText(charter: Charter): string {
  const l = charter.labels;
  const blocks: string[] = [underline(charter.title, '=')];
  if (!isEmptyText(charter.subtitle)) blocks.push(clean(charter.subtitle));
  const section = (title: string, ...body: string[]) =>
    blocks.push([underline(title, '-'), ...body].join('\n'));

  if (charter.about.length > 0) section(l.about, ...charter.about.map((i) => labelled(i.label, i.value)));
  if (charter.details.length > 0)
    section(l.details, ...charter.details.map((i) => labelled(i.label, i.value)));
  const themes = charter.themes.filter((th) => th.rules.length > 0);
  if (themes.length > 0) {
    const own = ownWordsLabel(charter);
    section(
      l.rules,
      themes
        .map((theme) =>
          [
            `${clean(theme.heading)}:`,
            ...theme.rules.map((r) => bullet(r.own ? `${clean(r.text)} ${own}` : r.text)),
          ].join('\n'),
        )
        .join('\n\n'),
    );
  }
  if (charter.outline.length > 0) {
    section(
      l.outline,
      ...charter.outline.map((o) => `${oneLine(o.label)} — ${oneLine(o.minutes)}`),
      ...(!isEmptyText(charter.outlineTotal) ? [clean(charter.outlineTotal)] : []),
    );
  }
  if (charter.roles.length > 0) section(l.roles, ...charter.roles.map(bullet));
  if (!isEmptyText(charter.absence)) section(l.absence, clean(charter.absence));
  if (!isEmptyText(charter.whenBroken)) section(l.whenBroken, clean(charter.whenBroken));
  if (!isEmptyText(charter.review)) section(l.review, clean(charter.review));
  if (!isEmptyText(charter.declaration)) section(l.declaration, clean(charter.declaration));
  if (charter.signatureRows > 0) {
    const line = `${clean(l.name)}: ____________________  ${clean(l.signature)}: ____________________  ${clean(l.date)}: __________`;
    section(l.signatures, ...Array.from({ length: charter.signatureRows }, () => `\n${line}`));
  }
  const { lines, fallback } = charter.crisis;
  if (lines.length > 0 || !isEmptyText(fallback)) {
    section(
      l.crisis,
      ...lines.map((line) => clean(crisisLineText(line))),
      ...(!isEmptyText(fallback) ? [clean(fallback)] : []),
    );
  }
  if (!isEmptyText(l.madeWith)) blocks.push(clean(l.madeWith));
  return `${blocks.join('\n\n')}\n`;
}
