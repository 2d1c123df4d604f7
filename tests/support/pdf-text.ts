/** Reads the text of a PDF, page by page, with pdf.js, so tests can check what a printout says and how large. */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** A piece of text on a printed page and its font size in points. */
export interface PdfRun {
  /** The text. */
  text: string;
  /** The font size in points, from the text's matrix (one decimal). */
  size: number;
}

/** Every page of a PDF: its text with whitespace collapsed, and its runs of text with their sizes. */
export async function pdfRead(data: Uint8Array): Promise<{ text: string; runs: PdfRun[] }[]> {
  const task = getDocument({ data, useSystemFonts: false });
  const doc = await task.promise;
  const pages: { text: string; runs: PdfRun[] }[] = [];
  for (let n = 1; n <= doc.numPages; n += 1) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    const runs: PdfRun[] = [];
    for (const item of content.items) {
      if (!('str' in item) || item.str.trim() === '') continue;
      const [, , c = 0, d = 0] = item.transform as number[];
      runs.push({ text: item.str, size: Math.round(Math.hypot(c, d) * 10) / 10 });
    }
    const text = content.items.map((item) => ('str' in item ? item.str : '')).join(' ');
    pages.push({ text: text.replace(/\s+/g, ' ').trim(), runs });
  }
  await task.destroy();
  return pages;
}

/** The text of every page of a PDF, whitespace collapsed. */
export async function pdfPages(data: Uint8Array): Promise<string[]> {
  return (await pdfRead(data)).map((page) => page.text);
}

/** The smallest font size on any page, in points (Infinity for a PDF without text). */
export function smallestSize(pages: { runs: PdfRun[] }[]): number {
  return Math.min(...pages.flatMap((page) => page.runs.map((run) => run.size)));
}

/** Collapses whitespace so that text broken across lines still matches. */
export function squash(text: string): string {
  return text.replace(/\s+/g, '');
}
