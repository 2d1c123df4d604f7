import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { metaPolicy } from '../lib/csp.ts';
import { headersFile, mergePolicies, nginxConfig } from '../lib/hosting.ts';

/** Every built HTML file under a folder. */
function htmlFiles(dir: string, found: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) htmlFiles(path, found);
    else if (entry.name.endsWith('.html')) found.push(path);
  }
  return found;
}

/**
 * Writes what a host needs beside the built site: `_headers` (read by Netlify
 * and Cloudflare Pages) and `nginx.conf` (to include in an nginx server), with
 * the site's Content-Security-Policy as a header (every page's own policy merged,
 * plus `frame-ancestors 'none'`, which a `<meta>` policy cannot set), the
 * other security headers, long caching for hashed build files and the 404 page.
 * Runs after every other integration, so it reads the pages as they are served.
 */
export default function hostingFiles(): AstroIntegration {
  let base = '/';
  return {
    name: 'groundwork:hosting-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const policies = htmlFiles(outDir).flatMap((file) => {
          const policy = metaPolicy(readFileSync(file, 'utf8'));
          return policy === undefined ? [] : [policy];
        });
        if (policies.length === 0) throw new Error(`No page in ${outDir} has a Content-Security-Policy`);
        const csp = mergePolicies(policies, { 'frame-ancestors': ["'none'"] });
        writeFileSync(join(outDir, '_headers'), headersFile(csp, base));
        writeFileSync(join(outDir, 'nginx.conf'), nginxConfig(csp, base));
        logger.info(`host files: _headers and nginx.conf for ${base} (policy from ${policies.length} pages)`);
      },
    },
  };
}
