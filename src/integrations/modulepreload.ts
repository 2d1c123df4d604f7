import type { AstroIntegration } from 'astro';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { moduleEntries, preloadList, withPreloads } from '../lib/modulepreload.ts';

/** Every `.html` file under a folder. */
async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

/**
 * After the build, adds `<link rel="modulepreload">` for the whole static
 * import graph of each page's module scripts and islands (see
 * `src/lib/modulepreload.ts`), so a phone fetches them at once instead of one
 * level at a time. Pages without module scripts are left as they are.
 */
export default function modulePreload(): AstroIntegration {
  let base = '/';
  return {
    name: 'groundwork:modulepreload',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const cache = new Map<string, string | undefined>();
        // A site path (with the base) to the built file's code, or undefined when it is not a built file.
        const read = (path: string): string | undefined => {
          if (!cache.has(path)) {
            const file = path.startsWith(base) ? join(outDir, path.slice(base.length)) : undefined;
            cache.set(
              path,
              file && file.endsWith('.js') && existsSync(file) ? readFileSync(file, 'utf8') : undefined,
            );
          }
          return cache.get(path);
        };
        let pages = 0;
        for (const file of await htmlFiles(outDir)) {
          const html = await readFile(file, 'utf8');
          const entries = moduleEntries(html);
          if (entries.length === 0) continue;
          const next = withPreloads(html, preloadList(entries, read));
          if (next !== html) {
            await writeFile(file, next);
            pages += 1;
          }
        }
        logger.info(`module preload links added to ${pages} page(s)`);
      },
    },
  };
}
