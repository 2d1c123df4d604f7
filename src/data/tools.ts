/**
 * The props of the two meeting tools, "Agree it together" and meeting mode, prepared on the server in
 * the page's language: the tool's own strings only. The charter's texts (the catalogue, the themes, the
 * charter's strings and the crisis contacts) come from the builder's data files, one per language
 * (`builder.ts`, `/<lang>/builder/data.json`): the page's first script preloads its own language's when
 * something is saved (`src/lib/empty-device.ts`), and the tool fetches the other's when a draft in it is
 * shown (`src/lib/charter-texts.ts`). Those files are cached and stored for offline use like the
 * builder's, so the tools' pages stay small.
 */
import type { Lang } from '../schemas/common.ts';
import { STRINGS } from '../lib/i18n.ts';
import type { UiString } from '../lib/translate.ts';
import { builderDataHrefs } from './builder.ts';

// What a charter-language file that cannot be fetched is called, in the builder's own words.
const LANG_PREFIXES = ['builder.lang.failed', 'builder.lang.retry', 'builder.lang.name.'];
// The page's own text around the island (its title, lead and notice without JavaScript).
const PAGE_ONLY = ['title', 'description', 'lead', 'noscript', 'link'];

function pick(
  lang: Lang,
  prefixes: readonly string[],
  leaveOut: readonly string[],
): Record<string, UiString> {
  return Object.fromEntries(
    Object.entries(STRINGS[lang]).filter(
      ([key]) => prefixes.some((prefix) => key.startsWith(prefix)) && !leaveOut.includes(key),
    ),
  );
}

/** What either tool's island needs from its page, for one page language; `tool` picks its strings. */
export function toolProps(lang: Lang, tool: 'together' | 'meeting') {
  return {
    lang,
    // The together tool names the themes in the page's language (adding a rule).
    strings: pick(
      lang,
      [`${tool}.`, 'readAloud.', ...LANG_PREFIXES, ...(tool === 'together' ? ['theme.'] : [])],
      PAGE_ONLY.map((key) => `${tool}.${key}`),
    ),
    hrefs: builderDataHrefs(),
  };
}
