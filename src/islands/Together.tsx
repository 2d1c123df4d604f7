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
import { STORAGE_KEY } from '../lib/charter/storage.ts';
import { isBlank } from '../lib/charter/text.ts';
import { TOGETHER_KEY } from '../lib/together-storage.ts';
import { localDay } from '../lib/format.ts';
import { resultDraft, startWalk, withoutAgreement, type Walk, type WalkAction } from '../lib/together.ts';
import { TogetherSession, type TogetherState } from '../lib/together-session.ts';
import { makeTranslator } from '../lib/translate.ts';
import { browserStorage } from './device.ts';
import { EndScreen } from './together/EndScreen.tsx';
import { RuleScreen } from './together/RuleScreen.tsx';
import { StartScreen } from './together/StartScreen.tsx';
import type { Candidate, TogetherT, ToolData } from './together/types.ts';
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
  const { lang, strings, charterStrings, crisis } = props;
  const t = useMemo(() => makeTranslator(lang, strings) as TogetherT, [lang, strings]);
  const catalogue = useMemo(() => makeCatalogue(props.rules, props.themes), [props.rules, props.themes]);

  const builder = useMemo(
    () => new Session({ storage: browserStorage(), catalogue, lang }),
    [catalogue, lang],
  );
  const together = useMemo(() => new TogetherSession({ storage: browserStorage() }), []);
  const [bState, setBState] = useState<SessionState>(builder.state);
  const [tState, setTState] = useState<TogetherState>(together.state);
  const [opened, setOpened] = useState<Draft | null>(null);
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
    const offB = builder.subscribe(setBState);
    const offT = together.subscribe(setTState);
    void import('../lib/charter/on-demand/kit.ts').then(({ buildKit }) => setKit({ buildKit }));
    // Fetched now, so that the service worker stores it with this page: a walk saved today must be
    // readable offline tomorrow, when the checks load (together-storage.ts).
    void import('../lib/charter/on-demand/walk-schema.ts').catch(() => undefined);
    void builder.start('review');
    void together.start();
    const onStorage = (event: StorageEvent) => {
      if (event.key === TOGETHER_KEY) void together.otherTabSaved();
      if (event.key === STORAGE_KEY) void builder.otherTabSaved();
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
      offB();
      offT();
      window.removeEventListener('storage', onStorage);
    };
  }, [builder, together]);

  const walk = tState.walk;
  const ready = bState.ready && tState.ready && kit !== null;

  // The charter's strings and the walk's rules as the charter words them, with their why and question.
  const draftLang = walk?.draft.lang ?? lang;
  const charterT: Translate = useMemo(
    () => makeTranslator<string>(draftLang, charterStrings[draftLang]),
    [draftLang, charterStrings],
  );
  const cards = useMemo(() => {
    if (!walk || !kit) return new Map<string, KitCard>();
    const charter = buildCharter(walk.draft, catalogue, charterT, crisis[walk.draft.lang]);
    return new Map(kit.buildKit(walk.draft, catalogue, charterT, charter).cards.map((c) => [c.key, c]));
  }, [walk?.draft, catalogue, charterT, crisis, kit]);

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
    if (walk && !window.confirm(t('together.start.replace'))) return;
    const clean = withoutAgreement(draft);
    const charter = buildCharter(
      clean,
      catalogue,
      makeTranslator(clean.lang, charterStrings[clean.lang]),
      crisis[clean.lang],
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
    if (!walk) return;
    const next = resultDraft(walk.draft, walk, { date: walk.date, present: walk.present });
    builder.replace(next, 'together', 'review');
    builder.save();
    together.dispatch({ type: 'made', at: new Date().toISOString() });
    setMade('made');
  };
  const undoMake = () => {
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

  const device: Candidate | null = bState.started ? { draft: bState.draft, from: 'device' } : null;

  return (
    <div class={`tool together${ready ? ' is-ready' : ''}`}>
      <div class="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </div>
      {!ready && (
        <p class="tool-notice tool-starting">
          {t('together.starting')} <a href={props.worksheetUrl}>{t('together.start.worksheet')}</a>
        </p>
      )}
      {notices.map((text) => (
        <p class="tool-notice" key={text}>
          {text}
        </p>
      ))}
      {ready && !walk && (
        <StartScreen
          t={t}
          device={device}
          opened={opened}
          fileError={fileError}
          builderUrl={props.builderUrl}
          headingRef={headingRef}
          nameOf={(d) =>
            isBlank(d.group.name)
              ? makeTranslator(d.lang, charterStrings[d.lang])('charter.untitled')
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
          themes={props.themes}
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
          themes={props.themes}
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
