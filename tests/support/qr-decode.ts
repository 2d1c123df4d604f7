/**
 * Reads a QR code SVG back to text, the way a phone would: draw it to pixels
 * and decode them with jsQR. Shared by the unit tests and the browser tests.
 */
import jsQR from 'jsqr';

/** The modules an SVG from `qrSvg` draws, and its size in modules (quiet zone included). */
export function svgModules(svg: string): { size: number; dark: boolean[][] } {
  const box = /viewBox="0 0 (\d+) (\d+)"/.exec(svg);
  if (!box) throw new Error('The SVG has no viewBox');
  const size = Number(box[1]);
  const d = /<path\b[^>]*\sd="([^"]*)"/.exec(svg)?.[1] ?? '';
  const dark = Array.from({ length: size }, () => Array.from({ length: size }, () => false));
  const runs = [...d.matchAll(/M(\d+) (\d+)h(\d+)v1h-(\d+)z/g)];
  // Every command must be a run this reader understands, or the test would read a different picture.
  if (runs.map((m) => m[0]).join('') !== d)
    throw new Error('The path has commands this reader does not know');
  for (const [, x, y, run] of runs) {
    for (let i = 0; i < Number(run); i += 1) dark[Number(y)]![Number(x) + i] = true;
  }
  return { size, dark };
}

/** Grey pixels (RGBA) of a module matrix, `scale` pixels per module, dark as black on white. */
export function rasterise(dark: boolean[][], scale = 4): { data: Uint8ClampedArray; width: number } {
  const width = dark.length * scale;
  const data = new Uint8ClampedArray(width * width * 4).fill(255);
  for (let py = 0; py < width; py += 1) {
    for (let px = 0; px < width; px += 1) {
      if (dark[Math.floor(py / scale)]![Math.floor(px / scale)]) {
        const i = (py * width + px) * 4;
        data[i] = data[i + 1] = data[i + 2] = 0;
      }
    }
  }
  return { data, width };
}

/** Decodes RGBA pixels as a QR code; the bytes are read as UTF-8. Undefined when there is no code. */
export function decodePixels(data: Uint8ClampedArray, width: number, height = width): string | undefined {
  const code = jsQR(data, width, height, { inversionAttempts: 'dontInvert' });
  if (!code) return undefined;
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(code.binaryData));
}

/** Decodes an SVG from `qrSvg` back to its text. */
export function decodeSvg(svg: string): string | undefined {
  const { dark } = svgModules(svg);
  const { data, width } = rasterise(dark);
  return decodePixels(data, width);
}
