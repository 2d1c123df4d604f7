/**
 * The review step's print choices: how the charter looks (standard or easy
 * read, and large print for the standard one), both remembered in the draft,
 * and the members' cards, printed eight to a sheet or saved as a picture for a
 * phone. The cards' code loads only when someone asks for them.
 */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { charterSection, type Charter } from '../../lib/charter/charter.ts';
import { CHARTER_LAYOUTS } from '../../lib/charter/draft.ts';
import { parseDate } from '../../lib/charter/rota.ts';
import type { BuilderContext } from './context.ts';
import { saveBlob } from './files.ts';
import type { PrintPart } from './PrintArea.tsx';

interface Props {
  /** Shared builder context. */
  ctx: BuilderContext;
  /** The charter, for its crisis box (the card's number for help now). */
  charter: Charter;
  /** Prints a part: here, the members' cards. */
  onPrint: (part: PrintPart) => void;
}

/** The layout choice and the members' cards. */
export function PrintChoices({ ctx, charter, onPrint }: Props): JSX.Element {
  const { t, draft, dispatch } = ctx;
  const layout = draft.layout ?? 'standard';
  const [status, setStatus] = useState('');

  const saveImage = async () => {
    setStatus('');
    try {
      const [{ buildCard, today }, { cardImage }] = await Promise.all([
        import('../../lib/charter/cards.ts'),
        import('./on-demand/card-image.tsx'),
      ]);
      const crisis = charterSection(charter, 'crisis')?.blocks.find((b) => b.kind === 'crisis');
      if (crisis?.kind !== 'crisis') throw new Error('The charter has no crisis box');
      const card = buildCard(draft, ctx.catalogue, ctx.charterT, crisis.crisis, today());
      const image = await cardImage(card);
      saveBlob(image.blob, image.fileName);
      setStatus(t('builder.cards.saved'));
    } catch {
      setStatus(t('builder.cards.notSaved'));
    }
  };

  return (
    <>
      <fieldset class="choice layout-choice" id="charter-layout">
        <legend>{t('builder.layout.legend')}</legend>
        {CHARTER_LAYOUTS.map((l) => (
          <div class="radio" key={l}>
            <input
              type="radio"
              id={`layout-${l}`}
              name="charter-layout"
              checked={layout === l}
              aria-describedby={l === 'easy-read' ? 'layout-easy-read-hint' : undefined}
              onChange={() => dispatch({ type: 'set-layout', layout: l })}
            />
            <label for={`layout-${l}`}>{t(`builder.layout.${l}`)}</label>
          </div>
        ))}
        <p class="hint" id="layout-easy-read-hint">
          {t('builder.layout.easyHint')}
        </p>
        {layout === 'standard' && (
          <div class="check">
            <input
              type="checkbox"
              id="large-print"
              checked={draft.largePrint === true}
              aria-describedby="large-print-hint"
              onChange={(e) => dispatch({ type: 'set-large-print', on: e.currentTarget.checked })}
            />
            <label for="large-print">{t('builder.layout.large')}</label>
          </div>
        )}
        {layout === 'standard' && (
          <p class="hint" id="large-print-hint">
            {t('builder.layout.largeHint')}
          </p>
        )}
      </fieldset>

      <section class="member-cards" aria-labelledby="member-cards-title">
        <h4 id="member-cards-title">{t('builder.cards.heading')}</h4>
        <p class="hint">{t('builder.cards.lead')}</p>
        {!parseDate(draft.group.startDate) && <p class="hint">{t('builder.cards.needsStart')}</p>}
        <div class="row-actions">
          <button
            type="button"
            class="button button-secondary"
            id="print-members"
            onClick={() => onPrint('members')}
          >
            {t('builder.cards.print')}
          </button>
          <button
            type="button"
            class="button button-secondary"
            id="save-card-image"
            onClick={() => void saveImage()}
          >
            {t('builder.cards.image')}
          </button>
        </div>
        <p role="status" class="cards-status">
          {status}
        </p>
      </section>
    </>
  );
}
