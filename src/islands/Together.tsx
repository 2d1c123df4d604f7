/**
 * "Agree it together": the group goes through its draft one rule at a time on
 * one screen. The walk and its rules are `src/lib/together.ts`; keeping its
 * place on the device, across reloads and tabs, is `src/lib/together-session.ts`;
 * the builder's draft is read and, at the end, replaced through the builder's
 * own session (`src/lib/charter/session.ts`), which gives undo and keeps a copy
 * of the draft it replaces. This file wires them to the screens in `./together/`
 * and moves focus and the one announcement when the place changes.
 */
import type { JSX } from 'preact';
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { makeCatalogue } from '../lib/charter/catalogue.ts';
import { buildCharter, charterRules, type Translate } from '../lib/charter/charter.ts';
import { MAX_DRAFT_BYTES, type Draft } from '../lib/charter/draft.ts';
import type { KitCard } from '../lib/charter/on-demand/kit.ts';
import { Session, type SessionState } from '../lib/charter/session.ts';
import { isShareFragment } from '../lib/charter/share-fragment.ts';
import { browserStorage, STORAGE_KEY } from '../lib/charter/storage.ts';
import { isBlank } from '../lib/charter/text.ts';
import { TOGETHER_KEY } from '../lib/together-storage.ts';
import { localDay } from '../lib/format.ts';
import { resultDraft, startWalk, withoutAgreement, type Walk, type WalkAction } from '../lib/together.ts';
import { TogetherSession, type TogetherState } from '../lib/together-session.ts';
import { makeTranslator } from '../lib/translate.ts';
import { hasTexts } from '../lib/charter-texts.ts';
import { TextsFailed } from './TextsFailed.tsx';
import { EndScreen } from './together/EndScreen.tsx';
import { RuleScreen } from './together/RuleScreen.tsx';
import { StartScreen } from './together/StartScreen.tsx';
import type { Candidate, TogetherT, ToolData } from './together/types.ts';
import { useCharterTexts } from './useCharterTexts.ts';
import './tools.css';
import './starting.css';
import './together/together.css';

/** What the page gives the island, prepared on the server (`src/data/tools.ts`). */
export interface TogetherData extends ToolData {
  /** The paper worksheet's address. */
  worksheetUrl: string;
}

