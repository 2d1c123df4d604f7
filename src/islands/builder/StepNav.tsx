/**
 * The buttons under a step: Back, a way back to the step the person came from (after "Change this"),
 * Continue, and straight to the review.
 */
import type { JSX } from 'preact';
import type { Step } from '../../lib/charter/draft.ts';
import type { T } from './context.ts';

interface Props {
  /** The step shown. */
  step: Step;
  /** The step to go back to, after a fix asked for from there. */
  returnTo: Step | null;
  /** Translates the builder's strings. */
  t: T;
  /** Goes to the step before. */
  onBack: () => void;
  /** Checks this step and goes on. */
  onNext: () => void;
  /** Goes to a step. */
  goTo: (step: Step) => void;
}

/** The step's navigation. */
export function StepNav({ step, returnTo, t, onBack, onNext, goTo }: Props): JSX.Element {
  return (
    <div class="step-nav">
      <button type="button" class="button button-secondary" id="prev-step" onClick={onBack}>
        {t('builder.back')}
      </button>
      {returnTo && returnTo !== step && (
        <button type="button" class="button" id="return-step" onClick={() => goTo(returnTo)}>
          {t('builder.returnTo', { step: t(`builder.step.${returnTo}`) })}
        </button>
      )}
      {step !== 'review' && (
        <button
          type="button"
          class={returnTo ? 'button button-secondary' : 'button'}
          id="next-step"
          onClick={onNext}
        >
          {t('builder.next')}
        </button>
      )}
      {step !== 'review' && !returnTo && (
        <button type="button" class="button button-secondary" id="skip-review" onClick={() => goTo('review')}>
          {t('builder.skipToReview')}
        </button>
      )}
    </div>
  );
}
