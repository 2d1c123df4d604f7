/**
 * The share link: a whole draft carried in the fragment of the builder's
 * address, so that a group can pass its charter on without any server.
 *
 *   /<lang>/builder/#c=<base64url of zlib "deflate" of the draft's compact JSON>
 *
 * The zlib format ends with an Adler-32 checksum of the JSON, so a link with a
 * character changed on the way (a typo, a chat app's "smart" correction) is
 * reported as damaged instead of opening as a slightly different draft. Links
 * made before that (`#d=`, raw deflate, no checksum) still open.
 *
 * The draft goes in the fragment (`#…`), never in the query: browsers do not
 * send the fragment to the server, so what the group wrote stays between the
 * people who have the link.
 *
 * Everything in a link is untrusted: anyone can write one, and chat apps cut
 * long ones. So {@link decodeShare} never throws, checks the length before it
 * decodes anything, stops inflating as soon as the output passes
 * {@link MAX_INFLATED_BYTES} (a tiny link must not grow into megabytes), and
 * hands the text to `decodeDraft`, which validates and migrates it like an
 * opened file.
 *
 * Browser-safe: only Web APIs (CompressionStream, DecompressionStream,
 * TextEncoder, TextDecoder, btoa, atob).
 */
import { decodeDraft, MAX_DRAFT_BYTES, type DecodeResult, type DraftIssue } from './codec.ts';
import type { Draft } from '../draft.ts';
import { LEGACY_SHARE_PARAM, SHARE_PARAM } from '../share-fragment.ts';

export { isShareFragment, LEGACY_SHARE_PARAM, SHARE_PARAM } from '../share-fragment.ts';

/** The longest fragment (without `#`) the builder tries to read, in characters; longer ones are refused before decoding. */
export const MAX_FRAGMENT_CHARS = 32_000;

/** The most bytes a link may inflate to; inflation stops as soon as the output passes this. */
export const MAX_INFLATED_BYTES = MAX_DRAFT_BYTES;

/** Links longer than this many characters may be cut by common chat apps and email clients. */
export const CHAT_SAFE_LENGTH = 2_000;

/**
 * Why a share link could not be read. The link itself: not a draft link, damaged, too long, or
 * inflating past a draft's size. The draft it carries: from a newer builder, with no version, one
 * catalogue rule twice, or parts that are not what the builder expects.
 */
export type ShareError =
  | 'not-a-draft-link'
  | 'damaged'
  | 'too-long'
  | 'too-large'
  | 'newer'
  | 'no-version'
  | 'twin-rule'
  | 'invalid';

/** A link that could not be read, and why; a twin rule names the rule, invalid parts are listed. */
export type ShareFailure =
  | { ok: false; reason: Exclude<ShareError, 'twin-rule' | 'invalid'> }
  | { ok: false; reason: 'twin-rule'; id: string }
  | { ok: false; reason: 'invalid'; issues: DraftIssue[] };

/** The outcome of reading a share link. */
export type ShareResult = { ok: true; draft: Draft; migratedFrom?: number } | ShareFailure;

const PREFIX = `${SHARE_PARAM}=`;
const LEGACY_PREFIX = `${LEGACY_SHARE_PARAM}=`;

const BASE64URL = /^[A-Za-z0-9_-]+$/;

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/**
 * Compressed bytes are fed to the decompressor this many at a time. The
 * Compression standard inflates a whole input chunk before it hands anything
 * on, so the chunk size bounds how far inflation can run past the limit:
 * deflate expands at most about 1 032 times, so 64 bytes give at most ~66 KB.
 */
const INPUT_CHUNK_BYTES = 64;

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The bytes of canonical base64url text, or undefined when base64url cannot produce it. */
function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | undefined {
  if (text === '' || !BASE64URL.test(text) || text.length % 4 === 1) return undefined;
  // The bits after the last whole byte must be zero, so that each byte string has exactly one encoding.
  const last = ALPHABET.indexOf(text.charAt(text.length - 1));
  const spare = text.length % 4 === 2 ? 0b1111 : text.length % 4 === 3 ? 0b11 : 0;
  if ((last & spare) !== 0) return undefined;
  let binary: string;
  try {
    binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  } catch {
    return undefined;
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Reads a stream of bytes to the end into one array. */
async function readAll(stream: ReadableStream<Uint8Array>): Promise<Uint8Array<ArrayBuffer>> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    total += value.byteLength;
  }
  return concat(chunks, total);
}

