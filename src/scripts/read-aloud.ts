/**
 * "Read aloud" for a guide's "In short" box, without a framework: the page
 * renders the button hidden, and this shows it only when the device has a
 * voice for the page's language that runs on the device (`src/lib/speech.ts`,
 * the same choice as the tools' `ReadAloud` island). Reading stops when the
 * button is pressed again or the page is hidden.
 */
import { voiceFor } from '../lib/speech.ts';

const button = document.querySelector<HTMLButtonElement>('button[data-read-aloud]');
const target = button ? document.getElementById(button.dataset.readAloud ?? '') : null;
if (button && target && 'speechSynthesis' in window) {
  const synth = window.speechSynthesis;
  const lang = document.documentElement.lang.startsWith('nb') ? 'nb' : 'en';
  const read = button.textContent ?? '';
  const stopLabel = button.dataset.stop ?? read;
  let voice: SpeechSynthesisVoice | undefined;
  let speaking = false;
  const update = () => {
    voice = voiceFor(synth.getVoices(), lang);
    button.hidden = !voice;
  };
  const stop = () => {
    if (!speaking) return;
    speaking = false;
    synth.cancel();
    button.textContent = read;
  };
  update();
  synth.addEventListener('voiceschanged', update);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') stop();
  });
  button.addEventListener('click', () => {
    if (speaking || !voice) {
      stop();
      return;
    }
    synth.cancel();
    const utterance = new SpeechSynthesisUtterance(target.textContent ?? '');
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.rate = 0.95;
    const done = () => {
      speaking = false;
      button.textContent = read;
    };
    utterance.addEventListener('end', done);
    utterance.addEventListener('error', done);
    speaking = true;
    button.textContent = stopLabel;
    synth.speak(utterance);
  });
}
