/**
 * Checks a draft and reports what a person must fix, field by field. Nothing
 * here changes the draft: text over a limit is kept and flagged, never cut.
 * Limits and steps come from the field table in `fields.ts`.
 */
import { ruleKey, type Draft, type Step } from './draft.ts';
import { FIELDS, fieldSpec, LIMITS, type FieldId } from './fields.ts';
import { graphemeCount, isBlank } from './text.ts';

/** What is wrong with a field. */
export type ErrorCode = 'too-long' | 'too-many' | 'blank' | 'too-large';

/** One problem with one field. */
export interface FieldError {
  /** The step the field is on. */
  step: Step;
  /** The id of the field's element on the page, so the error summary can link to it. */
  field: string;
  /** What is wrong. */
  code: ErrorCode;
  /** The limit that was passed, for `too-long` and `too-many`. */
  limit?: number;
  /** How many there are now, for `too-long` and `too-many`. */
  count?: number;
}

/** The field's step, from the table (every id passed here is in it). */
function stepOf(field: string): Step {
  return fieldSpec(field)?.step ?? 'review';
}

function tooLong(field: string, value: string): FieldError[] {
  const limit = fieldSpec(field)?.limit;
  if (limit === undefined) return [];
  const count = graphemeCount(value);
  return count > limit ? [{ step: stepOf(field), field, code: 'too-long', limit, count }] : [];
}

function tooMany(field: FieldId, count: number): FieldError[] {
  const limit = FIELDS[field].limit ?? Infinity;
  return count > limit ? [{ step: FIELDS[field].step, field, code: 'too-many', limit, count }] : [];
}

/** A label the group wrote (own rule wording, part or role name): it must not be blank, nor too long. */
function ownText(field: string, value: string | undefined): FieldError[] {
  if (value === undefined) return [];
  return [
    ...(isBlank(value) ? [{ step: stepOf(field), field, code: 'blank' as const }] : []),
    ...tooLong(field, value),
  ];
}

/** Every problem in the draft, in the order the fields appear in the builder. */
export function validate(draft: Draft): FieldError[] {
  const g = draft.group;
  const errors: FieldError[] = [
    ...tooLong('group-name', g.name),
    ...tooLong('group-purpose', g.purpose),
    ...tooLong('group-audience', g.audience),
    ...tooLong('group-place', g.place),
    ...tooLong('group-when', g.when),
    ...tooMany('custom-rules', draft.rules.filter((r) => r.kind === 'custom').length),
    ...tooMany('chosen-rules', draft.rules.length),
    ...draft.rules.flatMap((rule) => ownText(`rule-text-${ruleKey(rule)}`, rule.text)),
    ...draft.rules.flatMap((rule) => (rule.note ? tooLong(`rule-note-${ruleKey(rule)}`, rule.note) : [])),
    ...tooMany('outline', draft.outline.length),
    ...draft.outline.flatMap((item) => ownText(`outline-label-${item.key}`, item.label)),
    ...tooMany('roles', draft.roles.length),
    ...draft.roles.flatMap((role) => ownText(`role-label-${role.key}`, role.label)),
    ...draft.members.flatMap((name, i) => tooLong(`member-${i}`, name)),
    ...tooLong('absence-who', draft.absence.who),
    ...tooLong('absence-how', draft.absence.how),
    ...tooLong('when-broken', draft.whenBroken),
    ...tooLong('review-how', draft.review.how),
  ];
  const size = JSON.stringify(draft).length;
  if (size > LIMITS.total) {
    errors.push({ step: 'review', field: 'draft-size', code: 'too-large', limit: LIMITS.total, count: size });
  }
  return errors;
}

/** The problems on one step. */
export function validateStep(draft: Draft, step: Step): FieldError[] {
  return validate(draft).filter((e) => e.step === step);
}
