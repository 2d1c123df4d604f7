// Takes screenshots of built pages for a person to look at:
//   node src/tools/screenshot.mjs http://localhost:4321/en/ out.png [width] [--dark] [--pdf] [--viewport]
import { launchBrowser } from './browser.mjs';

const [url, out, width = '390', ...flags] = process.argv.slice(2);
if (!url || !out) {
  console.error(
    'Usage: node src/tools/screenshot.mjs <url> <out.png|out.pdf> [width] [--dark] [--pdf] [--viewport]',
  );
  process.exit(2);
}
const browser = await launchBrowser();
const context = await browser.newContext({
  viewport: { width: Number(width), height: 900 },
  colorScheme: flags.includes('--dark') ? 'dark' : 'light',
});
const page = await context.newPage();
await page.goto(url, { waitUntil: 'networkidle' });
if (flags.includes('--pdf')) {
  await page.pdf({ path: out, format: 'A4', printBackground: true });
} else {
  await page.screenshot({ path: out, fullPage: !flags.includes('--viewport') });
}
await browser.close();
console.log(`wrote ${out}`);
