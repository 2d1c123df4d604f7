/**
 * What every part of the builder needs: the strings, the catalogue and a way
 * to change the draft. Passed down as one object to keep the components thin.
 */
import type { Action } from '../../lib/charter/actions.ts';
import type { Catalogue, CataloguePreset } from '../../lib/charter/catalogue.ts';
import type { Translate } from '../../lib/charter/charter.ts';
import type { CrisisModel } from '../../lib/crisis.ts';
import type { Draft, Step } from '../../lib/charter/draft.ts';
import type { FieldError } from '../../lib/charter/validate.ts';
import type { UiKey } from '../../lib/i18n.ts';
import type { Translator, UiString } from '../../lib/translate.ts';

/** Interface strings for one language, by key: only the ones the builder uses are sent. */
export type Strings = Partial<Record<UiKey, UiString>>;

/** The translator of the builder's own interface: a key that does not exist fails the type check. */
export type T = Translator<UiKey>;

/** Crisis contacts per language, for the charter's crisis box. */
export type CrisisByLang = Record<'en' | 'nb', CrisisModel>;

/** Shared by all steps. */
export interface BuilderContext {
  /** The site language (the builder's own interface). */
  lang: 'en' | 'nb';
  /** Translates a key of the site language. */
  t: T;
  /** Translates a key of the charter's language (which can differ from the site's): for what is printed or saved. */
  charterT: Translate;
  /** The rule catalogue. */
  catalogue: Catalogue;
  /** The presets, in display order. */
  presets: CataloguePreset[];
  /** Short labels of the sources, by id. */
  sources: Record<string, string>;
  /** The current draft. */
  draft: Draft;
  /** Applies a change to the draft. */
  dispatch: (action: Action) => void;
  /** Errors shown after the person tried to continue. */
  errors: FieldError[];
  /** Moves to a step (and optionally focuses an element on it). */
  goTo: (step: Step, focusId?: string, returnTo?: Step | null) => void;
  /** Marks the rule being edited, so the preview can show it. */
  setActiveRule: (key: string | undefined) => void;
}
