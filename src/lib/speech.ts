/**
 * Reading aloud with the browser's own speech (`speechSynthesis`): which of
 * the device's voices may read a text in a language. The rule is the same for
 * the islands (`src/islands/ReadAloud.tsx`) and the guides' plain script
 * (`src/scripts/read-aloud.ts`), so it lives here, tested in Node.
 *
 * Only voices that run on the device (`localService`) are used: some browsers
 * also list voices that send the text to a speech service on the internet,
 * and what a group writes must not leave the device.
 */

/** The parts of a `SpeechSynthesisVoice` the choice looks at. */
export interface VoiceLike {
  /** The voice's language, a BCP 47 tag such as `nb-NO` (some systems write `nb_NO`). */
  lang: string;
  /** Whether the voice runs on this device rather than on a server. */
  localService: boolean;
  /** Whether it is the system's default voice. */
  default: boolean;
}

/**
 * The language tags that can read each site language, best first. Norwegian voices are tagged `nb`
 * (Bokmål), `no` (Norwegian) or `nn` (Nynorsk) by different systems; each reads Bokmål well. British
 * English first, because the site's English is British.
 */
const FAMILIES: Record<'en' | 'nb', readonly string[]> = {
  en: ['en-gb', 'en'],
  nb: ['nb', 'no', 'nn'],
};

/** A tag in one form, lower-case with hyphens: `nb_NO` → `nb-no`. */
function normal(tag: string): string {
  return tag.trim().toLowerCase().replace(/_/g, '-');
}

/** How well a voice's tag fits a family: 0 for the best, `undefined` when it does not fit at all. */
function rank(tag: string, family: readonly string[]): number | undefined {
  const lang = normal(tag);
  const primary = lang.split('-')[0] ?? '';
  const exact = family.indexOf(lang);
  if (exact !== -1) return exact;
  const byPrimary = family.indexOf(primary);
  return byPrimary === -1 ? undefined : byPrimary + 0.5;
}

/**
 * The voice to read a text in `lang` with, or undefined when the device has none that runs on the
 * device: the closest language first, then the system's default voice, then the order the system
 * lists them in.
 */
export function voiceFor<V extends VoiceLike>(voices: readonly V[], lang: 'en' | 'nb'): V | undefined {
  const family = FAMILIES[lang];
  let best: { voice: V; score: number } | undefined;
  for (const voice of voices) {
    if (voice.localService !== true) continue;
    const fit = rank(voice.lang, family);
    if (fit === undefined) continue;
    // A default voice wins within the same fit, never over a closer language.
    const score = fit - (voice.default ? 0.25 : 0);
    if (!best || score < best.score) best = { voice, score };
  }
  return best?.voice;
}
