/**
 * What the print dialog prints: the charter, or the rota on its own, or a part
 * of the first-meeting kit. Hidden on screen. Before printing, the document's
 * title becomes "<group> – charter" (so each saved PDF gets its own name) and
 * the running head and page numbers get their words; both go back after.
 */
import type { JSX } from 'preact';
import type { Charter } from '../../lib/charter/charter.ts';
import type { Kit } from '../../lib/charter/on-demand/kit.ts';
import { CharterDocument } from '../../components/charter/CharterDocument.tsx';
import type { KitPart, KitView } from './on-demand/KitView.tsx';
import type { T } from './context.ts';
import './PrintArea.css';

/** What can be printed. */
export type PrintPart = 'charter' | 'rota' | KitPart;

/** A CSS string literal holding text (for `content:` in the page's margins). */
function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&').replace(/[\n\r\f]/g, ' ')}"`;
}

/** Prints now, with the document named and the pages headed for this charter. */
export function printWithTitle(charter: Charter, part: PrintPart, t: T): void {
  const root = document.documentElement.style;
  const before = document.title;
  const title =
    part === 'charter' ? charter.documentTitle : t('builder.print.title', { name: charter.title, part: t(`builder.print.part.${part}`) });
  document.title = title;
  root.setProperty('--gw-print-title', cssString(title));
  root.setProperty('--gw-print-page', cssString(t('builder.print.page')));
  root.setProperty('--gw-print-of', cssString(t('builder.print.of')));
  const restore = () => {
    document.title = before;
    root.removeProperty('--gw-print-title');
  };
  window.addEventListener('afterprint', restore, { once: true });
  window.print();
}

interface Props {
  /** The charter. */
  charter: Charter;
  /** What to print. */
  part: PrintPart;
  /** The kit and its view, once loaded (only for printing a part of the kit). */
  kit: { kit: Kit; View: typeof KitView } | null;
}

/** The print area. */
export function PrintArea({ charter, part, kit }: Props): JSX.Element {
  return (
    <div class="charter-print">
      {part === 'charter' && <CharterDocument charter={charter} level={1} />}
      {part === 'rota' && (
        <CharterDocument
          charter={charter}
          level={1}
          class="charter-rota-only"
          omit={charter.sections.map((s) => s.id).filter((id) => id !== "rota")}
        />
      )}
      {kit && part !== 'charter' && part !== 'rota' && <kit.View kit={kit.kit} part={part} />}
    </div>
  );
}
