/** Step 5: what happens when a rule is broken, and how and when the charter is reviewed. */
import type { JSX } from 'preact';
import type { BuilderContext } from './context.ts';
import { TextField } from './fields.tsx';
import { fieldError } from './ErrorSummary.tsx';

/** The changes step. */
export function StepChanges({ ctx }: { ctx: BuilderContext }): JSX.Element {
  const { t, draft, dispatch, errors } = ctx;
  const err = (field: string) => fieldError(t, errors, field);
  return (
    <div class="step-changes">
      <p class="lead">{t('builder.changes.lead')}</p>
      <TextField
        id="when-broken"
        hint={t('builder.changes.whenBrokenHint')}
        value={draft.whenBroken}
        multiline
        onInput={(value) => dispatch({ type: 'set-when-broken', value })}
        error={err('when-broken')}
        t={t}
      />
      <TextField
        id="review-date"
        type="date"
        label={t('builder.changes.reviewDate')}
        value={draft.review.date}
        onInput={(value) =>
          dispatch({
            type: 'set-review',
            field: 'date',
            value: /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : '',
          })
        }
        t={t}
      />
      <TextField
        id="review-how"
        hint={t('builder.changes.reviewHowHint')}
        value={draft.review.how}
        multiline
        onInput={(value) => dispatch({ type: 'set-review', field: 'how', value })}
        error={err('review-how')}
        t={t}
      />
    </div>
  );
}
