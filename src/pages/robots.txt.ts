/**
 * `robots.txt`: every page may be crawled (pages that should stay out of search engines say
 * `noindex` themselves), and where the sitemap is when the site's address is known.
 */
import type { APIRoute } from 'astro';
import { siteUrl } from '../data/urls.ts';

export const GET: APIRoute = ({ site }) => {
  const lines = ['User-agent: *', 'Allow: /'];
  if (site) lines.push('', `Sitemap: ${new URL(siteUrl('/sitemap-index.xml'), site).href}`);
  return new Response(`${lines.join('\n')}\n`, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
