/**
 * Real charters for tests: the rule catalogue, presets and crisis contacts
 * read from `content/` and validated with the same schemas as the build, and
 * a charter built from any draft with the real strings.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { buildCharter, type Charter, type Translate } from '../../src/lib/charter/charter.ts';
import { makeCatalogue, type Catalogue, type CataloguePreset } from '../../src/lib/charter/catalogue.ts';
import { draftFromPreset, reduce, type Action } from '../../src/lib/charter/actions.ts';
import type { CharterLang, Draft } from '../../src/lib/charter/draft.ts';
import { translator } from '../../src/lib/i18n.ts';
import { charterCrisis, type CrisisModel } from '../../src/lib/crisis.ts';
import { presetSchema } from '../../src/schemas/preset.ts';
import { ruleSchema, THEMES } from '../../src/schemas/rule.ts';
import { siteSchema } from '../../src/schemas/site.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

function readYamlDir(dir: string): { id: string; data: unknown }[] {
  const path = join(root, dir);
  return readdirSync(path)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => ({ id: basename(f, '.yaml'), data: parse(readFileSync(join(path, f), 'utf8')) as unknown }));
}

let catalogue: Catalogue | undefined;
let presets: CataloguePreset[] | undefined;

/** The real rule catalogue from `content/rules/`, sorted by theme and order like the site. */
export function loadCatalogue(): Catalogue {
  if (!catalogue) {
    const rules = readYamlDir('content/rules')
      .map(({ id, data }) => ({ ...ruleSchema.parse(data), id }))
      .sort((a, b) => THEMES.indexOf(a.theme) - THEMES.indexOf(b.theme) || a.order - b.order);
    catalogue = makeCatalogue(rules, THEMES);
  }
  return catalogue;
}

/** The real presets from `content/presets/`, in their display order. */
export function loadPresets(): CataloguePreset[] {
  presets ??= readYamlDir('content/presets')
    .map(({ id, data }) => ({ ...presetSchema.parse(data), id }))
    .sort((a, b) => a.order - b.order);
  return presets;
}

/** The crisis box of a charter in a language, from `content/site.yaml`, as the builder's page makes it. */
export function crisisFor(lang: CharterLang): CrisisModel {
  const site = siteSchema.parse(parse(readFileSync(join(root, 'content/site.yaml'), 'utf8')));
  return charterCrisis(site, lang, translator(lang)('crisis.chat'));
}

/** The charter's translator in a language, with the real strings. */
export function charterT(lang: CharterLang): Translate {
  return translator(lang) as Translate;
}

/** The charter for a draft, with the real catalogue, strings and crisis contacts in the draft's language. */
export function charterFor(draft: Draft): Charter {
  return buildCharter(draft, loadCatalogue(), charterT(draft.lang), crisisFor(draft.lang));
}

/** A draft from a real preset (the first when no id is given), with a fixed draft id so tests can compare. */
export function presetDraft(lang: CharterLang, presetId?: string): Draft {
  const all = loadPresets();
  const preset = presetId ? all.find((p) => p.id === presetId) : all[0];
  if (!preset) throw new Error(`no preset ${presetId ?? ''}`);
  return draftFromPreset(preset, loadCatalogue(), lang, 'test-draft');
}

/**
 * A draft from a real preset with the same text typed into every free-text
 * field, through the builder's own actions.
 */
export function draftWithText(value: string, lang: Draft['lang'] = 'en'): Draft {
  const catalogue = loadCatalogue();
  let draft = presetDraft(lang);
  const first = draft.rules[0];
  if (first?.kind !== 'catalogue') throw new Error('the first preset rule should be from the catalogue');
  const actions: Action[] = [
    ...(['name', 'purpose', 'audience', 'place', 'when'] as const).map((field): Action => ({
      type: 'set-group',
      field,
      value,
    })),
    { type: 'set-group', field: 'startDate', value: '2027-01-14' },
    { type: 'set-rule-text', id: first.id, text: value },
    { type: 'add-custom', theme: 'focus', text: value },
    { type: 'set-outline-label', key: 'opening', label: value },
    { type: 'add-outline', label: value, minutes: 5 },
    { type: 'set-role-label', key: 'host', label: value },
    { type: 'add-role', label: value },
    { type: 'set-absence', field: 'who', value },
    { type: 'set-absence', field: 'how', value },
    { type: 'set-when-broken', value },
    { type: 'set-review', field: 'how', value },
    { type: 'set-review', field: 'date', value: '2027-06-01' },
  ];
  for (const action of actions) draft = reduce(draft, action, catalogue);
  return draft;
}

/** The preset with this id. */
export function preset(id: string): CataloguePreset {
  const found = loadPresets().find((p) => p.id === id);
  if (!found) throw new Error(`no preset ${id}`);
  return found;
}

/** A draft after a list of changes. */
export function apply(draft: Draft, ...actions: Action[]): Draft {
  return actions.reduce((d, a) => reduce(d, a, loadCatalogue()), draft);
}
