/**
 * The charter as plain text, to paste into an e-mail or a chat: headings
 * underlined, "- " bullets, labelled lines and lines to sign on.
 *
 * Every line the group wrote is indented under its heading or label (or
 * follows a "- " bullet), so typed text can never look like a heading or an
 * underline. The group's text is otherwise kept as written (right-to-left
 * text, bidi controls, combining marks and emoji included); only ASCII
 * control characters are removed.
 */
import type { Charter, CharterCell } from '../charter.ts';
import { graphemeCount, stripControls } from '../text.ts';
import { crisisLine, walkCharter, type TextFormat } from './walk.ts';

/** The longest underline under a heading, in characters. */
const MAX_UNDERLINE = 72;

/** How far the group's own lines are indented. */
const INDENT = '  ';

function clean(text: string): string {
  return stripControls(text).trim();
}

/** Text on one line: each line break and the spaces around it become one space. */
function oneLine(text: string): string {
  return clean(text).replace(/[ \t]*\n[ \t\n]*/g, ' ');
}

/** Every line of the text indented (empty lines stay empty). */
function indentAll(text: string): string {
  return clean(text)
    .split('\n')
    .map((line) => (line.trim() === '' ? '' : `${INDENT}${line.trim()}`))
    .join('\n');
}

/** A list item; later lines of the text are indented to stay under the bullet. */
function bullet(text: string): string {
  return `- ${clean(text)
    .split('\n')
    .map((line) => line.trim())
    .join(`\n${INDENT}`)}`;
}

function underline(text: string, mark: '=' | '-'): string {
  const title = oneLine(text);
  return `${title}\n${mark.repeat(Math.max(3, Math.min(MAX_UNDERLINE, graphemeCount(title))))}`;
}

/** A label and a value: the group's own value on the lines below, indented; ours after the label. */
function labelled(label: string, value: string, own: boolean): string {
  return own ? `${oneLine(label)}:\n${indentAll(value)}` : `${oneLine(label)}: ${oneLine(value)}`;
}

function cells(row: CharterCell[]): string {
  return row.map((cell) => oneLine(cell.text)).join(' — ');
}

const TEXT: TextFormat = {
  title: (text) => underline(text, '='),
  subtitle: (text) => clean(text),
  section: (heading, blocks) => [underline(heading, '-'), ...blocks].join('\n\n'),
  rows: (rows) => rows.map((row) => labelled(row.label, row.value, row.own)).join('\n'),
  rules: (themes) =>
    themes
      .map((theme) => [`${oneLine(theme.heading)}:`, ...theme.rules.map((r) => bullet(r.text))].join('\n'))
      .join('\n\n'),
  paragraph: (block) => (block.own ? indentAll(block.text) : clean(block.text)),
  list: (block) => block.items.map((item) => bullet(item.text)).join('\n'),
  table: (block) => {
    if (block.table === 'signatures') {
      const [name = '', signature = '', date = ''] = block.head.map(oneLine);
      const line = `${name}: ____________________  ${signature}: ____________________  ${date}: __________`;
      return block.rows.map(() => line).join('\n\n');
    }
    const head = block.head.map(oneLine);
    const rows = block.rows.map((row) =>
      block.table === 'rota'
        ? bullet(
            `${oneLine(row[0]?.text ?? '')}: ${row
              .slice(1)
              .map((cell, i) => `${head[i + 1] ?? ''}: ${oneLine(cell.text)}`)
              .join('; ')}`,
          )
        : bullet(cells(row)),
    );
    // The outline lists its column headings first: "Part — Minutes".
    const heads = block.table === 'outline' ? [head.join(' — ')] : [];
    return [...heads, ...rows, ...(block.foot ? [clean(block.foot)] : [])].join('\n');
  },
  crisis: (crisis) =>
    [
      ...(crisis.heading ? [clean(crisis.heading)] : []),
      ...crisis.lines.map((l) => bullet(crisisLine(l, crisis.chatLabel))),
      ...(crisis.elsewhere ? [clean(crisis.elsewhere)] : []),
    ].join('\n'),
  footer: (text) => clean(text),
  join: (parts) => `${parts.filter((p) => p !== '').join('\n\n')}\n`,
};

/** The charter as plain text. */
export function charterToText(charter: Charter): string {
  return walkCharter(charter, TEXT);
}
