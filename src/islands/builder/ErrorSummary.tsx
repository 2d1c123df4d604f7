/**
 * The error summary: every problem that stops the person going on, each a
 * link to its field (on this step, or on the step it is on). It takes focus
 * when it appears, as GOV.UK's does, so a screen reader hears it at once.
 */
import type { JSX, RefObject } from 'preact';
import { fieldSpec } from '../../lib/charter/fields.ts';
import type { Step } from '../../lib/charter/draft.ts';
import type { FieldError } from '../../lib/charter/validate.ts';
import type { T } from './context.ts';

/** The label of a field for error messages, from the field table. */
export function fieldLabel(t: T, field: string): string {
  const spec = fieldSpec(field);
  return spec ? t(spec.label) : field;
}

/** The message for a field error, with the field's label. */
export function errorMessage(t: T, error: FieldError, label = fieldLabel(t, error.field)): string {
  return t(`builder.errors.${error.code}`, { label, limit: error.limit ?? 0, count: error.count ?? 0 });
}

/** The message for the first error on a field, if it has one, for the field itself to show. */
export function fieldError(t: T, errors: FieldError[], field: string): string | undefined {
  const error = errors.find((e) => e.field === field);
  return error ? errorMessage(t, error) : undefined;
}

interface Props {
  /** The errors to list. */
  errors: FieldError[];
  /** The step on screen. */
  step: Step;
  /** The interface's translator. */
  t: T;
  /** Goes to another step and focuses a field there. */
  goTo: (step: Step, focusId: string) => void;
  /** The summary's element, so the builder can focus it. */
  summaryRef: RefObject<HTMLDivElement>;
}

/** The error summary. */
export function ErrorSummary({ errors, step, t, goTo, summaryRef }: Props): JSX.Element | null {
  if (errors.length === 0) return null;
  return (
    <div
      class="error-summary"
      role="alert"
      tabIndex={-1}
      ref={summaryRef}
      aria-labelledby="error-summary-title"
    >
      <h3 id="error-summary-title">{t('builder.errors.title')}</h3>
      <ul>
        {errors.map((e) => (
          <li key={`${e.field}-${e.code}`}>
            <a
              href={`#${e.field}`}
              onClick={(event) => {
                event.preventDefault();
                if (e.step === step) document.getElementById(e.field)?.focus();
                else goTo(e.step, e.field);
              }}
            >
              {errorMessage(t, e)}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
