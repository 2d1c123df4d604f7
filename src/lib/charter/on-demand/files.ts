/**
 * One entry point for every download: the draft itself as `.json` (to open
 * again later), the charter as plain text, HTML or Markdown, the rota as a
 * spreadsheet, and the calendar files. Returns the file's name, type and
 * contents; the island only hands them to the browser.
 */
import type { Charter, Translate } from '../charter.ts';
import type { DownloadKind } from '../downloads.ts';
import type { Draft } from '../draft.ts';
import { encodeDraft } from './codec.ts';
import { rotaToCsv } from './csv.ts';
import { safeFileName } from './file-name.ts';
import { charterHtmlFile } from './html-file.ts';
import { meetingsIcs, reviewIcs } from './ics.ts';
import { charterToMarkdown } from './markdown.ts';
import { charterToText } from './plain-text.ts';

/** A file ready to download. */
export interface DownloadFile {
  /** A safe file name from the group's name, such as `tirsdagsgruppa-på-solvang.md`. */
  fileName: string;
  /** The media type with its character set. */
  mime: string;
  /** The file's contents. */
  text: string;
}

/** What some files need besides the draft and the charter. */
export interface FileContext {
  /** The charter's strings, for the calendar files' titles. */
  t: Translate;
  /** The rendered `CharterDocument` and its stylesheet, for the `.html` file. */
  html: () => { body: string; css: string };
  /** The time the file is made, for the calendar files. */
  now: Date;
}

/** Builds one download; undefined when the draft lacks what the file needs (members, a date). */
export function makeFile(
  kind: DownloadKind,
  draft: Draft,
  charter: Charter,
  context: FileContext,
): DownloadFile | undefined {
  const name = charter.title;
  const file = (
    ext: 'json' | 'txt' | 'html' | 'md' | 'csv' | 'ics',
    mime: string,
    text: string,
    suffix = '',
  ) =>
    text
      ? { fileName: safeFileName(suffix ? `${name} ${suffix}` : draft.group.name, ext), mime, text }
      : undefined;
  switch (kind) {
    case 'json':
      return file('json', 'application/json;charset=utf-8', encodeDraft(draft));
    case 'txt':
      return file('txt', 'text/plain;charset=utf-8', charterToText(charter));
    case 'md':
      return file('md', 'text/markdown;charset=utf-8', charterToMarkdown(charter));
    case 'html':
      return file('html', 'text/html;charset=utf-8', charterHtmlFile({ charter, ...context.html() }));
    case 'csv':
      return charter.rota
        ? file(
            'csv',
            'text/csv;charset=utf-8',
            rotaToCsv(charter.rota, charter.rotaHeads, charter.rotaHeads.roles),
            'rota',
          )
        : undefined;
    case 'ics-review':
      return file(
        'ics',
        'text/calendar;charset=utf-8',
        reviewIcs({
          uid: `${draft.id}-review@groundwork`,
          date: draft.review.date,
          summary: context.t('builder.calendar.reviewSummary', { name }),
          description: context.t('builder.calendar.reviewDescription'),
          now: context.now,
        }),
        'review',
      );
    case 'ics-meetings':
      return file(
        'ics',
        'text/calendar;charset=utf-8',
        meetingsIcs({
          uid: `${draft.id}-meetings@groundwork`,
          startDate: draft.group.startDate,
          startTime: draft.group.startTime,
          minutes: draft.group.meetingMinutes,
          frequency: draft.group.frequency,
          count: draft.rota.meetings,
          summary: context.t('builder.calendar.meetingSummary', { name }),
          location: draft.group.place,
          description: charter.subtitle,
          now: context.now,
        }),
        'meetings',
      );
  }
}
