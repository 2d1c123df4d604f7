/**
 * The charter's languages whose texts are here: the page's at first. Another one is fetched when a
 * draft in it opens or the group chooses it (`/<lang>/builder/data.json`), and its texts are added to
 * the same catalogue objects, so the session, which holds the catalogue, keeps working. While a
 * draft's language loads, the steps wait; a choice waits until its texts are here; a failure changes
 * nothing and is said.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Action } from '../../lib/charter/actions.ts';
import { CHARTER_LANGS, type CharterLang } from '../../lib/charter/draft.ts';
import { hasCharterLang, type BuilderData, type LangLoad } from './data.ts';

/** What the island gets. */
export interface CharterLangs {
  /** The languages whose texts are here (a new set when one is added, so memos can follow it). */
  langs: ReadonlySet<CharterLang>;
  /** Whether the draft's own language is here. */
  hasLang: boolean;
  /** The draft's language loading, or failed to load. */
  langLoad: LangLoad;
  /** Loads the draft's language again after a failure. */
  retry: () => void;
  /** The language the group chose, loading, or failed to load. */
  langChoice: LangLoad;
  /** The group chose a language for the charter. */
  chooseLang: (wanted: CharterLang) => void;
}

/** Keeps the charter's languages. */
export function useCharterLangs(
  data: BuilderData,
  hrefs: Record<CharterLang, string>,
  draftLang: CharterLang,
  dispatch: (action: Action) => void,
): CharterLangs {
  const [langs, setLangs] = useState(() => new Set(CHARTER_LANGS.filter((l) => hasCharterLang(data, l))));
  const [langLoad, setLangLoad] = useState<LangLoad>();
  const [langChoice, setLangChoice] = useState<LangLoad>();
  const loading = useRef(new Map<CharterLang, Promise<boolean>>());

  const load = (wanted: CharterLang): Promise<boolean> => {
    if (hasCharterLang(data, wanted)) return Promise.resolve(true);
    let pending = loading.current.get(wanted);
    if (!pending) {
      pending = Promise.all([
        fetch(hrefs[wanted]).then((response) => (response.ok ? response.json() : Promise.reject())),
        import('../../lib/on-demand/merge-languages.ts'),
      ])
        .then(([other, { addLanguage }]) => addLanguage(data, other as BuilderData, wanted, CHARTER_LANGS))
        .catch(() => false)
        .then((ok) => {
          if (ok) setLangs(new Set(CHARTER_LANGS.filter((l) => hasCharterLang(data, l))));
          else loading.current.delete(wanted);
          return ok;
        });
      loading.current.set(wanted, pending);
    }
    return pending;
  };

  const hasLang = langs.has(draftLang);
  const loadDraftLang = () => {
    setLangLoad({ lang: draftLang, failed: false });
    const wanted = draftLang;
    void load(wanted).then((ok) => setLangLoad(ok ? undefined : { lang: wanted, failed: true }));
  };
  useEffect(() => {
    if (!hasLang) loadDraftLang();
  }, [draftLang, hasLang]);

  const chooseLang = (wanted: CharterLang) => {
    if (langs.has(wanted)) {
      setLangChoice(undefined);
      dispatch({ type: 'set-lang', lang: wanted });
      return;
    }
    setLangChoice({ lang: wanted, failed: false });
    void load(wanted).then((ok) => {
      setLangChoice(ok ? undefined : { lang: wanted, failed: true });
      if (ok) dispatch({ type: 'set-lang', lang: wanted });
    });
  };

  return { langs, hasLang, langLoad, retry: loadDraftLang, langChoice, chooseLang };
}
