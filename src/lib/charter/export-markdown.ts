/**
 * The charter as Markdown, for a wiki, a shared document or a chat that
 * renders it. The structure (headings, lists, tables) is ours; the text is
 * the group's and stays text: every ASCII punctuation character is
 * backslash-escaped (CommonMark allows that before any of them), so no
 * renderer turns it into a link, an image, HTML, code, emphasis, a heading or
 * a list, and the dots and colons of web and e-mail addresses are broken up
 * so that linkifiers leave them alone.
 */
import type { Charter } from './charter.ts';
import { crisisLineText, isEmptyText, ownWordsLabel, stripControls } from './export-common.ts';

// Every ASCII punctuation character: ! " # $ % & ' ( ) * + , - . / : ; < = > ? @ [ \ ] ^ _ ` { | } ~
const PUNCTUATION = /[!-/:-@[-`{-~]/g;

/** How {@link escapeMarkdown} treats line breaks in the text. */
export interface EscapeOptions {
  /** Keep the text's line breaks as hard line breaks (`\` at the end of a line) instead of spaces. */
  lineBreaks?: boolean;
}

/**
 * Makes text safe as Markdown inline text: control characters removed, every
 * ASCII punctuation character escaped, spaces and tabs at the start and end of
 * each line removed (so nothing becomes a code block), empty lines dropped (so
 * nothing starts a new block), and the remaining lines joined with a space or,
 * with `lineBreaks`, with hard line breaks.
 */
export function escapeMarkdown(text: string, options: EscapeOptions = {}): string {
  const lines = stripControls(text)
    .split('\n')
    .map((line) => line.replace(/^[ \t]+|[ \t]+$/g, '').replace(PUNCTUATION, '\\$&'))
    .filter((line) => line !== '');
  return lines.join(options.lineBreaks ? '\\\n' : ' ');
}

/** Makes text safe inside a Markdown table cell: one line, and `|` escaped along with all other punctuation. */
export function escapeMarkdownCell(text: string): string {
  return escapeMarkdown(text);
}

/** Text that may span lines, indented so its later lines stay inside a list item. */
function block(text: string, indent = ''): string {
  return escapeMarkdown(text, { lineBreaks: true }).replaceAll('\n', `\n${indent}`);
}

function bullet(text: string): string {
  return `- ${block(text, '  ')}`;
}

function heading(level: 1 | 2 | 3, text: string): string {
  return `${'#'.repeat(level)} ${escapeMarkdown(text)}`;
}

function table(head: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [
    line(head.map(escapeMarkdownCell)),
    line(head.map(() => '---')),
    ...rows.map((cells) => line(cells.map(escapeMarkdownCell))),
  ].join('\n');
}

function signatureTable(charter: Charter): string {
  const { name, signature, date } = charter.labels;
  const empty = Array.from({ length: charter.signatureRows }, () => ['', '', '']);
  return table([name, signature, date], empty);
}

/** The charter as Markdown (CommonMark with GFM tables). */
export function charterToMarkdown(charter: Charter): string {
  const l = charter.labels;
  const blocks: string[] = [heading(1, charter.title)];
  if (!isEmptyText(charter.subtitle)) blocks.push(block(charter.subtitle));
  const section = (title: string, ...body: string[]) => blocks.push(heading(2, title), ...body);
  const labelled = (items: { label: string; value: string }[]) =>
    items.map((i) => bullet(`${i.label}: ${i.value}`)).join('\n');

  if (charter.about.length > 0) section(l.about, labelled(charter.about));
  if (charter.details.length > 0) section(l.details, labelled(charter.details));
  if (charter.themes.some((th) => th.rules.length > 0)) {
    const own = ownWordsLabel(charter);
    section(
      l.rules,
      ...charter.themes.flatMap((theme) => [
        heading(3, theme.heading),
        theme.rules.map((r) => bullet(r.own ? `${r.text} ${own}` : r.text)).join('\n'),
      ]),
    );
  }
  if (charter.outline.length > 0) {
    const rows = charter.outline.map((o) => [o.label, o.minutes]);
    section(
      l.outline,
      table([l.part, l.minutes], rows),
      ...(!isEmptyText(charter.outlineTotal) ? [block(charter.outlineTotal)] : []),
    );
  }
  if (charter.roles.length > 0) section(l.roles, charter.roles.map(bullet).join('\n'));
  if (!isEmptyText(charter.absence)) section(l.absence, block(charter.absence));
  if (!isEmptyText(charter.whenBroken)) section(l.whenBroken, block(charter.whenBroken));
  if (!isEmptyText(charter.review)) section(l.review, block(charter.review));
  if (!isEmptyText(charter.declaration)) section(l.declaration, block(charter.declaration));
  if (charter.signatureRows > 0) section(l.signatures, signatureTable(charter));
  const { lines, fallback } = charter.crisis;
  if (lines.length > 0 || !isEmptyText(fallback)) {
    section(
      l.crisis,
      ...(lines.length > 0 ? [lines.map((line) => bullet(crisisLineText(line))).join('\n')] : []),
      ...(!isEmptyText(fallback) ? [block(fallback)] : []),
    );
  }
  if (!isEmptyText(l.madeWith)) blocks.push('---', block(l.madeWith));
  return `${blocks.filter((b) => b !== '').join('\n\n')}\n`;
}
