import { fixture } from '../../../../support/paths.ts';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_DRAFT_BYTES } from '../../../../../src/lib/charter/on-demand/codec.ts';
import {
  APP_ID,
  blankDraft,
  CHARTER_LANGS,
  SCHEMA_VERSION,
  type Draft,
} from '../../../../../src/lib/charter/draft.ts';
import {
  CHAT_SAFE_LENGTH,
  decodeShare,
  encodeShare,
  isChatSafe,
  isShareFragment,
  LEGACY_SHARE_PARAM,
  MAX_FRAGMENT_CHARS,
  MAX_INFLATED_BYTES,
  SHARE_PARAM,
  shareUrl,
  type ShareResult,
} from '../../../../../src/lib/charter/on-demand/share.ts';
import { draftWithText, loadCatalogue, loadPresets, presetDraft } from '../../../../support/catalogue.ts';
import { draftArb } from '../../../../support/arbitraries.ts';

const PAGE = 'https://example.org/en/builder/';

/** The two link formats: new links are zlib "deflate" with its checksum (`c=`), the first ones raw deflate (`d=`). */
type Format = 'deflate' | 'deflate-raw';
const PARAM: Record<Format, string> = { deflate: 'c', 'deflate-raw': 'd' };
const FORMATS: Format[] = ['deflate', 'deflate-raw'];

