// Draws the images the site ships in public/ (they are committed, so a build needs no browser):
// the favicon (48 px), the app icons for the web app manifest (192 and 512 px, a maskable 512 px one with the
// safe zone Android crops to, and the 180 px one iOS asks for) and one image per language for
// link previews (1200 × 630 px, the size Open Graph and Twitter cards use), with the site's name
// and tagline from content/site.yaml. Run again after changing the name or the tagline:
//   node src/tools/make-images.mjs
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { launchBrowser } from './browser.mjs';

const site = parse(readFileSync('content/site.yaml', 'utf8'));
const ACCENT = '#1a5c4b';
const PAPER = '#fbfaf6';
const INK = '#1d2125';

/** The favicon's mark (a circle of three people) in a square of `size` px, the mark filling `scale` of it. */
function mark(size, { scale, round }) {
  const r = (size * scale) / 2;
  const c = size / 2;
  const dot = r * 0.2;
  const people = [
    [c, c - r * 0.47],
    [c + r * 0.47, c + r * 0.2],
    [c - r * 0.47, c + r * 0.2],
  ];
  const background = round
    ? `<circle cx="${c}" cy="${c}" r="${r}" fill="${ACCENT}"/>`
    : `<rect width="${size}" height="${size}" fill="${ACCENT}"/>`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">` +
    background +
    people.map(([x, y]) => `<circle cx="${x}" cy="${y}" r="${dot}" fill="${PAPER}"/>`).join('') +
    '</svg>'
  );
}

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The link-preview image for one language: the mark, the site's name and its tagline. */
function shareImage(lang) {
  return `<!doctype html><html lang="${lang}"><body style="margin:0">
  <div style="box-sizing:border-box;width:1200px;height:630px;padding:80px 90px;background:${PAPER};
    color:${INK};font-family:'DejaVu Sans',system-ui,sans-serif;display:flex;flex-direction:column;
    justify-content:center;gap:40px;border-bottom:28px solid ${ACCENT}">
    <div style="display:flex;align-items:center;gap:36px">
      ${mark(150, { scale: 1, round: true })}
      <span style="font-size:96px;font-weight:700;letter-spacing:-1px">${escape(site.name)}</span>
    </div>
    <p style="margin:0;font-size:56px;line-height:1.25;max-width:1000px">${escape(site.tagline[lang])}</p>
  </div></body></html>`;
}

mkdirSync('public/icons', { recursive: true });
const browser = await launchBrowser();
const page = await browser.newPage();
const shots = [
  // The favicon: a small PNG, which a browser decodes at once (an SVG favicon makes Chromium build a
  // whole SVG document on the page's main thread, 15-40 ms on a slow phone, while the page starts).
  {
    out: 'public/icons/favicon-48.png',
    size: 48,
    html: mark(48, { scale: 1, round: true }),
    clear: true,
    quantize: true,
  },
  // Plain icons: the round mark on a clear background, as the favicon.
  { out: 'public/icons/icon-192.png', size: 192, html: mark(192, { scale: 1, round: true }), clear: true },
  { out: 'public/icons/icon-512.png', size: 512, html: mark(512, { scale: 1, round: true }), clear: true },
  // Maskable: a full square, the mark inside the middle 80 % that every mask keeps.
  { out: 'public/icons/maskable-512.png', size: 512, html: mark(512, { scale: 0.62, round: false }) },
  { out: 'public/icons/apple-touch-icon.png', size: 180, html: mark(180, { scale: 0.72, round: false }) },
];
for (const shot of shots) {
  await page.setViewportSize({ width: shot.size, height: shot.size });
  await page.setContent(`<body style="margin:0;background:transparent">${shot.html}</body>`);
  await page.screenshot({ path: shot.out, omitBackground: shot.clear === true });
  // The favicon is fetched again whenever a page changes its address (search does as you type), so
  // it is kept small: 24 colours with their transparency, about 0.5 KB (ImageMagick's convert).
  if (shot.quantize) {
    const options = ['+dither', '-colors', '24', '-define', 'png:compression-level=9', '-strip'];
    execFileSync('convert', [shot.out, ...options, shot.out]);
  }
  console.log(`wrote ${shot.out}`);
}
for (const lang of Object.keys(site.tagline)) {
  await page.setViewportSize({ width: 1200, height: 630 });
  await page.setContent(shareImage(lang));
  const out = `public/share-${lang}.png`;
  await page.screenshot({ path: out });
  console.log(`wrote ${out}`);
}
await browser.close();
