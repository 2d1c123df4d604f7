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
