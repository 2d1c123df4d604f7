/**
 * One entry point for every download of a charter: the draft itself as
 * `.json` (to open again later), or the charter as Markdown, HTML or plain
 * text. Returns the file's name, type and contents; the island only hands
 * them to the browser.
 */
import type { Charter } from './charter.ts';
import { encodeDraft } from './codec.ts';
import type { Draft } from './draft.ts';
import { safeFileName } from './export-common.ts';
import { charterToHtml } from './export-html.ts';
import { charterToMarkdown } from './export-markdown.ts';
import { charterToText } from './export-text.ts';

/** The kinds of download. */
export const EXPORT_KINDS = ['json', 'md', 'html', 'txt'] as const;

/** A kind of download. */
export type ExportKind = (typeof EXPORT_KINDS)[number];

/** A file ready to download. */
export interface ExportFile {
  /** A safe file name from the group's name, such as `tirsdagsgruppa-på-solvang.md`. */
  fileName: string;
  /** The media type with its character set. */
  mime: string;
  /** The file's contents. */
  text: string;
}

/** The media type of each kind of download. */
export const EXPORT_MIME: Readonly<Record<ExportKind, string>> = {
  json: 'application/json;charset=utf-8',
  md: 'text/markdown;charset=utf-8',
  html: 'text/html;charset=utf-8',
  txt: 'text/plain;charset=utf-8',
};

/** Builds one download: the draft as JSON, or the charter as Markdown, HTML or plain text. */
export function exportCharter(kind: ExportKind, draft: Draft, charter: Charter): ExportFile {
  const text =
    kind === 'json'
      ? encodeDraft(draft)
      : kind === 'md'
        ? charterToMarkdown(charter)
        : kind === 'html'
          ? charterToHtml(charter)
          : charterToText(charter);
  return { fileName: safeFileName(draft.group.name, kind), mime: EXPORT_MIME[kind], text };
}
