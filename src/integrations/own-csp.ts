import type { AstroIntegration } from 'astro';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { metaPolicy, withOwnPolicy } from '../lib/csp.ts';

/** Every `.html` file under a folder. */
async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

/**
 * After the build, gives each page a Content-Security-Policy with the hashes
 * of its own inline scripts and styles only (Astro's `<meta>` lists those of
 * every page of the site; see `src/lib/csp.ts`). Runs after every integration
 * that edits pages and before those that read them (the service worker's
 * version, the host files' merged header). Stops the build if a page has no policy.
 */
export default function ownCsp(): AstroIntegration {
  return {
    name: 'groundwork:own-csp',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const missing: string[] = [];
        let before = 0;
        let after = 0;
        const files = await htmlFiles(outDir);
        for (const file of files) {
          const html = await readFile(file, 'utf8');
          if (metaPolicy(html) === undefined) {
            missing.push(file.slice(outDir.length));
            continue;
          }
          const next = withOwnPolicy(html);
          before += (metaPolicy(html)!.match(/'sha(?:256|384|512)-/g) ?? []).length;
          after += (metaPolicy(next)!.match(/'sha(?:256|384|512)-/g) ?? []).length;
          if (next !== html) await writeFile(file, next);
        }
        if (missing.length > 0) {
          throw new Error(`No Content-Security-Policy <meta> in ${missing.join(', ')}`);
        }
        logger.info(
          `each page's own CSP hashes: ${after} in ${files.length} pages (Astro's policies had ${before})`,
        );
      },
    },
  };
}