/** The island. */
export default function Together({ data }: { data: string }): JSX.Element {
  const props = useMemo(() => JSON.parse(data) as TogetherData, [data]);
  const { lang, strings } = props;
  const t = useMemo(() => makeTranslator(lang, strings) as TogetherT, [lang, strings]);
  const together = useMemo(() => new TogetherSession({ storage: browserStorage() }), []);
  const [bState, setBState] = useState<SessionState | null>(null);
  const [tState, setTState] = useState<TogetherState>(together.state);
  const [opened, setOpened] = useState<Draft | null>(null);
  const walk = tState.walk;
  const device: Candidate | null = bState?.started ? { draft: bState.draft, from: 'device' } : null;

  // The charter's texts: the page's language (for the builder's session) and each shown draft's.
  const texts = useCharterTexts(props.hrefs, [lang, device?.draft.lang, opened?.lang, walk?.draft.lang]);
  const charterStrings = texts.texts?.charterStrings ?? {};
  const catalogue = useMemo(
    () => (texts.texts ? makeCatalogue(texts.texts.rules, texts.texts.themes) : null),
    [texts.texts],
  );
  // The builder's session reads the draft and, at the end, replaces it; it needs the catalogue.
  const builder = useMemo(
    () => (catalogue ? new Session({ storage: browserStorage(), catalogue, lang }) : null),
    [catalogue, lang],
  );
  const [fileError, setFileError] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [made, setMade] = useState<'made' | 'undone' | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusNext = useRef(false);
  // The first-meeting kit gives each rule its why and question; its code loads when the page starts.
  const [kit, setKit] = useState<{
    buildKit: typeof import('../lib/charter/on-demand/kit.ts').buildKit;
  } | null>(null);

  useLayoutEffect(() => {
    if (!builder) return;
    setBState(builder.state);
    const offB = builder.subscribe(setBState);
    void builder.start('review');
    const onStorage = (event: StorageEvent) => {
      if (event.key === STORAGE_KEY) void builder.otherTabSaved();
    };
    window.addEventListener('storage', onStorage);
    return () => {
      offB();
      window.removeEventListener('storage', onStorage);
    };
  }, [builder]);

  useLayoutEffect(() => {
    const offT = together.subscribe(setTState);
    void import('../lib/charter/on-demand/kit.ts').then(({ buildKit }) => setKit({ buildKit }));
    // Fetched once the page has loaded, so that the service worker stores it with this page: a walk
    // saved today must be readable offline tomorrow, when the checks load (together-storage.ts).
    // Nothing on screen waits for it, so it comes after the page's first paint and load.
    const fetchChecks = () => void import('../lib/charter/on-demand/walk-schema.ts').catch(() => undefined);
    if (document.readyState === 'complete') fetchChecks();
    else window.addEventListener('load', fetchChecks, { once: true });
    void together.start();
    const onStorage = (event: StorageEvent) => {
      if (event.key === TOGETHER_KEY) void together.otherTabSaved();
    };
    window.addEventListener('storage', onStorage);
    // A share link opened on this page carries a draft to go through.
    const fragment = window.location.hash;
    if (isShareFragment(fragment)) {
      void import('../lib/charter/on-demand/share.ts').then(async ({ decodeShare }) => {
        const result = await decodeShare(fragment);
        if (result.ok) setOpened(result.draft);
        else setFileError(true);
        window.history.replaceState(null, '', window.location.pathname + window.location.search);
      });
    }
    return () => {
      offT();
      window.removeEventListener('load', fetchChecks);
      window.removeEventListener('storage', onStorage);
    };
  }, [together]);

  const ready = !!bState?.ready && tState.ready && kit !== null && texts.ready;
  const textsFailed = texts.failed[0];
  // Until then, the start screen the server drew stays (shown only on a device with nothing saved).
  const early = !ready && textsFailed === undefined;

  // The charter's strings and the walk's rules as the charter words them, with their why and question.
  const draftLang = walk?.draft.lang ?? lang;
  const charterT: Translate = useMemo(
    () => makeTranslator<string>(draftLang, charterStrings[draftLang] ?? {}),
    [draftLang, charterStrings, texts.version],
  );
  const cards = useMemo(() => {
    const crisis = walk && texts.texts?.crisis[walk.draft.lang];
    if (!walk || !kit || !catalogue || !crisis) return new Map<string, KitCard>();
    const charter = buildCharter(walk.draft, catalogue, charterT, crisis);
    return new Map(kit.buildKit(walk.draft, catalogue, charterT, charter).cards.map((c) => [c.key, c]));
  }, [walk?.draft, catalogue, charterT, kit, texts.version]);

  // After a move, the heading of the new place takes focus, and the live region says where the group is.
  useLayoutEffect(() => {
    if (!focusNext.current) return;
    focusNext.current = false;
    headingRef.current?.focus();
  });

  const placeText = (w: Walk) =>
    w.at < w.items.length
      ? t('together.progress', { n: w.at + 1, total: w.items.length })
      : t('together.end.heading');

  const dispatch = (action: WalkAction, say?: string) => {
    const before = together.state.walk;
    together.dispatch(action);
    const after = together.state.walk;
    if (!after || after === before) return;
    if (after.at !== before?.at) {
      focusNext.current = true;
      setAnnouncement(say ? `${say} ${placeText(after)}` : placeText(after));
    } else if (say) setAnnouncement(say);
  };

  const begin = (draft: Draft) => {
    const crisis = texts.texts?.crisis[draft.lang];
    if (!catalogue || !crisis || !hasTexts(texts.texts, draft.lang)) return;
    if (walk && !window.confirm(t('together.start.replace'))) return;
    const clean = withoutAgreement(draft);
    const charter = buildCharter(
      clean,
      catalogue,
      makeTranslator(clean.lang, charterStrings[clean.lang] ?? {}),
      crisis,
    );
    const keys = charterRules(charter).map((r) => r.key);
    together.begin(startWalk(clean, keys, localDay(new Date())));
    setMade(null);
    setOpened(null);
    focusNext.current = true;
    const next = together.state.walk;
    if (next) setAnnouncement(placeText(next));
  };

  const onFile = async (file: File) => {
    setFileError(false);
    if (file.size > MAX_DRAFT_BYTES) {
      setFileError(true);
      return;
    }
    try {
      const { decodeDraft } = await import('../lib/charter/on-demand/codec.ts');
      const result = decodeDraft(await file.text());
      if (result.ok) setOpened(result.draft);
      else setFileError(true);
    } catch {
      setFileError(true);
    }
  };

  const makeCharter = () => {
    if (!walk || !builder) return;
    const next = resultDraft(walk.draft, walk, { date: walk.date, present: walk.present });
    builder.replace(next, 'together', 'review');
    builder.save();
    together.dispatch({ type: 'made', at: new Date().toISOString() });
    setMade('made');
  };
  const undoMake = () => {
    if (!builder) return;
    builder.undo();
    builder.save();
    together.dispatch({ type: 'made', at: undefined });
    setMade('undone');
  };
  const again = () => {
    if (!window.confirm(t('together.againConfirm'))) return;
    together.clear();
    setMade(null);
    focusNext.current = true;
  };

  const notices = [
    tState.unreadable === 'moved' || tState.unreadable === 'stuck' ? t('together.unreadable') : '',
    tState.unreadable === 'newer' ? t('together.newer') : '',
    tState.notSaved && tState.unreadable !== 'newer' ? t('together.notSaved') : '',
    tState.followed > 0 ? t('together.followed') : '',
  ].filter(Boolean);

  const themes = texts.texts?.themes ?? [];

  return (
    <div class={`tool together${ready || textsFailed ? ' is-ready' : ''}`}>
      <div class="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </div>
      {early && (
        <p class="tool-notice tool-starting">
          {t('together.starting')} <a href={props.worksheetUrl}>{t('together.start.worksheet')}</a>
        </p>
      )}
      {notices.map((text) => (
        <p class="tool-notice" key={text}>
          {text}
        </p>
      ))}
      {textsFailed && <TextsFailed lang={textsFailed} t={t} onRetry={texts.retry} />}
      {(early || (ready && !walk)) && (
        <StartScreen
          early={early}
          t={t}
          device={early ? null : device}
          opened={early ? null : opened}
          fileError={fileError}
          builderUrl={props.builderUrl}
          headingRef={headingRef}
          nameOf={(d) =>
            isBlank(d.group.name)
              ? makeTranslator(d.lang, charterStrings[d.lang] ?? {})('charter.untitled')
              : d.group.name.trim()
          }
          onBegin={begin}
          onFile={(file) => void onFile(file)}
        />
      )}
      {ready && walk && walk.at < walk.items.length && (
        <RuleScreen
          key={walk.items[walk.at]?.key}
          t={t}
          walk={walk}
          cards={cards}
          themes={themes}
          headingRef={headingRef}
          dispatch={dispatch}
        />
      )}
      {ready && walk && walk.at >= walk.items.length && (
        <EndScreen
          t={t}
          charterT={charterT}
          walk={walk}
          cards={cards}
          themes={themes}
          headingRef={headingRef}
          dispatch={dispatch}
          made={made}
          pageLang={lang}
          builderUrl={props.builderUrl}
          onMake={makeCharter}
          onUndo={undoMake}
          onAgain={again}
        />
      )}
    </div>
  );
}
