/**
 * The charter builder island: the screen of the builder. The session (the
 * draft, saving, undo, tabs, links and files) is `src/lib/charter/session.ts`,
 * reached through `useSession`; the charter, its warnings and its files are
 * pure modules in `src/lib/charter/`; each part of the screen is a component
 * in `./builder/`. This file wires them together and moves focus and the
 * announcement when the step changes. Everything it shows comes from the
 * builder's data for the page's language (`src/data/builder.ts`); a charter in
 * the other language loads that language's data first.
 */
import type { JSX } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Theme } from '../schemas/rule.ts';
import type { CentreParams } from '../lib/centre-link.ts';
import type { MemberCard } from '../lib/charter/cards.ts';
import { draftFromPreset, type Action } from '../lib/charter/actions.ts';
import { makeCatalogue, type CatalogueRule, type CataloguePreset } from '../lib/charter/catalogue.ts';
import type { Translate } from '../lib/charter/charter.ts';
import type { DownloadKind } from '../lib/charter/downloads.ts';
import {
  blankDraft,
  CHARTER_LANGS,
  MAX_DRAFT_BYTES,
  STEPS,
  type Draft,
  type Step,
} from '../lib/charter/draft.ts';
import type { Kit } from '../lib/charter/on-demand/kit.ts';
import type { FieldError } from '../lib/charter/validate.ts';
import { makeTranslator, type UiString } from '../lib/translate.ts';
import type { ThemePicture } from '../components/charter/on-demand/ThemePicture.tsx';
import { Pictures } from '../components/charter/pictures.ts';
import type { BuilderContext, CrisisByLang, Strings, T } from './builder/context.ts';
import { Manage } from './builder/Manage.tsx';
import { draftName, Notices } from './builder/Notices.tsx';
import type { KitView } from './builder/on-demand/KitView.tsx';
import type { MemberCardSheet } from './builder/on-demand/MemberCards.tsx';
import type { PrintPart } from './builder/PrintArea.tsx';
import { Progress } from './builder/Progress.tsx';
import { StepStart } from './builder/StepStart.tsx';
import { decodeMessage } from './builder/messages.ts';
import { dropFragment, useSession } from './builder/useSession.ts';
import './builder/builder.css';

/** The builder's later steps and what they show, loaded once it has started (`./builder/on-demand/later.ts`). */
type Later = typeof import('./builder/on-demand/later.ts');

/**
 * What the builder needs from the server, in the page's language. The catalogue's and presets' texts,
 * the charter's strings and the crisis contacts come in that language only, and gain the other
 * language's when a charter is written in it (the typed records say every language; the island only
 * reads a language once {@link hasCharterLang} says it is there).
 */
export interface BuilderData {
  /** The page's language. */
  lang: 'en' | 'nb';
  /** Interface strings in the page's language. */
  strings: Strings;
  /** The charter's own strings (headings, declaration, themes), by language. */
  charterStrings: Record<'en' | 'nb', Strings>;
  /** The rule catalogue, in display order. */
  rules: CatalogueRule[];
  /** The themes, in display order. */
  themes: Theme[];
  /** The presets, in display order. */
  presets: CataloguePreset[];
  /** Short labels of the sources, by id. */
  sources: Record<string, string>;
  /** Crisis contacts for the charter, per language. */
  crisis: CrisisByLang;
  /** The address of the paper worksheet. */
  worksheetUrl: string;
}

interface Props {
  /** The {@link BuilderData} as one JSON text: the page's data file, as fetched. */
  data: string;
  /** Every language's data file, by language: a charter in another language loads that one. */
  hrefs: Record<'en' | 'nb', string>;
}

/** Whether the data holds a charter language's texts yet. */
export function hasCharterLang(data: BuilderData, lang: 'en' | 'nb'): boolean {
  return lang in data.charterStrings && lang in data.crisis;
}

/** What a charter language is doing while its texts load: loading, or it could not be loaded. */
type LangLoad = { lang: 'en' | 'nb'; failed: boolean } | undefined;

const HEADINGS = {
  start: 'builder.start.heading',
  group: 'builder.group.heading',
  rules: 'builder.rules.heading',
  meetings: 'builder.meetings.heading',
  changes: 'builder.changes.heading',
  review: 'builder.review.heading',
} as const satisfies Record<Step, string>;

