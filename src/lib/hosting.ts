/**
 * Where and how a copy of the site is built: its public address, the path it
 * is served under, and which languages it has. Settings come from
 * `content/site.yaml`; environment variables (SITE_URL, BASE_PATH,
 * SITE_LANGUAGES) override them, so a host can build a copy without editing
 * files. Read by `astro.config.mjs`.
 */
import { LANGUAGES, type Lang } from '../schemas/common.ts';

/** The hosting settings of `content/site.yaml`. */
export interface HostingSettings {
  /** The public address, if set. */
  url?: string;
  /** The path the site is served under, if set. */
  basePath?: string;
  /** The languages to build. */
  languages: readonly Lang[];
}

/** The settings the build uses. */
export interface Hosting {
  /** The public address, or undefined (then links between languages are root-relative). */
  site: string | undefined;
  /** The base path, starting and ending with `/`. */
  base: string;
  /** The languages to build, the first being the default. */
  languages: Lang[];
}

/** Makes a path start and end with one slash: `selvhjelp` → `/selvhjelp/`. */
export function normaliseBase(path: string): string {
  const inner = path.trim().replace(/^\/+|\/+$/g, '');
  return inner === '' ? '/' : `/${inner}/`;
}

/**
 * Combines the file's settings with the environment. Throws an error that
 * names the setting when a value is wrong, so the build stops with a clear message.
 */
export function resolveHosting(settings: HostingSettings, env: Record<string, string | undefined>): Hosting {
  const base = normaliseBase(env.BASE_PATH ?? settings.basePath ?? '/');
  if (!/^\/(?:[A-Za-z0-9._~-]+\/)*$/.test(base)) {
    throw new Error(`BASE_PATH "${env.BASE_PATH ?? settings.basePath}" is not a path such as /selvhjelp/`);
  }
  const site = env.SITE_URL?.trim() || settings.url || undefined;
  if (site !== undefined) {
    let parsed: URL;
    try {
      parsed = new URL(site);
    } catch {
      throw new Error(`SITE_URL "${site}" is not a web address such as https://selvhjelp.example.org`);
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
      throw new Error(`SITE_URL "${site}" must start with https://`);
    }
  }
  const requested = env.SITE_LANGUAGES?.trim()
    ? env.SITE_LANGUAGES.split(',')
        .map((l) => l.trim())
        .filter(Boolean)
    : [...settings.languages];
  const unknown = requested.filter((l) => !(LANGUAGES as readonly string[]).includes(l));
  if (unknown.length > 0) {
    throw new Error(
      `SITE_LANGUAGES has ${unknown.join(', ')}; the site has these languages: ${LANGUAGES.join(', ')}`,
    );
  }
  const languages = [...new Set(requested)] as Lang[];
  if (languages.length === 0) throw new Error('Build at least one language');
  return { site, base, languages };
}

/**
 * One Content-Security-Policy for the whole site, from the policies of its
 * pages (each page carries its own, with the hashes of its own inline styles):
 * every source of every directive, once, so that no page is blocked when the
 * host sends it as a header. `extra` directives are added as they are (such as
 * `frame-ancestors 'none'`, which a `<meta>` policy cannot set).
 */
export function mergePolicies(policies: readonly string[], extra: Record<string, string[]> = {}): string {
  const merged = new Map<string, string[]>();
  for (const policy of policies) {
    for (const part of policy.split(';')) {
      const [name, ...sources] = part.trim().split(/\s+/);
      if (!name) continue;
      const list = merged.get(name.toLowerCase()) ?? [];
      for (const source of sources) if (!list.includes(source)) list.push(source);
      merged.set(name.toLowerCase(), list);
    }
  }
  for (const [name, sources] of Object.entries(extra)) merged.set(name, [...sources]);
  return [...merged].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** The headers every response of the site should carry. */
export function securityHeaders(csp: string): [name: string, value: string][] {
  return [
    ['Content-Security-Policy', csp],
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', 'no-referrer'],
    ['X-Frame-Options', 'DENY'],
  ];
}

/** Files whose names change when their content does (Astro's build files): a year in the cache, never checked. */
export const LONG_CACHE = 'public, max-age=31536000, immutable';

/**
 * The `_headers` file that Netlify and Cloudflare Pages read from the site's
 * folder: the security headers for every address under the base path, long
 * caching for the build's hashed files, and no caching for the service worker.
 */
export function headersFile(csp: string, base: string): string {
  const lines = [
    '# Headers for hosts that read a _headers file (Netlify, Cloudflare Pages). Made by the build.',
    `${base}*`,
    ...securityHeaders(csp).map(([name, value]) => `  ${name}: ${value}`),
    `${base}_astro/*`,
    `  Cache-Control: ${LONG_CACHE}`,
    `${base}sw.js`,
    '  Cache-Control: no-cache',
    '',
  ];
  return lines.join('\n');
}

/** nginx needs double quotes in a header value escaped. */
const quoted = (value: string) => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/**
 * An nginx configuration for the built site, to include in a `server { }`
 * block: the site under its base path from `root` (the files must be in
 * `<root><base>`), `404.html` for missing pages, the security headers on every
 * answer (the 404 too), long caching for the build's hashed files, no caching
 * for pages and the service worker, the manifest's type, and the build's own
 * host files kept private.
 */
export function nginxConfig(csp: string, base: string, root = '/var/www/groundwork'): string {
  const headers = securityHeaders(csp).map(([name, value]) => `add_header ${name} ${quoted(value)} always;`);
  const block = (indent: string, lines: string[]) => lines.map((line) => `${indent}${line}`).join('\n');
  const escaped = base.replace(/[.]/g, '\\.');
  return `# nginx configuration for Groundwork, made by the build for the base path ${base}.
# Include it inside a server { } block, for example:  include /etc/nginx/groundwork.conf;
# Copy the contents of dist/ to ${root}${base} (or change root below).
root ${root};
absolute_redirect off;

# Text goes compressed: the site's size budgets are gzip sizes. Pagefind's index files are compressed
# already, and images are left as they are.
gzip on;
gzip_vary on;
gzip_min_length 256;
gzip_types text/css application/javascript text/javascript application/json application/manifest+json image/svg+xml text/plain application/xml;

location ${base} {
    index index.html;
    try_files $uri $uri/ =404;
    error_page 404 ${base}404.html;
${block('    ', headers)}
    add_header Cache-Control "no-cache" always;

    location ${base}_astro/ {
${block('        ', headers)}
        add_header Cache-Control ${quoted(LONG_CACHE)} always;
    }

    location ~ \\.webmanifest$ {
        types { }
        default_type application/manifest+json;
${block('        ', headers)}
        add_header Cache-Control "no-cache" always;
    }

    location ~ ^${escaped}(nginx\\.conf|_headers)$ {
        return 404;
    }
}
`;
}
