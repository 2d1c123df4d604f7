/**
 * Saving files to the person's device, without any server: the downloads of
 * the review step (made by `src/lib/charter/on-demand/files.ts`, loaded on
 * first use), a member's card as a picture, and the unreadable drafts kept aside.
 */
import type { Charter, Translate } from '../../lib/charter/charter.ts';
import type { DownloadKind } from '../../lib/charter/downloads.ts';
import type { Draft } from '../../lib/charter/draft.ts';

/** A file to download. */
interface DownloadFile {
  /** The file name offered to the person. */
  fileName: string;
  /** The MIME type with charset. */
  mime: string;
  /** The file's text. */
  text: string;
}

/** Offers a file for download through a temporary object URL. */
export function saveFile(file: DownloadFile): void {
  saveBlob(new Blob([file.text], { type: file.mime }), file.fileName);
}

/** Offers data made on the device (a text file, a picture) for download under a name. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Makes one of the review step's files and offers it. `t` is the charter's translator. */
export async function download(
  kind: DownloadKind,
  draft: Draft,
  charter: Charter,
  t: Translate,
): Promise<void> {
  const [{ makeFile }, html] = await Promise.all([
    import('../../lib/charter/on-demand/files.ts'),
    kind === 'html' ? import('./on-demand/html-body.tsx') : undefined,
  ]);
  const file = makeFile(kind, draft, charter, {
    t,
    now: new Date(),
    html: () => {
      if (!html) throw new Error('The HTML renderer did not load');
      return html.renderCharter(charter);
    },
  });
  if (file) saveFile(file);
}

/** Offers the unreadable drafts kept aside as files, exactly as they were stored. */
export function saveAside(drafts: { movedAt: string; raw: string }[]): void {
  drafts.forEach((d, i) => {
    const stamp = d.movedAt.slice(0, 10) || 'unknown-date';
    saveFile({
      fileName: `unreadable-draft-${stamp}-${i + 1}.json`,
      mime: 'application/json;charset=utf-8',
      text: d.raw,
    });
  });
}
