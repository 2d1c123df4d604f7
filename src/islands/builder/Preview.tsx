/**
 * The live preview beside the rules: the charter as it stands, scrolled to
 * the rule being edited, which is highlighted. A region of its own that
 * scrolls, so it can be reached by keyboard.
 */
import type { JSX } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { Charter } from '../../lib/charter/charter.ts';
import { CharterDocument } from '../../components/charter/CharterDocument.tsx';
import type { T } from './context.ts';
import './Preview.css';

interface Props {
  /** The charter so far. */
  charter: Charter;
  /** The key of the rule being edited. */
  active: string | undefined;
  /** The interface's translator. */
  t: T;
}

/** The live preview. */
export function Preview({ charter, active, t }: Props): JSX.Element {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el || !active) return;
    const row = el.querySelector<HTMLElement>(`[data-rule-key="${CSS.escape(active)}"]`);
    if (row && el.scrollHeight > el.clientHeight) {
      el.scrollTop = row.offsetTop - el.offsetTop - el.clientHeight / 3;
    }
  }, [active, charter]);
  return (
    <aside class="preview" aria-labelledby="preview-title">
      <h3 id="preview-title" class="preview-title">
        {t('builder.preview.heading')}
      </h3>
      <div class="preview-box" ref={box} tabIndex={0} role="region" aria-labelledby="preview-title">
        <CharterDocument charter={charter} active={active} screen omit={['signatures', 'rota']} />
      </div>
    </aside>
  );
}
