/**
 * One walk over the charter model for the text files (`.md`, `.txt`): the
 * title, every section with its heading and blocks, and the footer. Each
 * file format gives one function per kind of block; the type checker makes
 * sure every kind has one, so a new kind of block or a new section reaches
 * every file.
 */
import type { CrisisLine, CrisisModel } from '../../crisis.ts';
import type { Block, Charter, CharterRow, CharterTheme } from '../charter.ts';

/** How one text format writes each part of the charter. */
export interface TextFormat {
  /** The charter's title (the group's name, typed by the group). */
  title: (text: string) => string;
  /** The line under the title. */
  subtitle: (text: string) => string;
  /** A section: its heading and its rendered blocks. */
  section: (heading: string, blocks: string[]) => string;
  /** Labelled rows. */
  rows: (rows: CharterRow[]) => string;
  /** The rules, theme by theme. */
  rules: (themes: CharterTheme[]) => string;
  /** A paragraph. */
  paragraph: (block: Extract<Block, { kind: 'paragraph' }>) => string;
  /** A list. */
  list: (block: Extract<Block, { kind: 'list' }>) => string;
  /** A table. */
  table: (block: Extract<Block, { kind: 'table' }>) => string;
  /** The crisis box's contents. */
  crisis: (crisis: CrisisModel) => string;
  /** The line at the end. */
  footer: (text: string) => string;
  /** Joins the title, the sections and the footer into the file. */
  join: (parts: string[]) => string;
}

function block(format: TextFormat, b: Block): string {
  switch (b.kind) {
    case 'rows':
      return format.rows(b.rows);
    case 'rules':
      return format.rules(b.themes);
    case 'paragraph':
      return format.paragraph(b);
    case 'list':
      return format.list(b);
    case 'table':
      return format.table(b);
    case 'crisis':
      return format.crisis(b.crisis);
  }
}

/** Writes the whole charter in one text format. */
export function walkCharter(charter: Charter, format: TextFormat): string {
  return format.join([
    format.title(charter.title),
    format.subtitle(charter.subtitle),
    ...(charter.agreement ? [format.subtitle(charter.agreement)] : []),
    ...charter.sections.map((s) =>
      format.section(
        s.heading,
        s.blocks.map((b) => block(format, b)),
      ),
    ),
    format.footer(charter.footer),
  ]);
}

/** A crisis line as text: "113: Medical emergency. Call when a life is in danger. Chat: soschat.no". */
export function crisisLine(line: CrisisLine, chatLabel: string): string {
  return [
    line.phone,
    line.name && `: ${line.name}.`,
    line.when && ` ${line.when}`,
    line.chat && ` ${chatLabel} ${line.chat.label}`,
  ]
    .filter(Boolean)
    .join('');
}
