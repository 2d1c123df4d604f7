import { describe, expect, it } from 'vitest';
import { voiceFor, type VoiceLike } from '../../../src/lib/speech.ts';

/** A voice: its tag, and whether it runs on the device (`local`) and is the default. */
const v = (lang: string, local = true, isDefault = false): VoiceLike & { name: string } => ({
  name: `${lang}${local ? '' : ' (online)'}${isDefault ? ' (default)' : ''}`,
  lang,
  localService: local,
  default: isDefault,
});

describe('the voice that reads a language', () => {
  it.each<[string, VoiceLike[], 'en' | 'nb', string | undefined]>([
    ['none at all', [], 'nb', undefined],
    ['none in the language', [v('en-GB'), v('sv-SE'), v('da-DK')], 'nb', undefined],
    ['Bokmål', [v('en-GB'), v('nb-NO')], 'nb', 'nb-NO'],
    ['Norwegian written "no"', [v('sv-SE'), v('no-NO')], 'nb', 'no-NO'],
    ['Nynorsk when there is nothing closer', [v('nn-NO'), v('de-DE')], 'nb', 'nn-NO'],
    ['Bokmål before Norwegian before Nynorsk', [v('nn-NO'), v('no-NO'), v('nb-NO')], 'nb', 'nb-NO'],
    ['a tag written with an underscore', [v('nb_NO')], 'nb', 'nb_NO'],
    ['a tag in capitals', [v('NB-no')], 'nb', 'NB-no'],
    ['never a voice that reads over the internet', [v('nb-NO', false)], 'nb', undefined],
    ['the device’s own voice over an online one', [v('nb-NO', false), v('no-NO')], 'nb', 'no-NO'],
    ['British English first', [v('en-US'), v('en-GB'), v('en-AU')], 'en', 'en-GB'],
    ['any English when there is no British voice', [v('fr-FR'), v('en-US')], 'en', 'en-US'],
    ['the default voice among equals', [v('en-US'), v('en-AU', true, true)], 'en', 'en-AU (default)'],
    ['not a default voice in another language', [v('en-US', true, true), v('nb-NO')], 'nb', 'nb-NO'],
    ['not "eng" or "ne" for "en" and "nb"', [v('eng'), v('ne-NP')], 'en', undefined],
  ])('%s', (_name, voices, lang, expected) => {
    const found = voiceFor(voices, lang) as (VoiceLike & { name?: string }) | undefined;
    expect(found?.name ?? found?.lang).toBe(expected === undefined ? undefined : expected);
  });
});
