/** Reads the text of a PDF, page by page, with pdf.js, so tests can check what a printout says. */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** The text of every page of a PDF, whitespace collapsed. */
export async function pdfPages(data: Uint8Array): Promise<string[]> {
  const task = getDocument({ data, useSystemFonts: false });
  const doc = await task.promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n += 1) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    const text = content.items.map((item) => ('str' in item ? item.str : '')).join(' ');
    pages.push(text.replace(/\s+/g, ' ').trim());
  }
  await task.destroy();
  return pages;
}

/** Collapses whitespace so that text broken across lines still matches. */
export function squash(text: string): string {
  return text.replace(/\s+/g, '');
}