/** Bytes compressed with the platform's CompressionStream, for crafting payloads. */
async function compress(bytes: Uint8Array, format: CompressionFormat = 'deflate'): Promise<Uint8Array> {
  const stream = new Blob([new Uint8Array(bytes)]).stream().pipeThrough(new CompressionStream(format));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** A fragment for any bytes, encoded with Node's own base64url (an oracle independent of the module). */
function fragmentOfBytes(bytes: Uint8Array, param = 'c'): string {
  return `${param}=${Buffer.from(bytes).toString('base64url')}`;
}

/** A fragment carrying any text, compressed as the format says (a new link unless told otherwise). */
async function fragmentOfText(text: string, format: Format = 'deflate'): Promise<string> {
  return fragmentOfBytes(await compress(new TextEncoder().encode(text), format), PARAM[format]);
}

/** A draft from a preset with more rules: every catalogue rule it lacks, then the group's own, up to `count`. */
function draftWithRules(count: number): Draft {
  const draft = presetDraft('nb');
  const have = new Set(draft.rules.map((r) => (r.kind === 'catalogue' ? r.id : r.key)));
  for (const rule of loadCatalogue().rules) {
    if (draft.rules.length >= count) break;
    if (!have.has(rule.id)) draft.rules.push({ kind: 'catalogue', id: rule.id });
  }
  for (let n = 1; draft.rules.length < count; n += 1) {
    draft.rules.push({
      kind: 'custom',
      key: `own-${n}`,
      text: `Regel nummer ${n}: vi møtes på tid.`,
      theme: 'focus',
    });
  }
  return draft;
}

/** What a stubbed DecompressionStream saw. */
const seen = { constructed: 0, inflated: 0, cancelled: false };

/**
 * Stands in for `DecompressionStream`: wraps the real one and counts how many
 * inflated bytes left it, and whether the reader cancelled it. Its readable
 * has no queue, so it only inflates what the reader asks for.
 */
class CountingDecompressionStream {
  readonly writable: WritableStream<BufferSource>;
  readonly readable: ReadableStream<Uint8Array>;
  constructor(format: CompressionFormat) {
    seen.constructed += 1;
    const inner = new RealDecompressionStream(format);
    const reader = inner.readable.getReader();
    this.writable = inner.writable;
    this.readable = new ReadableStream<Uint8Array>(
      {
        async pull(controller) {
          const { done, value } = await reader.read();
          if (done) {
            controller.close();
            return;
          }
          seen.inflated += value.byteLength;
          controller.enqueue(value);
        },
        cancel(reason) {
          seen.cancelled = true;
          return reader.cancel(reason);
        },
      },
      { highWaterMark: 0 },
    );
  }
}

const RealDecompressionStream = globalThis.DecompressionStream;

function countDecompression(): void {
  seen.constructed = 0;
  seen.inflated = 0;
  seen.cancelled = false;
  vi.stubGlobal('DecompressionStream', CountingDecompressionStream);
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

async function roundTrip(draft: Draft): Promise<ShareResult> {
  return decodeShare(await encodeShare(draft));
}

const typicalDraft = presetDraft('en');
const typicalLink = shareUrl(PAGE, await encodeShare(typicalDraft));
const typicalNbLink = shareUrl(PAGE.replace('/en/', '/nb/'), await encodeShare(presetDraft('nb')));
const fortyRuleDraft = draftWithRules(40);
const fortyRuleLink = shareUrl(PAGE, await encodeShare(fortyRuleDraft));
console.log(
  `share link lengths: typical preset draft en ${typicalLink.length}, nb ${typicalNbLink.length}; ` +
    `40 rules ${fortyRuleLink.length} characters (chat-safe limit ${CHAT_SAFE_LENGTH})`,
);

describe('encodeShare and decodeShare round trips', () => {
  it(`a typical preset draft makes a link of ${typicalLink.length} characters that fits in a chat`, async () => {
    expect(typicalLink).toMatch(/^https:\/\/example\.org\/en\/builder\/#c=[A-Za-z0-9_-]+$/);
    expect(isChatSafe(typicalLink)).toBe(true);
    expect(await decodeShare(new URL(typicalLink).hash)).toEqual({ ok: true, draft: typicalDraft });
  });

  const presets = loadPresets().flatMap((p) => CHARTER_LANGS.map((lang) => [p.id, lang] as const));
  it.each(presets)('the %s preset in %s', async (id, lang) => {
    const draft = presetDraft(lang, id);
    const fragment = await encodeShare(draft);
    expect(fragment.startsWith(`${SHARE_PARAM}=`)).toBe(true);
    expect(fragment).toMatch(/^c=[A-Za-z0-9_-]+$/);
    const result = await decodeShare(fragment);
    expect(result).toEqual({ ok: true, draft });
    expect(result).not.toHaveProperty('migratedFrom');
  });

  it.each(CHARTER_LANGS)('a blank draft in %s', async (lang) => {
    const draft = blankDraft(lang, 'blank-draft');
    expect(await roundTrip(draft)).toEqual({ ok: true, draft });
  });

  it.each<[string, string]>([
    ['emoji with skin tone', 'Vi heier 👍🏽 på hverandre'],
    ['a family emoji (zero-width joiners)', 'Familien 👨‍👩‍👧 er velkommen'],
    ['a flag', 'Møtes i 🇳🇴 hver tirsdag'],
    ['Norwegian letters', 'Blåbærsyltetøy: æøå ÆØÅ'],
    ['Hebrew', 'קבוצת תמיכה בימי שלישי'],
    ['Arabic', 'مجموعة الدعم يوم الثلاثاء'],
    ['bidi controls', 'abc\u202Eevil\u202C \u2066x\u2069 \u200F\u200E\u061C'],
    ['combining marks', 'Cafe\u0301 e\u0301e\u0301 a\u030A'],
    ['a lone surrogate', 'half \uD83D pair'],
    ['controls and NUL', 'a\u0000b\u0007c\r\n\t'],
    ['quotes, backslashes and markup', '"\\"</script><b>&amp;\'`'],
    ['long text', 'Vi lytter uten å avbryte. '.repeat(200)],
  ])('a draft with %s', async (_name, value) => {
    for (const lang of CHARTER_LANGS) {
      const draft = draftWithText(value, lang);
      expect(await roundTrip(draft)).toEqual({ ok: true, draft });
    }
  });

  it(`a draft with 40 rules (${fortyRuleLink.length} characters)`, async () => {
    expect(fortyRuleDraft.rules).toHaveLength(40);
    expect(await decodeShare(new URL(fortyRuleLink).hash)).toEqual({ ok: true, draft: fortyRuleDraft });
  });

  it('gives the same fragment for the same draft', async () => {
    expect(await encodeShare(presetDraft('nb'))).toBe(await encodeShare(presetDraft('nb')));
  });

  it('reads the fragment with or without #', async () => {
    const fragment = await encodeShare(typicalDraft);
    expect(await decodeShare(`#${fragment}`)).toEqual({ ok: true, draft: typicalDraft });
    expect(await decodeShare(fragment)).toEqual({ ok: true, draft: typicalDraft });
  });

  it('compresses the compact JSON, not the indented file form', async () => {
    const fragment = await encodeShare(typicalDraft);
    expect(fragment).toBe(await fragmentOfText(JSON.stringify(typicalDraft)));
  });

  it('opens a link made before links had a checksum (#d=)', async () => {
    const legacy = JSON.parse(fixture('share/legacy-d-link.json')) as { fragment: string; draft: Draft };
    expect(legacy.fragment.startsWith(`${LEGACY_SHARE_PARAM}=`)).toBe(true);
    expect(isShareFragment(`#${legacy.fragment}`)).toBe(true);
    // The link holds a version 2 draft: it opens as the current version, with everything kept.
    expect(legacy.draft.schemaVersion).toBe(2);
    expect(await decodeShare(`#${legacy.fragment}`)).toEqual({
      ok: true,
      draft: { ...legacy.draft, schemaVersion: SCHEMA_VERSION },
      migratedFrom: 2,
    });
  });

  it.each(FORMATS)('opens an older version and says so (%s)', async (format) => {
    const v1 = fixture('drafts/v1-self-help-centre.json');
    const result = await decodeShare(await fragmentOfText(v1, format));
    if (!result.ok) throw new Error(result.reason);
    expect(result.migratedFrom).toBe(1);
    expect(result.draft.schemaVersion).toBe(SCHEMA_VERSION);
  });

  it.each(FORMATS)(
    'reads a draft that inflates to exactly the largest size, and refuses one byte more (%s)',
    async (format) => {
      const json = JSON.stringify(typicalDraft);
      const exact = json + ' '.repeat(MAX_INFLATED_BYTES - json.length);
      expect(new TextEncoder().encode(exact)).toHaveLength(MAX_INFLATED_BYTES);
      expect(await decodeShare(await fragmentOfText(exact, format))).toEqual({
        ok: true,
        draft: typicalDraft,
      });
      expect(await decodeShare(await fragmentOfText(`${exact} `, format))).toEqual({
        ok: false,
        reason: 'too-large',
      });
    },
  );
});

describe('shareUrl and isChatSafe', () => {
  it.each([
    ['a page without fragment', PAGE, 'd=abc', `${PAGE}#d=abc`],
    ['a page with a fragment', `${PAGE}#theme-safety`, 'd=abc', `${PAGE}#d=abc`],
    ['a page with an empty fragment', `${PAGE}#`, 'd=abc', `${PAGE}#d=abc`],
    ['a page with an old link', `${PAGE}#d=old#more`, 'd=new', `${PAGE}#d=new`],
    [
      'a query is kept',
      '/nb/builder/?preset=online-group#x',
      'd=abc',
      '/nb/builder/?preset=online-group#d=abc',
    ],
    ['a fragment given with #', PAGE, '#d=abc', `${PAGE}#d=abc`],
    ['a path under a base', '/selvhjelp/nb/builder/', 'd=abc', '/selvhjelp/nb/builder/#d=abc'],
  ])('%s', (_name, page, fragment, expected) => {
    expect(shareUrl(page, fragment)).toBe(expected);
  });

  it.each([
    [0, true],
    [CHAT_SAFE_LENGTH - 1, true],
    [CHAT_SAFE_LENGTH, true],
    [CHAT_SAFE_LENGTH + 1, false],
    [20_000, false],
  ])('a link of %i characters is chat-safe: %s', (length, safe) => {
    const url = 'x'.repeat(length);
    expect(url.length).toBe(length);
    expect(isChatSafe(url)).toBe(safe);
  });

  it('has the documented limits', () => {
    expect(SHARE_PARAM).toBe('c');
    expect(LEGACY_SHARE_PARAM).toBe('d');
    expect(MAX_FRAGMENT_CHARS).toBe(32_000);
    expect(MAX_INFLATED_BYTES).toBe(MAX_DRAFT_BYTES);
    expect(CHAT_SAFE_LENGTH).toBe(2_000);
  });
});

describe('decodeShare refuses what is not a draft link', () => {
  it.each<[string, boolean]>([
    ['c=abc', true],
    ['#c=abc', true],
    ['#d=abc', true],
    ['d=', true],
    ['#theme-safety', false],
    ['#C=abc', false],
    ['#cd=abc', false],
    ['#x=1&c=abc', false],
    ['', false],
  ])('isShareFragment(%j) is %s', (fragment, expected) => {
    expect(isShareFragment(fragment)).toBe(expected);
  });

  it.each([
    ['a theme anchor', '#theme-safety'],
    ['a theme anchor without #', 'theme-safety'],
    ['nothing', ''],
    ['only #', '#'],
    ['another parameter', '#x=1&d=abc'],
    ['an upper-case name', '#D=abc'],
    ['an upper-case new name', '#C=abc'],
    ['a longer name', '#dd=abc'],
    ['a longer new name', '#cd=abc'],
    ['a space before', '# d=abc'],
    ['two #', '##d=abc'],
    ['the name without =', '#d'],
  ])('%s', async (_name, fragment) => {
    countDecompression();
    expect(await decodeShare(fragment)).toEqual({ ok: false, reason: 'not-a-draft-link' });
    expect(seen.constructed).toBe(0);
  });

  it.each(['c=', '#c=', 'd=', '#d='])('an empty payload: %s', async (fragment) => {
    expect(await decodeShare(fragment)).toEqual({ ok: false, reason: 'damaged' });
  });
});

describe('decodeShare says what is wrong with a draft the link carries whole', () => {
  /** The typical draft as JSON, changed. */
  const changed = (change: (d: Record<string, unknown>) => void) => {
    const data = JSON.parse(JSON.stringify(typicalDraft)) as Record<string, unknown>;
    change(data);
    return JSON.stringify(data);
  };
  it.each<[string, (d: Record<string, unknown>) => void, object]>([
    [
      'one rule twice',
      (d) =>
        (d.rules = [
          { kind: 'catalogue', id: 'confidentiality' },
          { kind: 'catalogue', id: 'confidentiality' },
        ]),
      { ok: false, reason: 'twin-rule', id: 'confidentiality' },
    ],
    ['no version', (d) => delete d.schemaVersion, { ok: false, reason: 'no-version' }],
    ['the version as a word', (d) => (d.schemaVersion = 'two'), { ok: false, reason: 'no-version' }],
    ['a newer version', (d) => (d.schemaVersion = 99), { ok: false, reason: 'newer' }],
    [
      'the meeting length as a word',
      (d) => ((d.group as Record<string, unknown>).meetingMinutes = 'long'),
      { ok: false, reason: 'invalid', issues: [{ place: 'group-length', expected: 'choice' }] },
    ],
    ['another app’s data', (d) => (d.app = 'something-else'), { ok: false, reason: 'damaged' }],
  ])('%s', async (_name, change, expected) => {
    for (const format of FORMATS) {
      expect(await decodeShare(await fragmentOfText(changed(change), format)), format).toEqual(expected);
    }
  });

  it('opens a draft whose version is written as text, and gives own rules that share a key keys of their own', async () => {
    const text = changed((d) => {
      d.schemaVersion = String(d.schemaVersion);
      d.rules = [
        { kind: 'custom', key: 'own-1', text: 'First', theme: 'focus' },
        { kind: 'custom', key: 'own-1', text: 'Second', theme: 'focus' },
      ];
    });
    const result = await decodeShare(await fragmentOfText(text));
    if (!result.ok) throw new Error(result.reason);
    expect(result.draft.rules.map((r) => (r.kind === 'custom' ? [r.key, r.text] : r.id))).toEqual([
      ['own-1', 'First'],
      ['own-2', 'Second'],
    ]);
  });
});

describe('decodeShare refuses a link that is too long before decoding it', () => {
  it.each([
    ['40 000 As', `c=${'A'.repeat(40_000)}`],
    ['40 000 As in an old link', `d=${'A'.repeat(40_000)}`],
    ['40 000 As after #', `#d=${'A'.repeat(40_000)}`],
    ['one character over', `c=${'A'.repeat(MAX_FRAGMENT_CHARS - 1)}`],
    ['characters outside the alphabet', `c=${'%'.repeat(40_000)}`],
  ])('%s', async (_name, fragment) => {
    countDecompression();
    const atob = vi.spyOn(globalThis, 'atob');
    expect(await decodeShare(fragment)).toEqual({ ok: false, reason: 'too-long' });
    expect(seen.constructed).toBe(0);
    expect(atob).not.toHaveBeenCalled();
  });

  it('decodes a fragment of exactly the longest length', async () => {
    countDecompression();
    const fragment = `c=${'A'.repeat(MAX_FRAGMENT_CHARS - 2)}`;
    expect(fragment).toHaveLength(MAX_FRAGMENT_CHARS);
    // Zero bytes are not a valid deflate stream, but the link was not refused for its length.
    expect(await decodeShare(`#${fragment}`)).toEqual({ ok: false, reason: 'damaged' });
    expect(seen.constructed).toBe(1);
  });
});

const good = await encodeShare(typicalDraft);
const payload = good.slice(2);
const middle = Math.floor(payload.length / 2);

const legacyPayload = (await fragmentOfText(JSON.stringify(typicalDraft), 'deflate-raw')).slice(2);

describe('decodeShare finds damaged links', () => {
  it('every cut of the link is damaged (the checksum is at the end)', async () => {
    for (let cut = 0; cut < payload.length; cut += 1) {
      expect(await decodeShare(`c=${payload.slice(0, cut)}`)).toEqual({ ok: false, reason: 'damaged' });
    }
  });

  it('every cut of an old link is damaged or (if it cannot be told apart) the same draft', async () => {
    let damaged = 0;
    for (let cut = 0; cut < legacyPayload.length; cut += 1) {
      const result = await decodeShare(`d=${legacyPayload.slice(0, cut)}`);
      if (result.ok) expect(result.draft).toEqual(typicalDraft);
      else expect(result.reason).toBe('damaged');
      if (!result.ok) damaged += 1;
    }
    expect(damaged).toBeGreaterThanOrEqual(legacyPayload.length * 0.9);
  });

  it.each(['+', '/', '=', '%', ' ', '👍', '.', '~', '\u0000', '\n'])(
    'a character outside the alphabet (%j) in the middle',
    async (bad) => {
      countDecompression();
      const tampered = `c=${payload.slice(0, middle)}${bad}${payload.slice(middle + 1)}`;
      expect(await decodeShare(tampered)).toEqual({ ok: false, reason: 'damaged' });
      expect(seen.constructed).toBe(0);
    },
  );

  it.each([
    ['standard base64 padding', `${good}==`],
    ['percent-encoded', `c=${encodeURIComponent('+/=')}${payload}`],
    // 4k + 1 characters: one character carries only 6 bits, less than a byte.
    ['a length base64url cannot make', `c=${payload.slice(0, payload.length - (payload.length % 4) - 3)}`],
    ['one character', 'c=A'],
    ['five characters', 'c=AAAAA'],
    ['a space at the end', `${good} `],
    ['a line break at the end', `${good}\n`],
  ])('%s', async (_name, fragment) => {
    expect(await decodeShare(fragment)).toEqual({ ok: false, reason: 'damaged' });
  });

  /** Every third character, changed three ways: what decodeShare makes of each changed link. */
  async function flips(param: string, text: string): Promise<ShareResult[]> {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const results: ShareResult[] = [];
    for (let at = 0; at < text.length; at += 3) {
      for (const shift of [1, 17, 32]) {
        const flipped = alphabet.charAt((alphabet.indexOf(text.charAt(at)) + shift) % 64);
        results.push(await decodeShare(`${param}=${text.slice(0, at)}${flipped}${text.slice(at + 1)}`));
      }
    }
    return results;
  }

  it('a changed character in a link never opens a different draft (the checksum covers the whole draft)', async () => {
    const results = await flips('c', payload);
    expect(results.length).toBeGreaterThan(100);
    // The few bits after the end of the compressed data (padding to a whole byte) carry nothing, so
    // changing them gives the same draft back; every other change is refused as damaged.
    for (const result of results) {
      if (result.ok) expect(result.draft).toEqual(typicalDraft);
      else expect(result).toEqual({ ok: false, reason: 'damaged' });
    }
    expect(results.filter((r) => !r.ok).length).toBeGreaterThanOrEqual(results.length - 3);
  });

  it('in an old link (no checksum), a changed character never throws and gives a valid draft at worst', async () => {
    const results = await flips('d', legacyPayload);
    for (const result of results) {
      if (result.ok) expect(result.draft.app).toBe(APP_ID);
      // Without a checksum, a changed character can also make a draft the builder refuses for what it says.
      else expect(['damaged', 'too-large', 'no-version', 'invalid', 'twin-rule']).toContain(result.reason);
    }
    expect(results.filter((r) => !r.ok).length).toBeGreaterThanOrEqual(results.length * 0.8);
  });

  it('refuses bits after the last whole byte, so each draft has exactly one link', async () => {
    let text = JSON.stringify(typicalDraft);
    let fragment = await fragmentOfText(text);
    // Pad the JSON with spaces until the payload length is not a multiple of 4.
    while ((fragment.length - 2) % 4 === 0) {
      text += ' ';
      fragment = await fragmentOfText(text);
    }
    expect((await decodeShare(fragment)).ok).toBe(true);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const last = alphabet.indexOf(fragment.charAt(fragment.length - 1));
    const spoiled = `${fragment.slice(0, -1)}${alphabet.charAt(last | 1)}`;
    expect(Buffer.from(spoiled.slice(2), 'base64url')).toEqual(Buffer.from(fragment.slice(2), 'base64url'));
    expect(await decodeShare(spoiled)).toEqual({ ok: false, reason: 'damaged' });
  });
});

describe('decodeShare stops a decompression bomb early', () => {
  it.each(
    FORMATS.flatMap((format) => [
      [
        `20 MB of spaces (${format})`,
        format,
        () => new TextEncoder().encode(' '.repeat(20_000_000)),
        20_000_000,
      ],
      [
        `a 10 MB JSON string (${format})`,
        format,
        () => new TextEncoder().encode(`{"a":"${'x'.repeat(10_000_000)}"}`),
        10_000_008,
      ],
    ]) as [string, Format, () => Uint8Array, number][],
  )('%s', async (_name, format, make, size) => {
    const fragment = fragmentOfBytes(await compress(make(), format), PARAM[format]);
    expect(fragment.length).toBeLessThan(MAX_FRAGMENT_CHARS);
    countDecompression();
    expect(await decodeShare(fragment)).toEqual({ ok: false, reason: 'too-large' });
    expect(seen.constructed).toBe(1);
    expect(seen.cancelled).toBe(true);
    expect(seen.inflated).toBeGreaterThan(MAX_INFLATED_BYTES);
    expect(seen.inflated).toBeLessThan(2 * MAX_INFLATED_BYTES);
    expect(seen.inflated).toBeLessThan(size / 10);
  });

  it('with the real stream too', async () => {
    const fragment = await fragmentOfText(' '.repeat(20_000_000));
    expect(await decodeShare(fragment)).toEqual({ ok: false, reason: 'too-large' });
  });
});

describe('decodeShare reads what a link inflates to like an opened file', () => {
  const raw = (): Record<string, unknown> =>
    JSON.parse(JSON.stringify(typicalDraft)) as Record<string, unknown>;
  it.each<[string, () => string, ShareResult]>([
    ['text that is not JSON', () => 'hello, group', { ok: false, reason: 'damaged' }],
    ['a Markdown charter', () => '# Our group\n\n## Our ground rules\n', { ok: false, reason: 'damaged' }],
    ['damaged JSON', () => '{"app": "groundwork-charter", ', { ok: false, reason: 'damaged' }],
    ['nothing', () => '', { ok: false, reason: 'damaged' }],
    ['only spaces', () => '   ', { ok: false, reason: 'damaged' }],
    ['JSON that is not a draft', () => '{"name": "something else"}', { ok: false, reason: 'damaged' }],
    ['a JSON list', () => '[1, 2, 3]', { ok: false, reason: 'damaged' }],
    ['JSON null', () => 'null', { ok: false, reason: 'damaged' }],
    [
      'a draft with a wrong field',
      () => JSON.stringify({ ...raw(), lang: 'de' }),
      { ok: false, reason: 'invalid', issues: [{ place: 'charter-lang', expected: 'choice' }] },
    ],
    [
      'a draft without a version',
      () => JSON.stringify({ ...raw(), schemaVersion: undefined }),
      { ok: false, reason: 'no-version' },
    ],
    [
      'a newer version',
      () => JSON.stringify({ ...raw(), schemaVersion: SCHEMA_VERSION + 1 }),
      { ok: false, reason: 'newer' },
    ],
    [
      'a much newer version',
      () => JSON.stringify({ ...raw(), schemaVersion: 99 }),
      { ok: false, reason: 'newer' },
    ],
    [
      'unknown fields, which are dropped',
      () => JSON.stringify({ ...raw(), extra: 'x' }),
      { ok: true, draft: typicalDraft },
    ],
  ])('%s', async (_name, text, expected) => {
    expect(await decodeShare(await fragmentOfText(text()))).toEqual(expected);
  });

  it('keeps __proto__ out of the draft and out of Object.prototype', async () => {
    const text = JSON.stringify(typicalDraft).replace('{', '{"__proto__": {"polluted": 1},');
    const result = await decodeShare(await fragmentOfText(text));
    expect(result).toEqual({ ok: true, draft: typicalDraft });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    if (result.ok) expect(Object.getPrototypeOf(result.draft)).toBe(Object.prototype);
  });

  const json = new TextEncoder().encode('{"app": "groundwork-charter", "name": "');
  const [before, after] = JSON.stringify(typicalDraft).split('"group":{"name":""');
  it.each<[string, number[]]>([
    ['a lone continuation byte', [0x80]],
    ['a cut two-byte letter', [0xc3, 0x22]],
    ['an overlong slash', [0xc0, 0xaf]],
    ['an encoded surrogate', [0xed, 0xa0, 0x80]],
    ['a code point past U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
    ['bytes that are never UTF-8', [0xff, 0xfe]],
  ])('invalid UTF-8 in the group name of a valid draft: %s', async (_name, bad) => {
    const encoder = new TextEncoder();
    const bytes = new Uint8Array([
      ...encoder.encode(`${before}"group":{"name":"`),
      ...bad,
      ...encoder.encode(`"${after}`),
    ]);
    // A lenient decoder would read this as a valid draft with U+FFFD in the name.
    expect(await decodeShare(fragmentOfBytes(await compress(bytes)))).toEqual({
      ok: false,
      reason: 'damaged',
    });
  });

  it('reads the same bytes with valid UTF-8 in their place', async () => {
    const text = `${before}"group":{"name":"Blåbær"${after}`;
    const result = await decodeShare(await fragmentOfText(text));
    expect(result.ok && result.draft.group.name).toBe('Blåbær');
  });

  it.each<[string, string, () => Promise<Uint8Array>]>([
    [
      'junk after the end of the stream',
      'c',
      async () => new Uint8Array([...(await compress(json)), 1, 2, 3]),
    ],
    [
      'junk after the end of an old link stream',
      'd',
      async () => new Uint8Array([...(await compress(json, 'deflate-raw')), 1, 2, 3]),
    ],
    [
      'raw deflate under the new name (no header, no checksum)',
      'c',
      async () => compress(json, 'deflate-raw'),
    ],
    ['zlib under the old name', 'd', async () => compress(json, 'deflate')],
    ['gzip', 'c', async () => compress(json, 'gzip')],
    ['gzip under the old name', 'd', async () => compress(json, 'gzip')],
    [
      'random bytes',
      'c',
      async () => new Uint8Array(Array.from({ length: 300 }, (_, i) => (i * 151 + 7) % 256)),
    ],
    ['a cut stream', 'c', async () => (await compress(json)).slice(0, 10)],
    ['a cut old stream', 'd', async () => (await compress(json, 'deflate-raw')).slice(0, 10)],
  ])('%s', async (_name, param, make) => {
    expect(await decodeShare(fragmentOfBytes(await make(), param))).toEqual({ ok: false, reason: 'damaged' });
  });

  it('finds a zlib stream whose checksum does not match what it inflates to', async () => {
    const bytes = await compress(new TextEncoder().encode(JSON.stringify(typicalDraft)));
    // The last four bytes are the Adler-32 checksum of the JSON.
    bytes[bytes.length - 1] = (bytes.at(-1) ?? 0) ^ 0x01;
    expect(await decodeShare(fragmentOfBytes(bytes))).toEqual({ ok: false, reason: 'damaged' });
  });
});

const base64urlChar = fc.constantFrom(
  ...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'.split(''),
);

/** Fragments anyone could write: any text, and text shaped like a link with random or random-but-valid payloads. */
const anyFragment = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: base64urlChar, maxLength: 200 }).map((s) => `c=${s}`),
  fc.string({ unit: base64urlChar, maxLength: 200 }).map((s) => `#d=${s}`),
  fc.uint8Array({ maxLength: 300 }).map((bytes) => fragmentOfBytes(bytes)),
  fc.uint8Array({ maxLength: 300 }).map((bytes) => fragmentOfBytes(bytes, 'd')),
  fc
    .tuple(
      fc.constantFrom('c', 'd'),
      fc.string({ unit: base64urlChar, maxLength: 100 }),
      fc.string({ maxLength: 10 }),
    )
    .map(([param, s, junk]) => `${param}=${s}${junk}`),
);

describe('properties', () => {
  it('any valid draft comes back the same from its link', async () => {
    await fc.assert(
      fc.asyncProperty(draftArb, async (draft) => {
        const fragment = await encodeShare(draft);
        expect(fragment).toMatch(/^c=[A-Za-z0-9_-]+$/);
        expect(await decodeShare(`#${fragment}`)).toEqual({ ok: true, draft });
      }),
      { numRuns: 150 },
    );
  });

  it('any text that encodeShare did not write is refused, and never throws', async () => {
    const reasons = ['not-a-draft-link', 'damaged', 'too-long', 'too-large', 'newer'];
    await fc.assert(
      fc.asyncProperty(anyFragment, async (fragment) => {
        const result = await decodeShare(fragment);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(reasons).toContain(result.reason);
      }),
      { numRuns: 400 },
    );
  });

  it('any valid compression of text that is not a draft is refused as damaged, in either format', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.json()),
        fc.constantFrom(...FORMATS),
        async (text, format) => {
          expect(await decodeShare(await fragmentOfText(text, format))).toEqual({
            ok: false,
            reason: 'damaged',
          });
        },
      ),
      { numRuns: 150 },
    );
  });
});
