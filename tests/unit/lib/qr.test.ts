import { describe, expect, it } from 'vitest';
import { QR_QUIET_ZONE, qrMatrix, qrSvg } from '../../../src/lib/qr.ts';
import { buildCentreLink } from '../../../src/lib/centre-link.ts';
import { decodeSvg, svgModules } from '../../support/qr-decode.ts';

const origin = 'https://groundwork.example.org';
const longLink = `${origin}${buildCentreLink('/selvhjelp/', {
  lang: 'nb',
  preset: 'rehab-centre',
  centre: 'Solvang rehabiliteringssenter, avdeling for arbeid og helse, Sørlandet',
  starter: 'Kari Nordmann-Åsheim',
  contact: 'kari.nordmann-asheim@solvang-rehabilitering.example.no',
})}`;

describe('qrSvg decodes back to its text', () => {
  it('has a long link of about 300 characters among the cases', () => {
    expect(longLink.length).toBeGreaterThan(250);
    expect(longLink.length).toBeLessThan(400);
  });

  it.each([
    ['a short link', `${origin}/en/builder/`],
    ['a link with a preset', `${origin}/en/builder/?preset=rehab-centre`],
    ['Norwegian letters, raw (UTF-8)', 'Blåbærveien 5, Ærøy – Gruppa på Solvang'],
    ['Norwegian letters, in a link', `${origin}/nb/builder/?centre=Sørlandet sykehus&starter=Åse Ødegård`],
    ['emoji', 'Velkommen 👋🏽 til gruppa'],
    ['digits only', '116123'],
    ['upper-case letters and digits', 'HTTPS://EXAMPLE.ORG/EN/'],
    ['a long link', longLink],
  ])('%s', (_name, text) => {
    const svg = qrSvg(text);
    expect(decodeSvg(svg)).toBe(text);
  });
});

describe('qrSvg markup', () => {
  const svg = qrSvg('https://example.org/en/', { label: 'QR code: "a" <b> & c' });

  it('is a self-contained SVG image with a label', () => {
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 \d+ \d+" role="img"/);
    expect(svg).toContain('aria-label="QR code: &quot;a&quot; &lt;b&gt; &amp; c"');
    expect(svg.endsWith('</svg>')).toBe(true);
  });

  it('has no script, no external reference and no inline style', () => {
    expect(svg).not.toMatch(/<script|href|url\(|style=|<image|<foreignObject|on\w+=/i);
    // The only address in it is the SVG namespace.
    expect(svg.match(/https?:\/\/[^"]+/g)).toEqual(['http://www.w3.org/2000/svg']);
  });

  it('draws a white background and one path of dark modules', () => {
    expect(svg.match(/<rect\b/g)).toHaveLength(1);
    expect(svg.match(/<path\b/g)).toHaveLength(1);
    expect(svg).toContain('fill="#fff"');
    expect(svg).toContain('fill="#000"');
  });

  it('leaves a quiet zone of four modules on every side', () => {
    const matrix = qrMatrix('https://example.org/en/');
    const { size, dark } = svgModules(svg);
    expect(QR_QUIET_ZONE).toBe(4);
    expect(size).toBe(matrix.length + 8);
    for (let i = 0; i < size; i += 1) {
      for (const edge of [0, 1, 2, 3, size - 4, size - 3, size - 2, size - 1]) {
        expect(dark[edge]![i]).toBe(false);
        expect(dark[i]![edge]).toBe(false);
      }
    }
    // The finder pattern's corner sits right inside the quiet zone.
    expect(dark[4]![4]).toBe(true);
  });

  it('draws the same modules as the matrix', () => {
    const matrix = qrMatrix('https://example.org/en/');
    const { dark } = svgModules(svg);
    matrix.forEach((row, y) => row.forEach((on, x) => expect(dark[y + 4]![x + 4]).toBe(on)));
  });

  it('puts a class on the svg element when asked, escaped', () => {
    expect(qrSvg('x', { className: 'qr "big"' })).toContain('class="qr &quot;big&quot;"');
  });

  it('encodes a lone surrogate as the replacement character instead of throwing', () => {
    expect(decodeSvg(qrSvg('a\uD800b'))).toBe('a\uFFFDb');
  });

  it('gets larger as the text gets longer', () => {
    expect(qrMatrix('https://example.org/').length).toBeLessThan(qrMatrix(longLink).length);
  });
});
