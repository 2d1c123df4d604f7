/**
 * Step 6: the whole charter as it prints, gentle warnings that link to the
 * step that fixes them, printing and downloads, and managing the draft.
 */
import type { JSX } from 'preact';
import type { Charter } from '../../lib/charter/charter.ts';
import type { Warning } from '../../lib/charter/warnings.ts';
import type { BuilderContext } from './context.ts';
import { CharterView } from './CharterView.tsx';

/** The download formats, in the order they are offered. */
export const DOWNLOADS = ['json', 'md', 'html', 'txt'] as const;

interface Props {
  /** Shared builder context. */
  ctx: BuilderContext;
  /** The charter to show. */
  charter: Charter;
  /** The warnings that apply. */
  warnings: Warning[];
  /** Prints the charter. */
  onPrint: () => void;
  /** Downloads one format. */
  onDownload: (kind: (typeof DOWNLOADS)[number]) => void;
}

/** The review step. */
export function StepReview({ ctx, charter, warnings, onPrint, onDownload }: Props): JSX.Element {
  const { t, goTo } = ctx;
  return (
    <div class="step-review">
      <p class="lead">{t('builder.review.lead')}</p>
      <section class="warnings" aria-labelledby="warnings-title">
        <h3 id="warnings-title">{t('builder.review.warnings')}</h3>
        {warnings.length === 0 ? (
          <p>{t('builder.review.noWarnings')}</p>
        ) : (
          <ul>
            {warnings.map((w) => (
              <li key={w.id} id={`warning-${w.id}`}>
                <p>{t(`warning.${w.id}`, w.values)}</p>
                <a
                  href={`?step=${w.step}`}
                  onClick={(e) => {
                    e.preventDefault();
                    goTo(w.step, w.target);
                  }}
                >
                  {t('builder.review.fix')}
                  <span class="visually-hidden">: {t(`builder.step.${w.step}`)}</span>
                </a>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section class="review-actions" aria-labelledby="actions-title">
        <h3 id="actions-title">{t('builder.review.actions')}</h3>
        <button type="button" class="button" id="print-charter" onClick={onPrint}>
          {t('builder.review.print')}
        </button>
        <h4>{t('builder.review.downloads')}</h4>
        <ul class="downloads">
          {DOWNLOADS.map((kind) => (
            <li key={kind}>
              <button
                type="button"
                class="button button-secondary"
                id={`download-${kind}`}
                onClick={() => onDownload(kind)}
              >
                {t(`builder.review.${kind}`)}
              </button>
            </li>
          ))}
        </ul>
      </section>
      <CharterView charter={charter} id="charter-review" class="charter-screen" />
    </div>
  );
}
