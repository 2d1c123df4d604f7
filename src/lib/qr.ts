/**
 * QR codes as self-contained SVG: a white square with the dark modules as one
 * path, a quiet zone of four modules, no external references and no script.
 * The encoding is done by `uqr` (a port of Project Nayuki's reference
 * encoder); this module only draws it. Used on the server and in the browser.
 */
import { encode } from 'uqr';

/** How the QR code is drawn. */
export interface QrOptions {
  /** What a screen reader says for the image. */
  label?: string;
  /** Error correction: M (15 %) survives a crease or a smudge on paper. */
  ecc?: 'L' | 'M' | 'Q' | 'H';
  /** Class names for the `<svg>` element, for styling. */
  className?: string;
}

/** The quiet zone around the code, in modules, as the standard asks. */
export const QR_QUIET_ZONE = 4;

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for an XML attribute value. */
function attr(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** The dark modules of the QR code for some text (as UTF-8 bytes), row by row, without a quiet zone. */
export function qrMatrix(text: string, ecc: QrOptions['ecc'] = 'M'): boolean[][] {
  // Bytes, so that every letter (æ, ø, å, emoji) is UTF-8, and lone surrogates become U+FFFD.
  const bytes = Array.from(new TextEncoder().encode(text));
  return encode(bytes, { ecc, border: 0 }).data;
}

/**
 * A QR code for the text as an SVG string: `<svg xmlns viewBox role="img" aria-label>`,
 * a white background and one `<path>` of the dark modules, each row's runs merged.
 */
export function qrSvg(text: string, options: QrOptions = {}): string {
  const matrix = qrMatrix(text, options.ecc);
  const size = matrix.length + QR_QUIET_ZONE * 2;
  let d = '';
  matrix.forEach((row, y) => {
    for (let x = 0; x < row.length; x += 1) {
      if (!row[x]) continue;
      let run = 1;
      while (row[x + run]) run += 1;
      d += `M${x + QR_QUIET_ZONE} ${y + QR_QUIET_ZONE}h${run}v1h-${run}z`;
      x += run - 1;
    }
  });
  const label = attr(options.label ?? 'QR code');
  const className = options.className ? ` class="${attr(options.className)}"` : '';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" role="img" aria-label="${label}"` +
    `${className} shape-rendering="crispEdges">` +
    `<rect width="${size}" height="${size}" fill="#fff"/><path fill="#000" d="${d}"/></svg>`
  );
}
