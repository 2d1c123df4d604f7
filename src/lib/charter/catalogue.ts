/**
 * The shapes of the catalogue and presets as the builder receives them from
 * the server: the validated content plus each entry's id. Types only, so the
 * content schemas (full zod) never reach the browser.
 */
import type { Preset } from '../../schemas/preset.ts';
import type { Rule, Theme } from '../../schemas/rule.ts';

/** A catalogue rule with its id. */
export type CatalogueRule = Rule & { id: string };

/** A preset with its id. */
export type CataloguePreset = Preset & { id: string };

/** The rule catalogue, in display order, with a lookup by id. */
export interface Catalogue {
  /** Every rule, sorted by theme and order. */
  rules: CatalogueRule[];
  /** Rules by id. */
  byId: ReadonlyMap<string, CatalogueRule>;
  /** The themes in display order. */
  themes: readonly Theme[];
}

/** Builds the lookup for a list of rules. */
export function makeCatalogue(rules: CatalogueRule[], themes: readonly Theme[]): Catalogue {
  return { rules, byId: new Map(rules.map((r) => [r.id, r])), themes };
}
