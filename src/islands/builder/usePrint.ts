/**
 * Printing: what the print area shows (the charter, the rota, or a part of the first-meeting kit), the
 * kit's and the members' cards' code, loaded on first use, and the easy-read pictures, loaded when a
 * draft first uses easy read. After the print dialog closes, the print area goes back to the charter,
 * so Ctrl+P prints it.
 *
 * The print area is drawn only while the page prints: from the builder's print buttons, or from the
 * browser's `beforeprint` event (Ctrl+P, the browser's menu), until `afterprint`. Preact draws a
 * change in a microtask, and the browser runs microtasks before it lays out the printed pages, so what
 * prints is always the draft as it is. The rest of the time the screen has no hidden copy of the whole
 * charter to redraw on every key press and to draw when the builder opens.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ThemePicture } from '../../components/charter/on-demand/ThemePicture.tsx';
import type { MemberCard } from '../../lib/charter/cards.ts';
import type { Catalogue } from '../../lib/charter/catalogue.ts';
import type { Charter, Translate } from '../../lib/charter/charter.ts';
import type { Draft } from '../../lib/charter/draft.ts';
import type { Kit } from '../../lib/charter/on-demand/kit.ts';
import type { CrisisModel } from '../../lib/crisis.ts';
import type { KitView } from './on-demand/KitView.tsx';
import type { MemberCardSheet } from './on-demand/MemberCards.tsx';
import type { PrintPart } from './PrintArea.tsx';

/** The print area's state, and the print action. */
export function usePrint(
  draft: Draft,
  charter: Charter | undefined,
  catalogue: Catalogue,
  charterT: Translate,
  crisis: CrisisModel | undefined,
) {
  const [part, setPart] = useState<PrintPart>('charter');
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const onBefore = () => setPrinting(true);
    // After the dialog, the print area goes back to the charter, so Ctrl+P prints it.
    const onAfter = () => {
      setPrinting(false);
      setPart('charter');
    };
    window.addEventListener('beforeprint', onBefore);
    window.addEventListener('afterprint', onAfter);
    return () => {
      window.removeEventListener('beforeprint', onBefore);
      window.removeEventListener('afterprint', onAfter);
    };
  }, []);
  const [kit, setKit] = useState<{ kit: Kit; View: typeof KitView } | null>(null);
  const [members, setMembers] = useState<{ card: MemberCard; View: typeof MemberCardSheet } | null>(null);
  const [picture, setPicture] = useState<typeof ThemePicture | null>(null);
  const picturesLoading = useRef<Promise<void> | null>(null);

  const loadPictures = () =>
    (picturesLoading.current ??= import('../../components/charter/on-demand/ThemePicture.tsx').then((m) =>
      setPicture(() => m.ThemePicture),
    ));
  useEffect(() => {
    if (draft.layout === 'easy-read') void loadPictures();
  }, [draft.layout]);

  const printNow = async (next: PrintPart) => {
    if (!charter || !crisis) return;
    if (charter.layout === 'easy-read') await loadPictures();
    if (next === 'members') {
      const [{ buildCard, today }, { MemberCardSheet: View }] = await Promise.all([
        import('../../lib/charter/cards.ts'),
        import('./on-demand/MemberCards.tsx'),
      ]);
      setMembers({ card: buildCard(draft, catalogue, charterT, crisis, today()), View });
    } else if (next !== 'charter' && next !== 'rota') {
      const [{ buildKit }, { KitView: View }] = await Promise.all([
        import('../../lib/charter/on-demand/kit.ts'),
        import('./on-demand/KitView.tsx'),
      ]);
      setKit({ kit: buildKit(draft, catalogue, charterT, charter), View });
    }
    setPart(next);
    setPrinting(true);
    requestAnimationFrame(() => window.print());
  };

  return { part, printing, kit, members, picture, printNow };
}
