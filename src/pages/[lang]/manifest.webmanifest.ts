/**
 * The web app manifest of each language (`/<lang>/manifest.webmanifest`), so that "Add to home
 * screen" gives the site's icon and opens the home page in that language. Made from
 * `content/site.yaml`, so a copy's own name is used.
 */
import type { APIRoute } from 'astro';
import type { Lang } from '../../schemas/common.ts';
import { languagePaths } from '../../data/languages.ts';
import { siteUrl } from '../../data/urls.ts';
import { getSite } from '../../data/content.ts';
import { webManifest } from '../../lib/seo.ts';

export const getStaticPaths = languagePaths;

export const GET: APIRoute = async ({ params }) => {
  const lang = params.lang as Lang;
  const site = await getSite();
  const manifest = webManifest({ lang, name: site.name, description: site.tagline[lang], url: siteUrl });
  return new Response(JSON.stringify(manifest, null, 2), {
    headers: { 'content-type': 'application/manifest+json; charset=utf-8' },
  });
};