function concat(chunks: Uint8Array[], total: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

/**
 * Inflates `deflate` (zlib: checked) or `deflate-raw` bytes, reading the output chunk by chunk and
 * cancelling once it passes `limit`. A zlib stream whose checksum does not match errors, as damaged.
 */
async function inflate(
  bytes: Uint8Array<ArrayBuffer>,
  format: 'deflate' | 'deflate-raw',
  limit: number,
): Promise<Uint8Array<ArrayBuffer> | 'too-large' | 'damaged'> {
  let offset = 0;
  // A pulled source with no queue: the next slice is only read when the decompressor asks for it.
  const source = new ReadableStream<Uint8Array<ArrayBuffer>>(
    {
      pull(controller) {
        if (offset >= bytes.length) {
          controller.close();
          return;
        }
        controller.enqueue(bytes.subarray(offset, offset + INPUT_CHUNK_BYTES));
        offset += INPUT_CHUNK_BYTES;
      },
    },
    { highWaterMark: 0 },
  );
  let reader: ReadableStreamDefaultReader<Uint8Array>;
  try {
    reader = source.pipeThrough(new DecompressionStream(format)).getReader();
  } catch {
    return 'damaged';
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > limit) {
        // Cancelling stops the decompressor and, through the pipe, the source.
        await reader.cancel().catch(() => undefined);
        return 'too-large';
      }
      chunks.push(value);
    }
  } catch {
    // A corrupt, truncated or over-long deflate stream errors the decompressor.
    return 'damaged';
  }
  return concat(chunks, total);
}

/** The fragment text (without `#`) that carries a draft: `c=` and the compressed, checksummed draft. */
export async function encodeShare(draft: Draft): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(draft));
  const compressed = await readAll(new Blob([json]).stream().pipeThrough(new CompressionStream('deflate')));
  return `${PREFIX}${toBase64Url(compressed)}`;
}

/** The page's address with its fragment (if any) replaced by the given one; path and query are kept as given. */
export function shareUrl(pageUrl: string, fragment: string): string {
  const hash = pageUrl.indexOf('#');
  const page = hash === -1 ? pageUrl : pageUrl.slice(0, hash);
  return `${page}#${fragment.replace(/^#/, '')}`;
}

/** Reads a draft from a fragment, with or without its leading `#`. Never throws. */
export async function decodeShare(fragment: string): Promise<ShareResult> {
  try {
    const text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
    const prefix = [PREFIX, LEGACY_PREFIX].find((p) => text.startsWith(p));
    if (!prefix) return { ok: false, reason: 'not-a-draft-link' };
    // Checked before anything is decoded, so a huge fragment costs nothing.
    if (text.length > MAX_FRAGMENT_CHARS) return { ok: false, reason: 'too-long' };
    const bytes = fromBase64Url(text.slice(prefix.length));
    if (!bytes) return { ok: false, reason: 'damaged' };
    const inflated = await inflate(bytes, prefix === PREFIX ? 'deflate' : 'deflate-raw', MAX_INFLATED_BYTES);
    if (typeof inflated === 'string') return { ok: false, reason: inflated };
    let json: string;
    try {
      json = new TextDecoder('utf-8', { fatal: true }).decode(inflated);
    } catch {
      return { ok: false, reason: 'damaged' };
    }
    const result: DecodeResult = decodeDraft(json);
    if (result.ok) return result;
    // A draft the link carries whole, but cannot be opened, is not a damaged link: say what is wrong with it.
    const { error } = result;
    switch (error.kind) {
      case 'newer':
      case 'no-version':
      case 'too-large':
        return { ok: false, reason: error.kind };
      case 'twin-rule':
        return { ok: false, reason: 'twin-rule', id: error.id };
      case 'invalid':
        return { ok: false, reason: 'invalid', issues: error.issues };
      default:
        return { ok: false, reason: 'damaged' };
    }
  } catch {
    // Nothing above should throw; a missing stream API in an old browser is reported as a link we cannot read.
    return { ok: false, reason: 'damaged' };
  }
}

/** Whether a link is short enough to survive common chat apps and email clients (counted in characters, as they count). */
export function isChatSafe(url: string): boolean {
  return url.length <= CHAT_SAFE_LENGTH;
}
