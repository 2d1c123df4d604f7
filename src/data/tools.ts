/**
 * The props of the two meeting tools, "Agree it together" and meeting mode,
 * prepared on the server in the page's language like the builder's
 * (`builder.ts`): the page's own strings, the charter's strings in every
 * language (the tools show the charter in its own language), the catalogue
 * and the crisis contacts the charter model needs.
 */
import { LANGUAGES, type Lang } from '../schemas/common.ts';
import { THEMES } from '../schemas/rule.ts';
import { STRINGS, translator } from '../lib/i18n.ts';
import type { UiString } from '../lib/translate.ts';
import { charterCrisis, type CrisisModel } from '../lib/crisis.ts';
import { getRules, getSite } from './content.ts';

const CHARTER_PREFIXES = ['charter.', 'theme.', 'kit.'];

function pick(lang: Lang, prefixes: readonly string[]): Record<string, UiString> {
  return Object.fromEntries(
    Object.entries(STRINGS[lang]).filter(([key]) => prefixes.some((prefix) => key.startsWith(prefix))),
  );
}

/** What either tool's island needs, for one page language; `tool` picks its strings. */
export async function toolProps(lang: Lang, tool: 'together' | 'meeting') {
  const [rules, site] = await Promise.all([getRules(), getSite()]);
  const crisis = Object.fromEntries(
    LANGUAGES.map((l) => [l, charterCrisis(site, l, translator(l)('crisis.chat'))]),
  ) as Record<Lang, CrisisModel>;
  return {
    lang,
    // The together tool names the themes in the page's language (adding a rule).
    strings: pick(lang, [`${tool}.`, 'readAloud.', ...(tool === 'together' ? ['theme.'] : [])]),
    charterStrings: Object.fromEntries(LANGUAGES.map((l) => [l, pick(l, CHARTER_PREFIXES)])) as Record<
      Lang,
      Record<string, UiString>
    >,
    rules: rules.map((r) => ({ ...r.data, id: r.id })),
    themes: [...THEMES],
    crisis,
  };
}
