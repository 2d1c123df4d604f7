/**
 * Each page's own Content-Security-Policy. Astro writes one `<meta
 * http-equiv="content-security-policy">` into every page with the hashes of
 * the inline scripts and styles of the whole site. After the build,
 * `src/integrations/own-csp.ts` rewrites each page's policy so that its
 * `script-src` and `style-src` list only the hashes of the inline `<script>`
 * and `<style>` blocks that page itself contains. Every other source and
 * directive stays as Astro wrote it.
 */
import { createHash } from 'node:crypto';

/** The hash functions a policy may name, as CSP spells them. */
export type CspAlgorithm = 'sha256' | 'sha384' | 'sha512';

/** The inline blocks of a page whose contents the policy must allow by hash. */
export interface InlineBlocks {
  scripts: string[];
  styles: string[];
}

/** Script types a browser runs (an empty type is JavaScript); other types are data, which CSP does not block. */
const RUNNABLE = /^(?:|module|importmap|speculationrules|(?:text|application)\/(?:x-)?(?:java|ecma)script)$/i;

/**
 * The contents of a page's inline scripts (those the browser runs, without a
 * `src`) and `<style>` elements, in page order. HTML comments are skipped.
 */
export function inlineBlocks(html: string): InlineBlocks {
  const blocks: InlineBlocks = { scripts: [], styles: [] };
  const pattern = /<!--[\s\S]*?-->|<(script|style)\b([^>]*)>([\s\S]*?)<\/\1\s*>/gi;
  for (const [, tag, attributes = '', content = ''] of html.matchAll(pattern)) {
    if (!tag) continue;
    if (tag.toLowerCase() === 'style') {
      blocks.styles.push(content);
      continue;
    }
    if (/\ssrc\s*=/i.test(attributes)) continue;
    const type = /\stype\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(attributes);
    if (RUNNABLE.test((type?.[1] ?? type?.[2] ?? type?.[3] ?? '').trim())) blocks.scripts.push(content);
  }
  return blocks;
}

/** A CSP hash source for some text: `'sha256-…'`. */
export function cspHash(text: string, algorithm: CspAlgorithm = 'sha256'): string {
  return `'${algorithm}-${createHash(algorithm).update(text, 'utf8').digest('base64')}'`;
}

const HASH_SOURCE = /^'(sha256|sha384|sha512)-[A-Za-z0-9+/_=-]+'$/i;

/** The hash function a policy already uses, or sha256 when it names none. */
export function policyAlgorithm(policy: string): CspAlgorithm {
  const match = /'(sha256|sha384|sha512)-/i.exec(policy);
  return (match?.[1]?.toLowerCase() as CspAlgorithm | undefined) ?? 'sha256';
}

/**
 * A policy with the hash sources of `script-src` and `style-src` replaced by
 * the hashes of `blocks` (once each, in page order). Other sources and
 * directives are kept as they are; a directive is added only when there is a
 * hash to put in it.
 */
export function withOwnHashes(
  policy: string,
  blocks: InlineBlocks,
  algorithm = policyAlgorithm(policy),
): string {
  const own = {
    'script-src': [...new Set(blocks.scripts.map((s) => cspHash(s, algorithm)))],
    'style-src': [...new Set(blocks.styles.map((s) => cspHash(s, algorithm)))],
  };
  const seen = new Set<string>();
  const parts = policy
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const [name = '', ...sources] = part.split(/\s+/);
      const key = name.toLowerCase();
      if (key !== 'script-src' && key !== 'style-src') return part;
      seen.add(key);
      return [name, ...sources.filter((s) => !HASH_SOURCE.test(s)), ...own[key]].join(' ');
    });
  for (const key of ['script-src', 'style-src'] as const) {
    if (!seen.has(key) && own[key].length > 0) parts.push([key, ...own[key]].join(' '));
  }
  return parts.join('; ');
}

const META = /(<meta\s+http-equiv\s*=\s*"content-security-policy"\s+content\s*=\s*")([^"]*)(")/i;

/** The policy of a page's CSP `<meta>`, its entities decoded, or undefined when it has none. */
export function metaPolicy(html: string): string | undefined {
  const content = META.exec(html)?.[2];
  return content
    ?.replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

/**
 * A built page with its CSP `<meta>` listing only the hashes of the page's own
 * inline scripts and styles. A page without such a `<meta>` is returned as it is.
 */
export function withOwnPolicy(html: string): string {
  const policy = metaPolicy(html);
  if (policy === undefined) return html;
  const own = withOwnHashes(policy, inlineBlocks(html));
  // Single quotes are safe in a double-quoted attribute; only & and " need escaping.
  const attribute = own.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return html.replace(
    META,
    (_all, start: string, _content: string, end: string) => `${start}${attribute}${end}`,
  );
}