// Made on first use: building a date format loads locale data, which is slow on a phone.
const formats = new Map<string, Intl.DateTimeFormat>();
function formatTime(iso: string, lang: string, style: 'time' | 'date-time'): string {
  if (!iso) return '';
  const key = `${lang}-${style}`;
  let format = formats.get(key);
  if (!format) {
    const locale = lang === 'nb' ? 'nb-NO' : 'en-GB';
    format = new Intl.DateTimeFormat(
      locale,
      style === 'time' ? { hour: '2-digit', minute: '2-digit' } : { dateStyle: 'medium', timeStyle: 'short' },
    );
    formats.set(key, format);
  }
  return format.format(new Date(iso));
}

/**
 * Instead of a later step while its code loads, or when it could not be loaded. Trying again loads
 * the page again (a browser keeps a module that failed to load as failed until then); the draft is
 * saved on the device, so nothing is lost.
 */
function LaterWait({ failed, t, onRetry }: { failed: boolean; t: T; onRetry: () => void }): JSX.Element {
  if (!failed) {
    return (
      <p class="notice" role="status" id="later-wait">
        {t('builder.later.loading')}
      </p>
    );
  }
  return (
    <div class="notice notice-error" role="alert" id="later-wait">
      <p>{t('builder.later.failed')}</p>
      <button type="button" class="button" onClick={onRetry}>
        {t('builder.lang.retry')}
      </button>
    </div>
  );
}

