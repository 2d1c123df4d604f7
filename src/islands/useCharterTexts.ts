/**
 * The charter's texts for a meeting tool (`src/lib/charter-texts.ts`): the builder's data file of the
 * page's language (preloaded by the page when something is saved, fetched by the tool otherwise), and
 * of each language a shown draft is in. A file that cannot be fetched is said, and "Try again" asks
 * for it again; nothing the group saved is touched meanwhile.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { hasTexts, textLoader, type CharterTexts } from '../lib/charter-texts.ts';

/** What the tool gets. */
export interface ToolTexts {
  /** The texts loaded so far (a first file has arrived), or undefined. */
  texts: CharterTexts | undefined;
  /** Whether every language asked for is here. */
  ready: boolean;
  /** The languages asked for whose files could not be fetched (until they are asked for again). */
  failed: readonly ('en' | 'nb')[];
  /** Asks again for the languages that failed. */
  retry: () => void;
  /** Goes up by one whenever a language is added, so memos can follow the texts. */
  version: number;
}

const LANGUAGES = ['en', 'nb'] as const;

/** Loads the texts of the languages in `wanted` (duplicates and undefined are left out). */
export function useCharterTexts(
  hrefs: Readonly<Record<'en' | 'nb', string>>,
  wanted: readonly ('en' | 'nb' | undefined)[],
): ToolTexts {
  const loader = useMemo(
    () =>
      textLoader(
        hrefs,
        (href) =>
          fetch(href).then((response) =>
            response.ok ? response.json() : Promise.reject(new Error(String(response.status))),
          ),
        LANGUAGES,
      ),
    [hrefs],
  );
  const [version, setVersion] = useState(0);
  const [failed, setFailed] = useState<readonly ('en' | 'nb')[]>([]);
  const [attempt, setAttempt] = useState(0);
  const langs = [...new Set(wanted.filter((l): l is 'en' | 'nb' => l !== undefined))];
  const missing = langs.filter((l) => !hasTexts(loader.texts, l));
  const key = missing.join(' ');

  useEffect(() => {
    for (const lang of missing) {
      void loader.load(lang).then((ok) => {
        if (ok) setVersion((v) => v + 1);
        else setFailed((list) => (list.includes(lang) ? list : [...list, lang]));
      });
    }
  }, [key, attempt, loader]);

  return {
    texts: loader.texts,
    ready: missing.length === 0,
    failed: failed.filter((l) => missing.includes(l)),
    retry: () => {
      setFailed([]);
      setAttempt((a) => a + 1);
    },
    version,
  };
}
