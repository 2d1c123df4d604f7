/** The step indicator: where the person is, and (once a draft is started) links to every step. */
import type { JSX } from 'preact';
import { STEPS, type Step } from '../../lib/charter/draft.ts';
import type { T } from './context.ts';

/** Each step's heading, by step. */
export const STEP_HEADINGS = {
  start: 'builder.start.heading',
  group: 'builder.group.heading',
  rules: 'builder.rules.heading',
  meetings: 'builder.meetings.heading',
  changes: 'builder.changes.heading',
  review: 'builder.review.heading',
} as const satisfies Record<Step, string>;

interface Props {
  /** The step on screen. */
  step: Step;
  /** Whether a draft is started, so the other steps can be visited. */
  started: boolean;
  /** The interface's translator. */
  t: T;
  /** Goes to a step. */
  goTo: (step: Step) => void;
}

/** The step indicator. */
export function Progress({ step, started, t, goTo }: Props): JSX.Element {
  const index = STEPS.indexOf(step);
  return (
    <>
      <nav class="progress" aria-label={t('builder.steps')}>
        <ol>
          {STEPS.map((s, i) => (
            <li key={s} class={s === step ? 'is-current' : i < index ? 'is-done' : ''}>
              {started && s !== step ? (
                <a
                  href={`?step=${s}`}
                  onClick={(e) => {
                    e.preventDefault();
                    goTo(s);
                  }}
                >
                  <span class="num">{i + 1}</span> <span class="label">{t(`builder.step.${s}`)}</span>
                </a>
              ) : (
                <span aria-current={s === step ? 'step' : undefined}>
                  <span class="num">{i + 1}</span> <span class="label">{t(`builder.step.${s}`)}</span>
                </span>
              )}
            </li>
          ))}
        </ol>
      </nav>
      <p class="step-count">{t('builder.stepOf', { n: index + 1, total: STEPS.length })}</p>
    </>
  );
}
