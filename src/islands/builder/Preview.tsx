/**
 * The charter so far, beside the rules. On a wide screen it sits beside them
 * and scrolls to the rule being edited, which is highlighted. On a phone it is
 * one tap away: a button that stays at the bottom of the screen opens it over
 * the rules (a modal dialog), at the rule last edited or added; closing it
 * returns to the same place, with focus on the button.
 */
import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Charter } from '../../lib/charter/charter.ts';
import { CharterDocument } from '../../components/charter/CharterDocument.tsx';
import type { ReadAloud as ReadAloudButton } from '../ReadAloud.tsx';
import type { T } from './context.ts';

interface Props {
  /** The charter so far. */
  charter: Charter;
  /** The key of the rule being edited or last added. */
  active: string | undefined;
  /** The interface's translator. */
  t: T;
}

/** The width from which the preview sits beside the rules; the same as in Preview.css. */
const WIDE = '(min-width: 62rem)';

/** Scrolls a box so that the rule with this key is in view (a third of the way down). */
function scrollToRule(box: HTMLElement | null, key: string | undefined): void {
  if (!box || !key) return;
  const row = box.querySelector<HTMLElement>(`[data-rule-key="${CSS.escape(key)}"]`);
  if (row && box.scrollHeight > box.clientHeight) {
    box.scrollTop = row.offsetTop - box.offsetTop - box.clientHeight / 3;
  }
}

/** The live preview. */
export function Preview({ charter, active, t }: Props): JSX.Element {
  // Reads the charter as the preview shows it, in the charter's language, where the device has a voice.
  // The button's code loads only where the browser can speak, and only once a preview that has the
  // button is drawn (beside the rules, or the phone's dialog opened), so the builder's own script stays
  // small and a phone opening the rules step does not load it.
  const [ReadAloud, setReadAloud] = useState<typeof ReadAloudButton | null>(null);
  const [open, setOpen] = useState(false);
  // The preview beside the rules is drawn only on a wide screen; a phone shows it in the dialog instead.
  const [wide, setWide] = useState(() => window.matchMedia(WIDE).matches);
  const needsButton = wide || open;
  useEffect(() => {
    if (needsButton && !ReadAloud && 'speechSynthesis' in window)
      void import('../ReadAloud.tsx').then((m) => setReadAloud(() => m.ReadAloud));
  }, [needsButton]);
  const readAloud = (from: { current: HTMLElement | null }) =>
    ReadAloud && <ReadAloud lang={charter.lang} t={t} text={() => from.current?.innerText ?? ''} />;
  const box = useRef<HTMLDivElement>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const dialogBox = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const query = window.matchMedia(WIDE);
    const onChange = () => setWide(query.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);
  useEffect(() => scrollToRule(box.current, active), [active, charter, wide]);
  useEffect(() => {
    if (open) scrollToRule(dialogBox.current, active);
  }, [open, active]);
  return (
    <>
      <aside class="preview" aria-labelledby="preview-title">
        <h3 id="preview-title" class="preview-title">
          {t('builder.preview.heading')}
        </h3>
        {wide && readAloud(box)}
        <div class="preview-box" ref={box} tabIndex={0} role="region" aria-labelledby="preview-title">
          {wide && <CharterDocument charter={charter} active={active} screen />}
        </div>
      </aside>
      <div class="preview-bar">
        <button
          type="button"
          class="button preview-open"
          id="preview-open"
          aria-haspopup="dialog"
          onClick={() => {
            dialog.current?.showModal();
            setOpen(true);
          }}
        >
          {t('builder.preview.show')}
        </button>
      </div>
      <dialog
        class="preview-dialog"
        ref={dialog}
        aria-labelledby="preview-dialog-title"
        onClose={() => setOpen(false)}
      >
        <div class="preview-dialog-head">
          <h3 id="preview-dialog-title" class="preview-title">
            {t('builder.preview.heading')}
          </h3>
          {open && readAloud(dialogBox)}
          <button
            type="button"
            class="button button-secondary"
            id="preview-close"
            onClick={() => dialog.current?.close()}
          >
            {t('builder.preview.close')}
          </button>
        </div>
        <div
          class="preview-dialog-box"
          ref={dialogBox}
          tabIndex={0}
          role="region"
          aria-labelledby="preview-dialog-title"
        >
          {open && <CharterDocument charter={charter} active={active} screen />}
        </div>
      </dialog>
    </>
  );
}
