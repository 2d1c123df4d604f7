/**
 * Form fields with a label, a hint, a live character count and an error
 * message, all tied to the control with aria-describedby. Over-long text is
 * kept and flagged, never cut.
 */
import type { JSX } from 'preact';
import { graphemeCount } from '../../lib/charter/text.ts';
import type { FieldError } from '../../lib/charter/validate.ts';
import type { BuilderContext } from './context.ts';

/** The message for a field error, with the field's label. */
export function errorMessage(t: BuilderContext['t'], error: FieldError, label: string): string {
  return t(`builder.errors.${error.code}`, { label, limit: error.limit ?? 0, count: error.count ?? 0 });
}

interface TextFieldProps {
  /** The control's id; errors refer to it. */
  id: string;
  /** The visible label. */
  label: string;
  /** A hint under the label. */
  hint?: string;
  /** The current text. */
  value: string;
  /** Called with the new text on every keystroke. */
  onInput: (value: string) => void;
  /** The character limit, shown as a counter. */
  limit?: number;
  /** A textarea instead of a one-line input. */
  multiline?: boolean;
  /** The error for this field, if any. */
  error?: string;
  /** The translator, for the counter. */
  t: BuilderContext['t'];
  /** The input type for one-line fields (text, date). */
  type?: 'text' | 'date' | 'time';
  /** Autocomplete hint; most fields are off because the text is about a group, not the person. */
  autoComplete?: string;
  /** Called when the field gets focus. */
  onFocus?: () => void;
}

/** A labelled text input or textarea with hint, counter and error. */
export function TextField(props: TextFieldProps): JSX.Element {
  const { id, label, hint, value, onInput, limit, multiline, error, t, type = 'text', onFocus } = props;
  const count = graphemeCount(value);
  const over = limit !== undefined && count > limit;
  const describedBy = [
    hint ? `${id}-hint` : '',
    limit !== undefined ? `${id}-count` : '',
    error ? `${id}-error` : '',
  ]
    .filter(Boolean)
    .join(' ');
  const common = {
    id,
    value,
    'aria-describedby': describedBy || undefined,
    'aria-invalid': error || over ? true : undefined,
    onInput: (e: JSX.TargetedEvent<HTMLInputElement | HTMLTextAreaElement>) => onInput(e.currentTarget.value),
    onFocus,
    autoComplete: props.autoComplete ?? 'off',
    spellcheck: true,
  };
  return (
    <div class={`field${error ? ' field-error' : ''}`}>
      <label for={id}>{label}</label>
      {hint && (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p class="error-message" id={`${id}-error`}>
          {error}
        </p>
      )}
      {multiline ? <textarea rows={3} {...common} /> : <input type={type} {...common} />}
      {limit !== undefined && (
        <p class={`counter${over ? ' counter-over' : ''}`} id={`${id}-count`}>
          {over ? t('builder.counterOver', { over: count - limit }) : t('builder.counter', { count, limit })}
        </p>
      )}
    </div>
  );
}

interface ChoiceProps<T extends string | number> {
  /** The group's name attribute and id prefix. */
  name: string;
  /** The legend. */
  legend: string;
  /** The options. */
  options: { value: T; label: string }[];
  /** The chosen value. */
  value: T;
  /** Called with the chosen value. */
  onChange: (value: T) => void;
  /** Called when a radio gets focus. */
  onFocus?: () => void;
}

/** A fieldset of radio buttons. */
export function Choice<T extends string | number>(props: ChoiceProps<T>): JSX.Element {
  const { name, legend, options, value, onChange, onFocus } = props;
  return (
    <fieldset class="choice" id={name}>
      <legend>{legend}</legend>
      {options.map((o) => (
        <div class="radio" key={String(o.value)}>
          <input
            type="radio"
            id={`${name}-${o.value}`}
            name={name}
            checked={o.value === value}
            onChange={() => onChange(o.value)}
            onFocus={onFocus}
          />
          <label for={`${name}-${o.value}`}>{o.label}</label>
        </div>
      ))}
    </fieldset>
  );
}
