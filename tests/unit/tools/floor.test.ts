/**
 * The physical floor of a page (src/tools/floor.mjs): its <main> in a minimal document, without what
 * serves only the styles or the scripts.
 */
import { describe, expect, test } from 'vitest';
import { floorGzip, floorPage } from '../../../src/tools/floor.mjs';

const page = (main: string) =>
  `<!doctype html><html lang="nb"><head><title>Å starte · Groundwork</title><style>p{color:red}</style></head>` +
  `<body><header>Site</header><main id="main">${main}</main><footer>Foot</footer></body></html>`;

describe('floorPage', () => {
  test('keeps the language, the title and the main content, and nothing of the head, header or footer', () => {
    const floor = floorPage(page('<h1>Å starte</h1><p>Tekst.</p>'))!;
    expect(floor).toBe(
      '<!doctype html><html lang="nb"><meta charset="utf-8">' +
        '<meta name="viewport" content="width=device-width, initial-scale=1">' +
        '<title>Å starte · Groundwork</title><main><h1>Å starte</h1><p>Tekst.</p></main>',
    );
  });

  test('drops the style attributes Astro adds and any script in the main content', () => {
    const floor = floorPage(
      page(
        '<p data-astro-cid-abc12>Tekst.</p><script type="module" src="/_astro/read-aloud.js"></script>' +
          '<script>console.log(1)</script>',
      ),
    )!;
    expect(floor).toContain('<main><p>Tekst.</p></main>');
  });

  test('has no floor without a main element', () => {
    expect(floorPage('<html><body><p>Nothing</p></body></html>')).toBeUndefined();
    expect(floorGzip('<html><body><p>Nothing</p></body></html>')).toBeUndefined();
  });

  test('a script in the main content does not change the floor', () => {
    const plain = floorGzip(page('<p>Tekst.</p>'));
    const withScript = floorGzip(page('<p>Tekst.</p><script type="module" src="/_astro/x.js"></script>'));
    expect(withScript).toBe(plain);
  });
});
