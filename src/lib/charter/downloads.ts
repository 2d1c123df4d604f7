/**
 * The files a group can download from the review step, in the order they are
 * offered, and which of them the draft has what it needs for. The files are
 * made by `on-demand/files.ts`, which loads only when someone asks for one.
 */
import type { Charter } from './charter.ts';
import type { Draft } from './draft.ts';
import { parseDate } from './rota.ts';

/** Every kind of download. */
export const DOWNLOAD_KINDS = ['json', 'txt', 'html', 'md', 'csv', 'ics-review', 'ics-meetings'] as const;

/** A kind of download. */
export type DownloadKind = (typeof DOWNLOAD_KINDS)[number];

/** Whether the draft has what each download needs: members for the rota, dates for the calendar files. */
export function availableDownloads(draft: Draft, charter: Charter): Record<DownloadKind, boolean> {
  return {
    json: true,
    txt: true,
    html: true,
    md: true,
    csv: charter.rota !== undefined,
    'ics-review': parseDate(draft.review.date) !== undefined,
    'ics-meetings': parseDate(draft.group.startDate) !== undefined,
  };
}
