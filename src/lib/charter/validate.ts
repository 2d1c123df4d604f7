/**
 * Checks a draft and reports what a person must fix, field by field. Nothing
 * here changes the draft: text over a limit is kept and flagged, never cut.
 */
import { ruleKey } from './actions.ts';
import type { Draft, Step } from './draft.ts';
import { graphemeCount, isBlank, LIMITS } from './text.ts';

/** What is wrong with a field. */
export type ErrorCode = 'required' | 'too-long' | 'too-many' | 'blank' | 'too-large';

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

function tooLong(step: Step, field: string, value: string, limit: number): FieldError[] {
  const count = graphemeCount(value);
  return count > limit ? [{ step, field, code: 'too-long', limit, count }] : [];
}

/** Every problem in the draft, in the order the fields appear in the builder. */
export function validate(draft: Draft): FieldError[] {
  const errors: FieldError[] = [];
  const g = draft.group;

  if (isBlank(g.name)) errors.push({ step: 'group', field: 'group-name', code: 'required' });
  errors.push(...tooLong('group', 'group-name', g.name, LIMITS.name));
  errors.push(...tooLong('group', 'group-purpose', g.purpose, LIMITS.purpose));
  errors.push(...tooLong('group', 'group-audience', g.audience, LIMITS.audience));
  errors.push(...tooLong('group', 'group-place', g.place, LIMITS.short));
  errors.push(...tooLong('group', 'group-when', g.when, LIMITS.short));

  const custom = draft.rules.filter((r) => r.kind === 'custom');
  if (custom.length > LIMITS.customRules) {
    errors.push({
      step: 'rules',
      field: 'custom-rules',
      code: 'too-many',
      limit: LIMITS.customRules,
      count: custom.length,
    });
  }
  if (draft.rules.length > LIMITS.rules) {
    errors.push({
      step: 'rules',
      field: 'chosen-rules',
      code: 'too-many',
      limit: LIMITS.rules,
      count: draft.rules.length,
    });
  }
  for (const rule of draft.rules) {
    const own = rule.text;
    if (own === undefined) continue;
    const field = `rule-text-${ruleKey(rule)}`;
    if (isBlank(own)) errors.push({ step: 'rules', field, code: 'blank' });
    errors.push(...tooLong('rules', field, own, LIMITS.rule));
  }

  if (draft.outline.length > LIMITS.items) {
    errors.push({
      step: 'meetings',
      field: 'outline',
      code: 'too-many',
      limit: LIMITS.items,
      count: draft.outline.length,
    });
  }
  for (const item of draft.outline) {
    if (item.label === undefined) continue;
    const field = `outline-label-${item.key}`;
    if (isBlank(item.label)) errors.push({ step: 'meetings', field, code: 'blank' });
    errors.push(...tooLong('meetings', field, item.label, LIMITS.label));
  }
  if (draft.roles.length > LIMITS.items) {
    errors.push({
      step: 'meetings',
      field: 'roles',
      code: 'too-many',
      limit: LIMITS.items,
      count: draft.roles.length,
    });
  }
  for (const role of draft.roles) {
    if (role.label === undefined) continue;
    const field = `role-label-${role.key}`;
    if (isBlank(role.label)) errors.push({ step: 'meetings', field, code: 'blank' });
    errors.push(...tooLong('meetings', field, role.label, LIMITS.label));
  }
  errors.push(...tooLong('meetings', 'absence-who', draft.absence.who, LIMITS.short));
  errors.push(...tooLong('meetings', 'absence-how', draft.absence.how, LIMITS.short));

  errors.push(...tooLong('changes', 'when-broken', draft.whenBroken, LIMITS.long));
  errors.push(...tooLong('changes', 'review-how', draft.review.how, LIMITS.long));

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
