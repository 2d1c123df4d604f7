/**
 * The builder island's props, prepared on the server in the page's language:
 * the strings it shows, the charter's strings in every language, the
 * catalogue, the presets, source labels and crisis contacts.
 */
import { LANGUAGES, type Lang } from '../schemas/common.ts';
import { THEMES } from '../schemas/rule.ts';
import { STRINGS } from '../lib/i18n.ts';
import { getPresets, getRules, getSite, getSources } from './content.ts';

const ISLAND_PREFIXES = ['builder.', 'charter.', 'theme.', 'warning.', 'rules.themes'];
const CHARTER_PREFIXES = ['charter.', 'theme.', 'kit.', 'builder.calendar.'];

function pick(lang: Lang, prefixes: readonly string[]): Record<string, string> {
  return Object.fromEntries(
    Object.entries(STRINGS[lang]).filter(([key]) => prefixes.some((prefix) => key.startsWith(prefix))),
  );
}

/** Everything the builder island needs, for one page language. */
export async function builderProps(lang: Lang) {
  const [rules, presets, sources, site] = await Promise.all([
    getRules(),
    getPresets(),
    getSources(),
    getSite(),
  ]);
  const country =
    site.crisis.countries.find((c) => c.code === site.crisis.primary) ?? site.crisis.countries[0];
  const crisis = Object.fromEntries(
    LANGUAGES.map((l) => [
      l,
      {
        lines: (country?.contacts ?? []).map((c) => ({ phone: c.phone, name: c.name[l], when: c.when[l] })),
        fallback: site.crisis.fallback[l],
      },
    ]),
  ) as Record<Lang, { lines: { phone: string; name: string; when: string }[]; fallback: string }>;
  return {
    lang,
    strings: pick(lang, ISLAND_PREFIXES),
    charterStrings: Object.fromEntries(LANGUAGES.map((l) => [l, pick(l, CHARTER_PREFIXES)])) as Record<
      Lang,
      Record<string, string>
    >,
    rules: rules.map((r) => ({ ...r.data, id: r.id })),
    themes: [...THEMES],
    presets: presets.map((p) => ({ ...p.data, id: p.id })),
    sources: Object.fromEntries([...sources].map(([id, s]) => [id, s.short])),
    crisis,
  };
}
