import type { AstroIntegration } from 'astro';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { withPageCss } from '../lib/page-css.ts';

/** Every `.html` file under a folder. */
async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

/** The addresses of a page's scripts, and whether it has inline scripts or islands. */
function scriptsOf(html: string): { sources: string[]; inline: boolean } {
  const sources: string[] = [];
  let inline = /<astro-island\b/.test(html);
  for (const m of html.matchAll(/<script\b([^>]*)>/g)) {
    const src = /\ssrc="([^"]+)"/.exec(m[1]!)?.[1];
    if (src) sources.push(src);
    else if (!/\stype="application\/(?:ld\+)?json"/.test(m[1]!)) inline = true;
  }
  return { sources, inline };
}

/**
 * After the build, removes from each page's inline CSS the rules that cannot
 * match on it (`src/lib/page-css.ts`): styles of components the page does not
 * show, and, on pages that run no script of their own, rules for classes the
 * page does not have. The layout's one script is on every page and only
 * unhides a line of the footer, so it does not count as the page's own.
 * Runs before `own-csp`, which hashes the styles as they are then.
 */
export default function pageCss(): AstroIntegration {
  return {
    name: 'groundwork:page-css',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const pages = await Promise.all(
          (await htmlFiles(outDir)).map(async (file) => ({ file, html: await readFile(file, 'utf8') })),
        );
        const scripts = pages.map(({ html }) => scriptsOf(html));
        // The layout's script: the one every page with a script loads (the 404 and language pages have none).
        const withScripts = scripts.filter((p) => p.sources.length > 0);
        const shared = new Set(
          withScripts[0]?.sources.filter((s) => withScripts.every((p) => p.sources.includes(s))),
        );
        let before = 0;
        let after = 0;
        for (const [i, { file, html }] of pages.entries()) {
          const own = scripts[i]!.inline || scripts[i]!.sources.some((s) => !shared.has(s));
          const next = withPageCss(html, own);
          before += html.length;
          after += next.length;
          if (next !== html) await writeFile(file, next);
        }
        logger.info(
          `each page's own CSS: ${Math.round((before - after) / 1024)} KB of unused rules removed from ${pages.length} pages`,
        );
      },
    },
  };
}
