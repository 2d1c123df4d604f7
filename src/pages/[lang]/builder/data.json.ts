/**
 * The builder's data for one language (`/<lang>/builder/data.json`): its strings, the catalogue and
 * the charter's strings in that language (`src/data/builder.ts`). The builder page loads it for its
 * own language, and for the other one when a charter is to be written in it. It is not a page:
 * it is in no sitemap, and the offline worker stores it with the builder.
 */
import type { APIRoute } from 'astro';
import { LANGUAGES, type Lang } from '../../../schemas/common.ts';
import { builderDataFile } from '../../../data/builder.ts';

// Every language a charter can be written in, also in a copy built in one page language: its builder
// can still write a charter in the other.
export const getStaticPaths = () => LANGUAGES.map((lang) => ({ params: { lang } }));

export const GET: APIRoute = async ({ params }) => {
  const { text } = await builderDataFile(params.lang as Lang);
  return new Response(text, { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
