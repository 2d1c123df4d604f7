// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import contentCheck from './src/integrations/content-check.ts';
import pagefindIndex from './src/integrations/pagefind.ts';
import serviceWorker from './src/integrations/service-worker.ts';
import modulePreload from './src/integrations/modulepreload.ts';
import hostingFiles from './src/integrations/hosting-files.ts';
import ownCsp from './src/integrations/own-csp.ts';
import pageCss from './src/integrations/page-css.ts';

import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { resolveHosting } from './src/lib/hosting.ts';
import { siteSchema } from './src/schemas/site.ts';
import { inSitemap, sitemapLinks } from './src/lib/seo.ts';
import { chunkGroups } from './src/lib/chunks.ts';

// Where and in which languages this copy is built: content/site.yaml, overridden by
// SITE_URL, BASE_PATH and SITE_LANGUAGES, e.g. BASE_PATH=/selvhjelp/ SITE_LANGUAGES=nb npm run build
const settings = siteSchema.safeParse(
  parse(readFileSync(new URL('./content/site.yaml', import.meta.url), 'utf8')),
);
const hosting = resolveHosting(settings.success ? settings.data : { languages: ['en', 'nb'] }, process.env);

/**
 * The sitemap: every page but the 404 page and the unlisted sheets, each with its address in the other languages.
 * @param {{ base: string, languages: string[] }} hosting
 */
function sitemapFor({ base, languages }) {
  return sitemap({
    filter: (page) => inSitemap(page, base),
    serialize: (item) => ({ ...item, links: sitemapLinks(item.url, base, languages) }),
  });
}

export default defineConfig({
  site: hosting.site,
  base: hosting.base,
  trailingSlash: 'always',
  // Every page's CSS is in its HTML: no stylesheet to fetch before the first paint (the builder's is only
  // its first step's; src/integrations/page-css.ts keeps only the rules a page can use).
  build: { format: 'directory', inlineStylesheets: 'always' },
  i18n: {
    locales: hosting.languages,
    defaultLocale: hosting.languages[0] ?? 'en',
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  // No code blocks in the content, and Shiki's inline styles would need a looser CSP.
  markdown: { syntaxHighlight: false },
  // modulePreload, pageCss and ownCsp edit pages, so they run before the search index, the service
  // worker and the host files read them. ownCsp comes last: it hashes each page's inline blocks as served.
  // The sitemap needs the site's address; a copy built without one gets none (robots.txt then names none).
  integrations: [
    contentCheck(),
    mdx(),
    preact(),
    ...(hosting.site ? [sitemapFor(hosting)] : []),
    modulePreload(),
    pageCss(),
    ownCsp(),
    pagefindIndex(),
    serviceWorker(),
    hostingFiles(),
  ],
  security: {
    csp: {
      // Fonts, fetches, the manifest and workers fall back to default-src (workers through script-src),
      // so only what differs from it is written: every page carries this policy in its <meta>.
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Search runs Pagefind's WebAssembly, which needs 'wasm-unsafe-eval' (it allows no JavaScript eval).
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  vite: {
    build: {
      // One file for what the builder's first step shares with the other Preact pages (src/lib/chunks.ts).
      rolldownOptions: { output: { codeSplitting: { groups: chunkGroups } } },
    },
    // No preload helper around import(): it is a file of its own on the builder's first load, and on a
    // return visit it spent more time adding link tags (about 45 ms at 4x) than the fetches it saves
    // (the few files a later part imports that are not loaded yet, from the offline cache). Astro sets
    // its own modulePreload option, so a plugin turns it off for the browser's build.
    plugins: [
      {
        name: 'groundwork:no-preload-helper',
        configEnvironment: (name) => (name === 'client' ? { build: { modulePreload: false } } : undefined),
      },
    ],
    // Pages read the built languages from import.meta.env.GW_LANGUAGES (src/data/languages.ts).
    define: { 'import.meta.env.GW_LANGUAGES': JSON.stringify(hosting.languages.join(',')) },
  },
  devToolbar: { enabled: false },
});
