import { z } from 'zod';
import { idSchema, localizedSchema } from './common.ts';

/** How long meetings last by default, in minutes. */
export const MEETING_LENGTHS = [60, 90, 120] as const;

/** What a preset sets before the group changes anything. */
export const presetDefaultsSchema = z
  .strictObject({
    /** Meeting length in minutes. */
    meetingMinutes: z.union([z.literal(60), z.literal(90), z.literal(120)]),
    /** The smallest group that works well. */
    minMembers: z.number().int().min(2).max(20),
    /** The largest group that works well. */
    maxMembers: z.number().int().min(2).max(20),
    /** Whether new members can join after the start (`open`) or not (`closed`). */
    openness: z.enum(['open', 'closed']),
    /** How often the group meets. */
    frequency: z.enum(['weekly', 'fortnightly', 'monthly']),
    /** Whether the group meets in a room or online. */
    setting: z.enum(['in-person', 'online']),
  })
  .refine((d) => d.minMembers <= d.maxMembers, {
    message: 'minMembers must not be larger than maxMembers',
    path: ['minMembers'],
  });

/**
 * A starting point for the charter builder, stored as `content/presets/<id>.yaml`.
 * The file name is the preset's stable id, used in links such as `?preset=<id>`.
 */
export const presetSchema = z.strictObject({
  /** Position in the list of presets; lower comes first. */
  order: z.number().int().min(0),
  /** The preset's name. */
  name: localizedSchema,
  /** One line that says who this starting point suits. */
  description: localizedSchema,
  /** Ids of the catalogue rules the preset starts with, in charter order. */
  rules: z.array(idSchema).min(1, 'Start with at least one rule'),
  /** Defaults for the group's details. */
  defaults: presetDefaultsSchema,
  /** Ids of the evidence entries this preset rests on. */
  sources: z.array(idSchema).min(1, 'Cite at least one source'),
});

/** A preset as validated. */
export type Preset = z.infer<typeof presetSchema>;
