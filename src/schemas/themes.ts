/**
 * The themes of the ground-rule catalogue. Kept apart from `rule.ts` (which
 * builds zod schemas) so that the builder's browser code can use the list
 * without loading zod.
 */

/** The themes that group the ground-rule catalogue, in the order they are shown. */
export const THEMES = [
  'safety',
  'listening',
  'feedback',
  'leadership',
  'attendance',
  'focus',
  'meetings',
  'changing',
  'broken',
] as const;

/** A theme of the ground-rule catalogue. */
export type Theme = (typeof THEMES)[number];
