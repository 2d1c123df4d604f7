/**
 * Wording of catalogue rules: one place that turns a rule, a language and the
 * group's choice (a wording or a number) into the text that is shown, printed
 * and exported.
 */
import type { Lang } from '../schemas/common.ts';
import type { Rule } from '../schemas/rule.ts';
import { fill } from './format.ts';

/** What a group chose for a rule: one of its wordings, or a number for its parameter. */
export interface RuleChoice {
  /** The id of the chosen wording; the default text when absent or unknown. */
  variant?: string;
  /** The chosen number for a parameter rule; the rule's default when absent or not allowed. */
  value?: number;
}

/**
 * Which of a rule's two wordings: the standard one, as it appears on a charter, or the easy-read one
 * (short sentences, common words, one idea per sentence) for the easy-read charter.
 */
export type RuleStyle = 'standard' | 'easy';

/** The rule's text in a language, with the group's choice applied, in the standard or the easy-read wording. */
export function ruleText(
  rule: Rule,
  lang: Lang,
  choice: RuleChoice = {},
  style: RuleStyle = 'standard',
): string {
  const field = style === 'easy' ? 'easyRead' : 'text';
  const variants = rule.variants;
  if (variants?.kind === 'wordings') {
    const option = variants.options.find((o) => o.id === choice.variant);
    return option ? option[field][lang] : rule[field][lang];
  }
  if (variants?.kind === 'parameter') {
    const value =
      choice.value !== undefined && variants.values.includes(choice.value) ? choice.value : variants.default;
    return fill(rule[field][lang], { [variants.name]: value });
  }
  return rule[field][lang];
}
