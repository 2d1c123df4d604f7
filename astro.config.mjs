// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import contentCheck from './src/integrations/content-check.ts';

// A copy can be built for another address or a sub-path without editing code:
// SITE_URL=https://example.org BASE_PATH=/selvhjelp/ npm run build
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site: process.env.SITE_URL || undefined,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  i18n: {
    locales: ['en', 'nb'],
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  // No code blocks in the content, and Shiki's inline styles would need a looser CSP.
  markdown: { syntaxHighlight: false },
  integrations: [contentCheck(), mdx(), preact()],
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "manifest-src 'self'",
        "worker-src 'self'",
      ],
    },
  },
  devToolbar: { enabled: false },
});
