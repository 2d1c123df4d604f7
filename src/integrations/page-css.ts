import type { AstroIntegration } from 'astro';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mayChangeMarkup, scriptGraph, withPageCss } from '../lib/page-css.ts';

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
 * show, and, on pages whose scripts cannot add a class or an element, rules
 * for classes and elements the page does not have. Whether they can is read
 * from the built scripts and every module they import (`scriptGraph`):
 * the layout's script and a guide's read-aloud script only show and hide
 * elements the page has. Inline scripts and islands always count as adding
 * them. Then fits the design tokens to the page (`fitTokens`), minding the
 * page's linked stylesheets and scripts.
 * Runs before `own-csp`, which hashes the styles as they are then.
 */
export default function pageCss(): AstroIntegration {
  let base = '/';
  return {
    name: 'groundwork:page-css',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const pages = await Promise.all(
          (await htmlFiles(outDir)).map(async (file) => ({ file, html: await readFile(file, 'utf8') })),
        );
        const cache = new Map<string, string | undefined>();
        // A built file's text by its site path (with the base), or undefined when it is not one.
        const readAs =
          (ext: string) =>
          (path: string): string | undefined => {
            if (!cache.has(path)) {
              const file = path.startsWith(base) ? join(outDir, path.slice(base.length)) : undefined;
              cache.set(
                path,
                file?.endsWith(ext) && existsSync(file) ? readFileSync(file, 'utf8') : undefined,
              );
            }
            return cache.get(path);
          };
        const read = readAs('.js');
        let before = 0;
        let after = 0;
        let fitted = 0;
        for (const { file, html } of pages) {
          const { sources, inline } = scriptsOf(html);
          const scripts = inline ? undefined : scriptGraph(sources, read);
          const sheets = [...html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*>/g)].flatMap((m) => {
            const href = /\shref="([^"]+)"/.exec(m[0])?.[1];
            // A stylesheet that is not a built file is named, so a token it names is still kept.
            return href ? [readAs('.css')(href) ?? href] : [];
          });
          const next = withPageCss(html, scripts, sheets);
          if (scripts && !scripts.some(mayChangeMarkup)) fitted += 1;
          before += html.length;
          after += next.length;
          if (next !== html) await writeFile(file, next);
        }
        logger.info(
          `each page's own CSS: ${Math.round((before - after) / 1024)} KB of unused rules removed from ${pages.length} pages (${fitted} by class, element and token too)`,
        );
      },
    },
  };
}
