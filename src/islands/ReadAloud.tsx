/**
 * "Read aloud": reads a text with the browser's own speech, on the device, in
 * the text's language. The button shows only when the device has a voice that
 * runs on the device for that language (`src/lib/speech.ts`); it waits for the
 * voices, which some browsers list only after `voiceschanged`. Reading one text
 * stops any other, and reading stops when the page is hidden.
 */
import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { UiKey } from '../lib/i18n.ts';
import { voiceFor } from '../lib/speech.ts';
import type { Translator } from '../lib/translate.ts';

/** The device's voice for a language, once the browser has listed its voices; undefined when there is none. */
export function useVoice(lang: 'en' | 'nb'): SpeechSynthesisVoice | undefined {
  const [voice, setVoice] = useState<SpeechSynthesisVoice | undefined>();
  useEffect(() => {
    const synth = typeof speechSynthesis === 'undefined' ? undefined : speechSynthesis;
    if (!synth) return;
    const update = () => setVoice(voiceFor(synth.getVoices(), lang));
    update();
    synth.addEventListener('voiceschanged', update);
    const onHide = () => {
      if (document.visibilityState === 'hidden') synth.cancel();
    };
    document.addEventListener('visibilitychange', onHide);
    return () => {
      synth.removeEventListener('voiceschanged', update);
      document.removeEventListener('visibilitychange', onHide);
    };
  }, [lang]);
  return voice;
}

// The button that is reading now, told to show "Read aloud" again when another one starts.
let reading: (() => void) | null = null;

interface Props {
  /** The text to read, made when the button is pressed. */
  text: () => string;
  /** The text's language. */
  lang: 'en' | 'nb';
  /** The page's translator, for the button's words (`readAloud.read`, `readAloud.stop`). */
  t: Translator<UiKey>;
  /** What the button reads, for a screen reader (`aria-describedby`), if the button's place does not say. */
  describedBy?: string;
}

/** A button that reads a text aloud, or nothing when the device cannot. */
export function ReadAloud({ text, lang, t, describedBy }: Props): JSX.Element | null {
  const voice = useVoice(lang);
  const [speaking, setSpeaking] = useState(false);
  // One function per button for its whole life, so "is it me reading?" can be asked.
  const stopMine = useRef(() => setSpeaking(false)).current;
  useEffect(
    () => () => {
      if (reading === stopMine) {
        reading = null;
        speechSynthesis.cancel();
      }
    },
    [stopMine],
  );
  if (!voice) return null;
  const toggle = () => {
    speechSynthesis.cancel();
    reading?.();
    reading = null;
    if (speaking) return;
    const utterance = new SpeechSynthesisUtterance(text());
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.rate = 0.95;
    const done = () => {
      setSpeaking(false);
      if (reading === stopMine) reading = null;
    };
    utterance.addEventListener('end', done);
    utterance.addEventListener('error', done);
    reading = stopMine;
    setSpeaking(true);
    speechSynthesis.speak(utterance);
  };
  return (
    <button
      type="button"
      // The tools' button styles (tools.css) and the builder's (builder.css): each page has one of them.
      class="tool-button tool-secondary button button-secondary read-aloud"
      aria-describedby={describedBy}
      onClick={toggle}
    >
      {t(speaking ? 'readAloud.stop' : 'readAloud.read')}
    </button>
  );
}
