import { z } from 'zod';
import { idSchema, localizedSchema } from './common.ts';
import { THEMES } from './themes.ts';

export { THEMES, type Theme } from './themes.ts';

/** One alternative wording of a rule. */
export const wordingSchema = z.strictObject({
  /** Stable id of this wording, unique within the rule; saved drafts refer to it. */
  id: idSchema,
  /** A short name for the choice, shown next to its radio button. */
  label: localizedSchema,
  /** The alternative wording of the rule. */
  text: localizedSchema,
  /** The same wording said simply (easy read): short sentences, common words, one idea per sentence. */
  easyRead: localizedSchema,
});

/** Rules that differ in wording: the group picks one of these or the default text. */
export const wordingVariantsSchema = z.strictObject({
  /** Marks this as a choice between wordings. */
  kind: z.literal('wordings'),
  /** The alternative wordings, at least one. */
  options: z.array(wordingSchema).min(1, 'List at least one wording'),
});

/** Rules with a number the group chooses, such as meeting length. */
export const parameterVariantsSchema = z
  .strictObject({
    /** Marks this as a choice of a number. */
    kind: z.literal('parameter'),
    /** Placeholder name used in the rule text as `{name}`. */
    name: z.string().regex(/^[a-z]+$/, 'Use lower-case letters only'),
    /** The values the group can choose from. */
    values: z.array(z.number().int().positive()).min(2, 'Offer at least two values'),
    /** The value used when the group has not chosen. */
    default: z.number().int().positive(),
    /** The unit shown after the number, per language (for example "minutes"). */
    unit: localizedSchema,
  })
  .refine((p) => p.values.includes(p.default), {
    message: 'The default must be one of the values',
    path: ['default'],
  });

/** How a rule can vary between groups. */
export const variantsSchema = z.discriminatedUnion('kind', [wordingVariantsSchema, parameterVariantsSchema]);

/**
 * One ground rule in the catalogue, stored as `content/rules/<id>.yaml`.
 * The file name is the rule's stable id.
 */
export const ruleSchema = z
  .strictObject({
    /** The theme the rule belongs to. */
    theme: z.enum(THEMES),
    /** Position within its theme; lower comes first. */
    order: z.number().int().min(0),
    /** A short name for the rule. */
    title: localizedSchema,
    /** The default wording, as it appears on a charter. Use `{name}` for a parameter. */
    text: localizedSchema,
    /** One plain line on why groups use this rule. */
    why: localizedSchema,
    /**
     * The default wording said simply (easy read, "lettlest"): short sentences, common words, one idea
     * per sentence; held to a stricter readability gate than the guides. Use `{name}` for a parameter.
     */
    easyRead: localizedSchema,
    /** Alternative wordings, or a number the group chooses. */
    variants: variantsSchema.optional(),
    /** Ids of the evidence entries in `content/sources/` this rule rests on. */
    sources: z.array(idSchema).min(1, 'Cite at least one source'),
    /**
     * The places in the study this rule rests on: ids from the `places` of the study among `sources`
     * (such as `sounding-board` in `sources/landstad-2020.yaml`). Required when a study is a source;
     * the content check makes sure every id is a place the study declares.
     */
    at: z.array(idSchema).min(1, 'Name at least one place, or leave the field out').optional(),
    /** Labels that presets and the builder use to pick rules, such as `core` or `online`. */
    tags: z.array(idSchema).default([]),
  })
  .superRefine((rule, ctx) => {
    if (rule.variants?.kind !== 'parameter') return;
    const placeholder = `{${rule.variants.name}}`;
    for (const lang of ['en', 'nb'] as const) {
      for (const field of ['text', 'easyRead'] as const) {
        if (!rule[field][lang].includes(placeholder)) {
          ctx.addIssue({
            code: 'custom',
            message: `The ${field === 'text' ? 'text' : 'easy-read wording'} must contain ${placeholder} where the chosen number goes`,
            path: [field, lang],
          });
        }
      }
    }
  });

/** A rule as validated. */
export type Rule = z.infer<typeof ruleSchema>;
