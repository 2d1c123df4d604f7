/**
 * What the print dialog prints: the charter, or the rota on its own, or a part
 * of the first-meeting kit, or the members' cards. Hidden on screen, and drawn only while the page
 * prints (`usePrint`). Whenever the page prints (the
 * builder's buttons or the browser's own Print), the document's title becomes
 * "<group> – charter", so each saved PDF gets its own name, and the running
 * head and page numbers get their words; the title goes back after.
 */
import type { JSX } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { MemberCard } from '../../lib/charter/cards.ts';
import type { Charter } from '../../lib/charter/charter.ts';
import { isolate } from '../../lib/charter/text.ts';
import type { Kit } from '../../lib/charter/on-demand/kit.ts';
import { CharterDocument } from '../../components/charter/CharterDocument.tsx';
import type { KitPart, KitView } from './on-demand/KitView.tsx';
import type { MemberCardSheet } from './on-demand/MemberCards.tsx';
import type { T } from './context.ts';

/** What can be printed. */
export type PrintPart = 'charter' | 'rota' | KitPart | 'members';

/** A CSS string literal holding text (for `content:` in the page's margins). */
function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&').replace(/[\n\r\f]/g, ' ')}"`;
}

/** The document's name while it prints: "<group> – charter", or "<group> – rota", and so on. */
function printTitle(charter: Charter, part: PrintPart, t: T): string {
  return part === 'charter'
    ? charter.documentTitle
    : t('builder.print.title', { name: isolate(charter.title), part: t(`builder.print.part.${part}`) });
}

interface Props {
  /** The charter. */
  charter: Charter;
  /** What to print. */
  part: PrintPart;
  /** Whether the page prints now (`usePrint`): the area is empty the rest of the time. */
  printing: boolean;
  /** The kit and its view, once loaded (only for printing a part of the kit). */
  kit: { kit: Kit; View: typeof KitView } | null;
  /** The members' card and its sheet, once loaded (only for printing the cards). */
  members: { card: MemberCard; View: typeof MemberCardSheet } | null;
  /** The interface's translator, for the page numbers. */
  t: T;
}

/** The print area. */
export function PrintArea({ charter, part, printing, kit, members, t }: Props): JSX.Element {
  const title = printTitle(charter, part, t);
  const latest = useRef(title);
  latest.current = title;
  // The running head and the page numbers' words, for any way of printing (CSSOM, so the CSP allows it).
  useEffect(() => {
    const root = document.documentElement.style;
    root.setProperty('--gw-print-title', cssString(title));
    root.setProperty('--gw-print-page', cssString(t('builder.print.page')));
    root.setProperty('--gw-print-of', cssString(t('builder.print.of')));
  }, [title, t]);
  // The document's name, which a saved PDF takes, only while printing.
  useEffect(() => {
    let before = document.title;
    const onBefore = () => {
      before = document.title;
      document.title = latest.current;
    };
    const onAfter = () => {
      document.title = before;
    };
    window.addEventListener('beforeprint', onBefore);
    window.addEventListener('afterprint', onAfter);
    return () => {
      window.removeEventListener('beforeprint', onBefore);
      window.removeEventListener('afterprint', onAfter);
    };
  }, [t]);
  if (!printing) return <div class="charter-print" />;
  return (
    <div class="charter-print">
      {part === 'charter' && <CharterDocument charter={charter} level={1} />}
      {part === 'rota' && (
        <CharterDocument
          charter={charter}
          level={1}
          class="charter-rota-only"
          omit={charter.sections.map((s) => s.id).filter((id) => id !== 'rota')}
        />
      )}
      {kit && part !== 'charter' && part !== 'rota' && part !== 'members' && (
        <kit.View kit={kit.kit} part={part} />
      )}
      {members && part === 'members' && <members.View card={members.card} />}
    </div>
  );
}
