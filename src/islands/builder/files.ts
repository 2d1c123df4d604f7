/** Saving a generated file to the person's device, without any server. */

/** A file to download. */
export interface DownloadFile {
  /** The file name offered to the person. */
  fileName: string;
  /** The MIME type with charset. */
  mime: string;
  /** The file's text. */
  text: string;
}

/** Offers a file for download through a temporary object URL. */
export function saveFile(file: DownloadFile): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}
