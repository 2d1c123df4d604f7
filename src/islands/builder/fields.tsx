/**
 * Form fields with a label, a hint, a live character count and an error
 * message, all tied to the control with aria-describedby. A field's limit and
 * hard cap come from the field table (`src/lib/charter/fields.ts`) by its id.
 *
 * Over-long text is kept and flagged, never cut. Only the hard cap on code
 * points cuts: it stops text the page cannot lay out (a few letters carrying
 * thousands of accents) before it reaches the field, and says so at the field.
 */
import type { JSX, TargetedEvent } from 'preact';
import { useState } from 'preact/hooks';
import { fieldSpec } from '../../lib/charter/fields.ts';
import { codePointCount, cutToCodePoints, graphemeCount } from '../../lib/charter/text.ts';
import type { T } from './context.ts';

interface TextFieldProps {
  /** The control's id; errors refer to it, and it names the field in the field table. */
  id: string;
  /** The visible label; the field table's label for this id when left out. */
  label?: string;
  /** A hint under the label. */
  hint?: string;
  /** The current text. */
  value: string;
  /** Called with the new text on every keystroke. */
  onInput: (value: string) => void;
  /** A textarea instead of a one-line input. */
  multiline?: boolean;
  /** The error for this field, if any. */
  error?: string | undefined;
  /** The translator, for the counter. */
  t: T;
  /** The input type for one-line fields (text, date). */
  type?: 'text' | 'date' | 'time';
  /** Autocomplete hint; most fields are off because the text is about a group, not the person. */
  autoComplete?: string;
  /** Called when the field gets focus. */
  onFocus?: () => void;
}

type Editable = HTMLInputElement | HTMLTextAreaElement;

/** A labelled text input or textarea with hint, counter and error. */
export function TextField(props: TextFieldProps): JSX.Element {
  const { id, hint, value, onInput, multiline, error, t, type = 'text', onFocus } = props;
  const spec = fieldSpec(id);
  const label = props.label ?? (spec ? t(spec.label) : id);
  const limit = type === 'text' ? spec?.limit : undefined;
  const cap = type === 'text' ? spec?.maxCodePoints : undefined;
  const [cut, setCut] = useState(false);
  const count = graphemeCount(value);
  const over = limit !== undefined && count > limit;

  // Text that would pass the hard cap is cut before it reaches the field: pasted or dropped text too.
  const onBeforeInput = (e: InputEvent & { currentTarget: Editable }) => {
    const data = e.data ?? e.dataTransfer?.getData('text/plain') ?? null;
    if (cap === undefined || data === null) return;
    const el = e.currentTarget;
    const start = el.selectionStart ?? el.value.length;
    const end = el.selectionEnd ?? start;
    const room = cap - codePointCount(el.value.slice(0, start)) - codePointCount(el.value.slice(end));
    if (codePointCount(data) <= room) return;
    e.preventDefault();
    el.setRangeText(cutToCodePoints(data, Math.max(0, room)), start, end, 'end');
    setCut(true);
    onInput(el.value);
  };
  const onChange = (e: TargetedEvent<Editable>) => {
    const text = e.currentTarget.value;
    if (cap !== undefined && codePointCount(text) > cap) {
      const kept = cutToCodePoints(text, cap);
      e.currentTarget.value = kept;
      setCut(true);
      onInput(kept);
      return;
    }
    onInput(text);
  };

  const describedBy = [
    hint ? `${id}-hint` : '',
    limit !== undefined ? `${id}-count` : '',
    error ? `${id}-error` : '',
    cut ? `${id}-cut` : '',
  ]
    .filter(Boolean)
    .join(' ');
  const common = {
    id,
    value,
    'aria-describedby': describedBy || undefined,
    'aria-invalid': error || over ? true : undefined,
    onInput: onChange,
    onBeforeInput,
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
      {cut && (
        <p class="error-message" id={`${id}-cut`} role="status">
          {t('builder.errors.cut')}
        </p>
      )}
    </div>
  );
}

interface ChoiceProps<V extends string | number> {
  /** The group's name attribute and id prefix. */
  name: string;
  /** The legend. */
  legend: string;
  /** The options. */
  options: { value: V; label: string }[];
  /** The chosen value. */
  value: V;
  /** Called with the chosen value. */
  onChange: (value: V) => void;
  /** Called when a radio gets focus. */
  onFocus?: () => void;
}

/** A fieldset of radio buttons. */
export function Choice<V extends string | number>(props: ChoiceProps<V>): JSX.Element {
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