/** The charter builder. */
export default function CharterBuilder({ data, hrefs }: Props): JSX.Element {
  const props = useMemo(() => JSON.parse(data) as BuilderData, [data]);
  const { lang, strings, charterStrings, presets, sources, crisis, worksheetUrl } = props;
  const t: T = useMemo(() => makeTranslator(lang, strings), [lang, strings]);
  const catalogue = useMemo(() => makeCatalogue(props.rules, props.themes), [props.rules, props.themes]);

  // The later steps' code: loaded once the builder has started, or at once when it opens at one.
  const [later, setLater] = useState<Later | null>(null);
  const [laterFailed, setLaterFailed] = useState(false);
  const laterLoading = useRef<Promise<void> | null>(null);
  const laterModule = useRef<Later | null>(null);
  const loadLater = () =>
    (laterLoading.current ??= import('./builder/on-demand/later.ts').then(
      (m) => {
        laterModule.current = m;
        setLaterFailed(false);
        setLater(() => m);
      },
      () => {
        laterLoading.current = null;
        setLaterFailed(true);
      },
    ));

  // The charter's languages whose texts are here: the page's at first. Another one is fetched when a
  // draft in it opens or the group chooses it, and its texts are added to the same catalogue objects
  // (so the session, which holds the catalogue, keeps working).
  const [langs, setLangs] = useState(() => new Set(CHARTER_LANGS.filter((l) => hasCharterLang(props, l))));
  const [langLoad, setLangLoad] = useState<LangLoad>();
  const langLoading = useRef(new Map<'en' | 'nb', Promise<boolean>>());
  const loadLang = (wanted: 'en' | 'nb'): Promise<boolean> => {
    if (hasCharterLang(props, wanted)) return Promise.resolve(true);
    let pending = langLoading.current.get(wanted);
    if (!pending) {
      pending = Promise.all([
        fetch(hrefs[wanted]).then((response) =>
          response.ok ? (response.json() as Promise<BuilderData>) : Promise.reject(),
        ),
        import('../lib/on-demand/merge-languages.ts'),
      ])
        .then(([other, { mergeLanguages }]) => {
          const pick = (d: BuilderData) => ({
            rules: d.rules,
            presets: d.presets,
            charterStrings: d.charterStrings,
            crisis: d.crisis,
          });
          if (!mergeLanguages(pick(props), pick(other), CHARTER_LANGS) || !hasCharterLang(props, wanted)) {
            return Promise.reject();
          }
          setLangs(new Set(CHARTER_LANGS.filter((l) => hasCharterLang(props, l))));
          return true;
        })
        .catch(() => {
          langLoading.current.delete(wanted);
          return false;
        });
      langLoading.current.set(wanted, pending);
    }
    return pending;
  };

  const [announcement, setAnnouncement] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [showSummary, setShowSummary] = useState(false);
  const [activeRule, setActiveRule] = useState<string | undefined>();
  const [suggested, setSuggested] = useState<string | undefined>();
  const [centre, setCentre] = useState<CentreParams | undefined>();
  const [fileMessage, setFileMessage] = useState<{ text: string; error: boolean } | undefined>();
  const [printPart, setPrintPart] = useState<PrintPart>('charter');
  const [kit, setKit] = useState<{ kit: Kit; View: typeof KitView } | null>(null);
  const [members, setMembers] = useState<{ card: MemberCard; View: typeof MemberCardSheet } | null>(null);
  const [picture, setPicture] = useState<typeof ThemePicture | null>(null);
  const picturesLoading = useRef<Promise<void> | null>(null);
  // Which themes of the rules step are open: all closed at first, so the step is short on a phone.
  const [openThemes, setOpenThemes] = useState<ReadonlySet<Theme | 'own'>>(new Set());
  const toggleTheme = (theme: Theme | 'own', open: boolean) =>
    setOpenThemes((now) => {
      const next = new Set(now);
      if (open) next.add(theme);
      else next.delete(theme);
      return next;
    });
  const headingRef = useRef<HTMLHeadingElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const pendingFocus = useRef<string | null>(null);
  const lastSaveAnnounced = useRef('');

  const onStep = (step: Step, initial: boolean) => {
    setErrors([]);
    setShowSummary(false);
    if (!initial) pendingFocus.current ??= 'step-heading';
    const n = STEPS.indexOf(step) + 1;
    setAnnouncement(
      initial
        ? t('builder.stepOf', { n, total: STEPS.length })
        : `${t('builder.stepOf', { n, total: STEPS.length })}: ${t(`builder.step.${step}`)}`,
    );
  };
  const { session, state, navigate } = useSession(catalogue, lang, onStep);
  const dispatch = (action: Action) => session.edit(action);
  const { draft, step, started, ready } = state;

  // A draft in a language whose texts are not here yet (opened from a file, a link or this device):
  // they load first, and the steps wait for them. Until then the charter is made in the page's
  // language, never shown.
  const hasLang = langs.has(draft.lang);
  useEffect(() => {
    if (hasLang) return;
    setLangLoad({ lang: draft.lang, failed: false });
    const wanted = draft.lang;
    void loadLang(wanted).then((ok) => setLangLoad(ok ? undefined : { lang: wanted, failed: true }));
  }, [draft.lang, hasLang]);
  const shown = hasLang ? draft : { ...draft, lang };
  // The group chose another language for the charter: it changes once its texts are here.
  const [langChoice, setLangChoice] = useState<LangLoad>();
  const chooseLang = (wanted: 'en' | 'nb') => {
    if (langs.has(wanted)) {
      setLangChoice(undefined);
      dispatch({ type: 'set-lang', lang: wanted });
      return;
    }
    setLangChoice({ lang: wanted, failed: false });
    void loadLang(wanted).then((ok) => {
      setLangChoice(ok ? undefined : { lang: wanted, failed: true });
      if (ok) dispatch({ type: 'set-lang', lang: wanted });
    });
  };

  // A preset suggested by the link, and a centre's details; the centre's are checked by the link module,
  // loaded only when such a link was followed.
  useLayoutEffect(() => {
    const params = new URLSearchParams(window.location.search);
    const preset = params.get('preset');
    if (preset && presets.some((p) => p.id === preset)) setSuggested(preset);
    if (['centre', 'starter', 'contact'].some((name) => params.has(name))) {
      void import('../lib/centre-link.ts').then(({ parseCentreParams }) => {
        const found = parseCentreParams(
          window.location.search,
          presets.map((p) => p.id),
        );
        if (found.centre || found.starter || found.contact) setCentre(found);
      });
    }
  }, []);

  // The builder is ready when its session has started and the step it shows has its code: the start
  // step's is here from the first load; the later steps' loads once the start step shows (or at once
  // for a later step), so a first visit does not wait for it.
  const shows = ready && (step === 'start' || later !== null);
  // A later step needs its code now; on the start step it loads after the first frame has been drawn,
  // so it does not hold the start step back.
  useEffect(() => {
    if (ready && step !== 'start') void loadLater();
  }, [ready, step]);

  // For the timing bench (src/tools/bench-browser.mjs): the first frame that shows the ready builder.
  const marked = useRef(false);
  useLayoutEffect(() => {
    if (!shows || marked.current) return;
    marked.current = true;
    requestAnimationFrame(() =>
      setTimeout(() => {
        performance.mark('builder-ready');
        void loadLater();
      }, 0),
    );
  }, [shows]);

  // Move focus after a step change: to the element asked for, or to the step's heading.
  useLayoutEffect(() => {
    const id = pendingFocus.current;
    if (!id) return;
    pendingFocus.current = null;
    const target = id === 'step-heading' ? headingRef.current : document.getElementById(id);
    (target ?? headingRef.current)?.focus();
    target?.scrollIntoView?.({ block: 'start' });
  });

  // The header's link to the other language keeps the step, so switching language keeps the place
  // (the draft is the same on this device in both languages).
  useLayoutEffect(() => {
    const link = document.querySelector<HTMLAnchorElement>('a.lang[hreflang]');
    if (!link) return;
    const url = new URL(link.href);
    if (started && step !== 'start') url.searchParams.set('step', step);
    else url.searchParams.delete('step');
    link.href = url.toString();
  }, [step, started]);

  // A save is announced once a minute at most, so typing is not interrupted by the screen reader.
  const save = state.save;
  const savedText = save?.ok ? t('builder.status.saved', { time: formatTime(save.at, lang, 'time') }) : '';
  useLayoutEffect(() => {
    if (savedText && savedText !== lastSaveAnnounced.current) {
      lastSaveAnnounced.current = savedText;
      setAnnouncement(savedText);
    }
  }, [savedText]);

  const goTo = (next: Step, focusId?: string, returnTo: Step | null = null) => {
    // A link to a rule, or to its theme, opens that theme so the element can take focus.
    const theme =
      next === 'rules' && focusId && later ? later.themeOfTarget(focusId, { catalogue, draft }) : undefined;
    if (theme) toggleTheme(theme, true);
    pendingFocus.current = focusId ?? 'step-heading';
    navigate(next, returnTo);
  };

  // Live errors: once shown, they update as the person types, and go away when fixed.
  const liveErrors =
    errors.length > 0 && later
      ? step === 'review'
        ? later.validate(draft)
        : later.validateStep(draft, step)
      : [];

  // A new draft from a centre's link carries the starter's details; the group can hide or remove them.
  const withStarter = (next: Draft): Draft =>
    centre
      ? {
          ...next,
          starter: {
            centre: centre.centre ?? '',
            name: centre.starter ?? '',
            contact: centre.contact?.value ?? '',
            onCharter: true,
          },
        }
      : next;
  const confirmReplace = () => !started || window.confirm(t('builder.start.replace'));
  const begin = (next: Draft, source: 'preset' | 'blank') => {
    if (!confirmReplace()) return;
    session.replace(withStarter(next), source, 'group');
    goTo('group');
  };

  const onFile = async (file: File) => {
    const keptNote = started ? ` ${t('builder.file.unchanged')}` : '';
    const refuse = (text: string) => setFileMessage({ text: text + keptNote, error: true });
    if (file.size > MAX_DRAFT_BYTES) {
      refuse(decodeMessage(t, { kind: 'too-large', bytes: file.size, limit: MAX_DRAFT_BYTES }));
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      refuse(t('builder.file.damaged'));
      return;
    }
    const { decodeDraft } = await import('../lib/charter/on-demand/codec.ts');
    const result = decodeDraft(text);
    if (!result.ok) {
      refuse(decodeMessage(t, result.error, (id) => catalogue.byId.get(id)?.title[lang] ?? id));
      return;
    }
    if (!confirmReplace()) return;
    setFileMessage(undefined);
    // The file's name is shown isolated, so right-to-left or control characters in it cannot turn the sentence around.
    session.replace(result.draft, 'file', 'review', {
      file: `\u2068${file.name}\u2069`,
      migrated: !!result.migratedFrom,
    });
    goTo('review');
  };

  const next = () => {
    if (!later) return;
    const found = later.validateStep(draft, step);
    if (found.length > 0) {
      setErrors(found);
      setShowSummary(true);
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    const following = STEPS[STEPS.indexOf(step) + 1];
    if (following) goTo(following);
  };
  const back = () => {
    const previous = STEPS[STEPS.indexOf(step) - 1];
    if (previous) goTo(previous);
  };

  // The charter's own strings, in the charter's language (which can differ from the page's).
  const charterT: Translate = useMemo(
    () => makeTranslator<string>(shown.lang, charterStrings[shown.lang] as Record<string, UiString>),
    [shown.lang, charterStrings, langs],
  );
  const charter = useMemo(
    () => later?.buildCharter(shown, catalogue, charterT, crisis[shown.lang]),
    [later, draft, hasLang, catalogue, charterT, crisis],
  );
  // The warnings compare the group's words with its facts in the charter's and the page's language.
  const warnings = useMemo(
    () => later?.warnings(shown, catalogue, lang) ?? [],
    [later, draft, hasLang, catalogue, lang, langs],
  );

  // The easy-read layout's theme pictures load when a draft first uses it, and stay.
  const loadPictures = () =>
    (picturesLoading.current ??= import('../components/charter/on-demand/ThemePicture.tsx').then((m) =>
      setPicture(() => m.ThemePicture),
    ));
  useEffect(() => {
    if (draft.layout === 'easy-read') void loadPictures();
  }, [draft.layout]);

  // Printing a part of the kit: its code loads on first use; then the print area shows that part.
  const printNow = async (part: PrintPart) => {
    if (!charter) return;
    let loaded = kit;
    if (charter.layout === 'easy-read') await loadPictures();
    if (part === 'members') {
      const [{ buildCard, today }, { MemberCardSheet: View }] = await Promise.all([
        import('../lib/charter/cards.ts'),
        import('./builder/on-demand/MemberCards.tsx'),
      ]);
      setMembers({ card: buildCard(draft, catalogue, charterT, crisis[draft.lang], today()), View });
    } else if (part !== 'charter' && part !== 'rota') {
      const [{ buildKit }, { KitView: View }] = await Promise.all([
        import('../lib/charter/on-demand/kit.ts'),
        import('./builder/on-demand/KitView.tsx'),
      ]);
      loaded = { kit: buildKit(draft, catalogue, charterT, charter), View };
      setKit(loaded);
    }
    setPrintPart(part);
    // After the print dialog closes, the print area goes back to the charter (so Ctrl+P prints it).
    window.addEventListener('afterprint', () => setPrintPart('charter'), { once: true });
    requestAnimationFrame(() => window.print());
  };
  // The files are made from the charter, whose code comes with the later steps (here by the time a file is asked for).
  const saveKind = (kind: DownloadKind) => {
    if (charter) void later?.download(kind, draft, charter, charterT);
  };

  const reviewErrors = step === 'review' && later ? later.validate(draft) : [];
  const summaryErrors = step === 'review' ? reviewErrors : showSummary ? liveErrors : [];
  const ctx: BuilderContext = {
    lang,
    t,
    charterT,
    catalogue,
    presets,
    sources,
    draft,
    dispatch,
    errors: step === 'review' ? reviewErrors : liveErrors,
    goTo,
    setActiveRule,
  };
  const saved = state.saved;
  const kept = state.kept;

  return (
    <Pictures.Provider value={picture}>
      <div class={`builder${shows ? ' is-ready' : ''}`}>
        <div class="visually-hidden" aria-live="polite" aria-atomic="true">
          {announcement}
        </div>
        {!ready && (
          <p class="notice builder-starting">
            {t('builder.starting')} <a href={worksheetUrl}>{t('builder.noscriptLink')}</a>
          </p>
        )}
        <Progress step={step} started={started} t={t} goTo={(s) => goTo(s)} />
        <h2 id="step-heading" class="step-heading" tabIndex={-1} ref={headingRef}>
          {t(HEADINGS[step])}
        </h2>
        <Notices
          state={state}
          t={t}
          onUndo={() => {
            const to = state.undo?.step ?? 'start';
            session.undo();
            goTo(to);
          }}
          onOpenIncoming={() => {
            dropFragment();
            session.openIncoming();
            goTo('review');
          }}
          onIgnoreIncoming={() => {
            dropFragment();
            session.ignoreIncoming();
          }}
          onLoadNewer={() => void session.loadNewer()}
          onKeepMine={() => session.keepMine()}
          onSaveFile={() => saveKind('json')}
          onSaveAside={() =>
            void loadLater().then(() => laterModule.current?.saveAside(session.asideDrafts()))
          }
          onClearAside={() => window.confirm(t('builder.aside.clearConfirm')) && session.clearAside()}
        />
        {later && (
          <later.ErrorSummary errors={summaryErrors} step={step} t={t} goTo={goTo} summaryRef={summaryRef} />
        )}
        {!hasLang && later && (
          <later.LangWait
            load={langLoad}
            t={t}
            onRetry={() => {
              setLangLoad({ lang: draft.lang, failed: false });
              const wanted = draft.lang;
              void loadLang(wanted).then((ok) =>
                setLangLoad(ok ? undefined : { lang: wanted, failed: true }),
              );
            }}
            onUsePage={() => dispatch({ type: 'set-lang', lang })}
            pageLang={lang}
          />
        )}
        {hasLang && (
          <div class={step === 'rules' ? 'step-layout with-preview' : 'step-layout'}>
            <div class="step-body">
              {step === 'start' && (
                <StepStart
                  ctx={ctx}
                  suggested={suggested}
                  saved={
                    saved
                      ? {
                          name: draftName(saved.draft, t),
                          time: formatTime(saved.savedAt, lang, 'date-time'),
                        }
                      : undefined
                  }
                  kept={
                    kept
                      ? {
                          name: draftName(kept.draft, t),
                          time: formatTime(kept.replacedAt, lang, 'date-time'),
                        }
                      : undefined
                  }
                  onRestoreKept={() => {
                    session.restoreKept();
                    goTo('review');
                  }}
                  ready={ready}
                  onPreset={(preset) => begin(draftFromPreset(preset, catalogue, lang), 'preset')}
                  onBlank={() => begin(blankDraft(lang), 'blank')}
                  onResume={() => {
                    if (!saved || !confirmReplace()) return;
                    session.replace(saved.draft, 'resume', 'group', { migrated: !!saved.migratedFrom });
                    goTo('group');
                  }}
                  onFile={(file) => void onFile(file)}
                  fileMessage={fileMessage}
                  helpedBy={centre?.centre}
                />
              )}
              {step !== 'start' && !later && (
                <LaterWait failed={laterFailed} t={t} onRetry={() => window.location.reload()} />
              )}
              {step === 'group' && later && <later.StepGroup ctx={ctx} />}
              {step === 'rules' && later && (
                <later.StepRules ctx={ctx} themes={{ open: openThemes, toggle: toggleTheme }} />
              )}
              {step === 'meetings' && later && <later.StepMeetings ctx={ctx} />}
              {step === 'changes' && later && <later.StepChanges ctx={ctx} />}
              {step === 'review' && later && charter && (
                <later.StepReview
                  ctx={ctx}
                  charter={charter}
                  warnings={warnings}
                  available={later.availableDownloads(draft, charter)}
                  onPrint={(part) => void printNow(part)}
                  onDownload={saveKind}
                  onCopyText={async () => {
                    const { charterToText } = await import('../lib/charter/on-demand/plain-text.ts');
                    try {
                      await navigator.clipboard.writeText(charterToText(charter));
                      return true;
                    } catch {
                      return false;
                    }
                  }}
                  onMakeLink={async () => {
                    const { encodeShare, isChatSafe, shareUrl } =
                      await import('../lib/charter/on-demand/share.ts');
                    const url = shareUrl(
                      `${window.location.origin}${window.location.pathname}`,
                      await encodeShare(draft),
                    );
                    return { url, chatSafe: isChatSafe(url) };
                  }}
                  onFix={(to, target) => goTo(to, target, 'review')}
                  langChoice={langChoice}
                  onLang={chooseLang}
                />
              )}
            </div>
            {step === 'rules' && later && charter && (
              <later.Preview charter={charter} active={activeRule} t={t} />
            )}
          </div>
        )}
        {hasLang && step !== 'start' && later && (
          <div class="step-nav">
            <button type="button" class="button button-secondary" id="prev-step" onClick={back}>
              {t('builder.back')}
            </button>
            {state.returnTo && state.returnTo !== step && (
              <button
                type="button"
                class="button"
                id="return-step"
                onClick={() => goTo(state.returnTo ?? 'review')}
              >
                {t('builder.returnTo', { step: t(`builder.step.${state.returnTo}`) })}
              </button>
            )}
            {step !== 'review' && (
              <button
                type="button"
                class={state.returnTo ? 'button button-secondary' : 'button'}
                id="next-step"
                onClick={next}
              >
                {t('builder.next')}
              </button>
            )}
            {step !== 'review' && !state.returnTo && (
              <button
                type="button"
                class="button button-secondary"
                id="skip-review"
                onClick={() => goTo('review')}
              >
                {t('builder.skipToReview')}
              </button>
            )}
          </div>
        )}
        {savedText && <p class="save-status">{savedText}</p>}
        {started && (step === 'review' || step === 'start') && (
          <Manage
            t={t}
            onReset={(kind) => {
              session.reset(kind);
              goTo('start');
            }}
          />
        )}
        {started && hasLang && later && charter && (
          <later.PrintArea charter={charter} part={printPart} kit={kit} members={members} t={t} />
        )}
      </div>
    </Pictures.Provider>
  );
}
