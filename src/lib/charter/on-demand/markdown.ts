/**
 * The charter as Markdown (CommonMark with GFM tables), for a wiki, a shared
 * document or a chat that renders it. The structure (headings, lists,
 * tables) is ours; the group's text stays text.
 *
 * Escaping is kept to what could turn text into markup, so the file stays
 * readable ("We don't pass on anyone's story." gets no backslashes):
 * - anywhere: `\` `` ` `` `*` `_` `~` `[` `]` `<` `|`, and `&` when it would start
 *   an entity such as `&amp;`;
 * - at the start of a line: `#` (heading), `>` (quote), `-` `+` (list),
 *   `1.` `1)` (numbered list), and lines of only `=` or `-` (underlines);
 * - at the end of a line: `#` after a space (a heading would drop it as its closing sequence);
 * - what a renderer might turn into a link by itself (web and e-mail
 *   addresses, bare domains such as `solvang.no`): every `@`, and the `.` and
 *   `:` inside them.
 * Spaces at the start and end of each line go (so nothing becomes a code
 * block or a hard break), and empty lines go (so nothing starts a new block).
 */
import { stripControls } from '../text.ts';
import type { Charter } from '../charter.ts';
import { crisisLine, walkCharter, type TextFormat } from './walk.ts';

const ANYWHERE = /[\\`*_~[\]<|]/g;
const ENTITY = /&(?=#?[A-Za-z0-9]+;)/g;
// Any @ (e-mail addresses), a dot between letters or digits or after "www" (domains, file names), a
// colon before "//" (web addresses).
const LINKY = /([\p{L}\p{N}])(\.)(?=[\p{L}\p{N}])|(www)(\.)|@|:(?=\/\/)/giu;
const LINE_START = /^(?:#|>|[-+](?=\s|$))/;
const UNDERLINE = /^(?:=+|-+)$/;

/** Makes one line of the group's text safe as Markdown inline text. */
function escapeLine(line: string): string {
  const trimmed = line.replace(/^[ \t]+|[ \t]+$/g, '');
  if (UNDERLINE.test(trimmed)) return `\\${trimmed}`;
  const escaped = trimmed
    .replace(ANYWHERE, '\\$&')
    .replace(ENTITY, '\\&')
    .replace(LINKY, (m: string, before?: string, dot?: string, www?: string) =>
      before ? `${before}\\${dot}` : www ? `${www}\\.` : `\\${m}`,
    );
  if (LINE_START.test(escaped)) return `\\${escaped}`;
  // "1. " or "1) " would start a numbered list: escape its dot or bracket; " #" at the end would close a heading.
  return escaped.replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2').replace(/(\s)(#+)$/, '$1\\$2');
}

/** How {@link escapeMarkdown} treats line breaks in the text. */
export interface EscapeOptions {
  /** Keep the text's line breaks as hard line breaks (`\` at the end of a line) instead of spaces. */
  lineBreaks?: boolean;
}

/** Makes text safe as Markdown inline text, one line or (with `lineBreaks`) several. */
export function escapeMarkdown(text: string, options: EscapeOptions = {}): string {
  const lines = stripControls(text)
    .split('\n')
    .map(escapeLine)
    .filter((line) => line !== '');
  return lines.join(options.lineBreaks ? '\\\n' : ' ');
}

/** Text that may span lines, indented so its later lines stay inside a list item. */
function lines(text: string, indent = ''): string {
  return escapeMarkdown(text, { lineBreaks: true }).replaceAll('\n', `\n${indent}`);
}

function bullet(text: string): string {
  return `- ${lines(text, '  ')}`;
}

function table(head: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.map((c) => escapeMarkdown(c)).join(' | ')} |`;
  return [line(head), `| ${head.map(() => '---').join(' | ')} |`, ...rows.map(line)].join('\n');
}

const MARKDOWN: TextFormat = {
  title: (text) => `# ${escapeMarkdown(text)}`,
  subtitle: (text) => lines(text),
  section: (heading, blocks) => [`## ${escapeMarkdown(heading)}`, ...blocks].join('\n\n'),
  rows: (rows) => rows.map((row) => bullet(`${row.label}: ${row.value}`)).join('\n'),
  rules: (themes) =>
    themes
      .map((theme) =>
        [`### ${escapeMarkdown(theme.heading)}`, theme.rules.map((r) => bullet(r.text)).join('\n')].join(
          '\n\n',
        ),
      )
      .join('\n\n'),
  paragraph: (block) => lines(block.text),
  list: (block) => block.items.map((item) => bullet(item.text)).join('\n'),
  table: (block) =>
    [
      table(
        block.head,
        block.rows.map((row) => row.map((cell) => cell.text)),
      ),
      ...(block.foot ? [lines(block.foot)] : []),
    ].join('\n\n'),
  crisis: (crisis) =>
    [
      ...(crisis.heading ? [lines(crisis.heading)] : []),
      crisis.lines.map((l) => bullet(crisisLine(l, crisis.chatLabel))).join('\n'),
      ...(crisis.elsewhere ? [lines(crisis.elsewhere)] : []),
    ]
      .filter(Boolean)
      .join('\n\n'),
  footer: (text) => `---\n\n${lines(text)}`,
  join: (parts) => `${parts.filter((p) => p !== '').join('\n\n')}\n`,
};

/** The charter as Markdown. */
export function charterToMarkdown(charter: Charter): string {
  return walkCharter(charter, MARKDOWN);
}
