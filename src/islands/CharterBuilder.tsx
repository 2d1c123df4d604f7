/**
 * The charter builder island: the screen of the builder. The session (the
 * draft, saving, undo, tabs, links and files) is `src/lib/charter/session.ts`,
 * reached through `useSession`; the charter, its warnings and its files are
 * pure modules in `src/lib/charter/`; each part of the screen is a component
 * in `./builder/`, and the hooks there keep the charter's languages
 * (`useCharterLangs`), the later steps' code (`useLater`), the address's
 * preset and centre (`useLinkParams`) and printing (`usePrint`). This file
 * wires them together and moves focus and the announcement when the step
 * changes. Everything it shows comes from the builder's data for the page's
 * language (`src/data/builder.ts`).
 */
import type { JSX } from 'preact';
import { useMemo, useRef, useState } from 'preact/hooks';
import { draftFromPreset, type Action } from '../lib/charter/actions.ts';
import { makeCatalogue } from '../lib/charter/catalogue.ts';
import type { Translate } from '../lib/charter/charter.ts';
import type { DownloadKind } from '../lib/charter/downloads.ts';
import { blankDraft, STEPS, type Draft, type Step } from '../lib/charter/draft.ts';
import type { FieldError } from '../lib/charter/validate.ts';
import { makeTranslator, type UiString } from '../lib/translate.ts';
import { Pictures } from '../components/charter/pictures.ts';
import type { BuilderContext, T } from './builder/context.ts';
import type { BuilderData } from './builder/data.ts';
import { formatTime } from './builder/format-time.ts';
import { LaterWait } from './builder/LaterWait.tsx';
import { Manage } from './builder/Manage.tsx';
import { draftName } from './builder/Notices.tsx';
import { SessionNotices } from './builder/SessionNotices.tsx';
import { Progress, STEP_HEADINGS } from './builder/Progress.tsx';
import { StepNav } from './builder/StepNav.tsx';
import { StepStart } from './builder/StepStart.tsx';
import { useCharterLangs } from './builder/useCharterLangs.ts';
import { useLater } from './builder/useLater.ts';
import { useOpenThemes } from './builder/useOpenThemes.ts';
import { useLanguageLink, useLinkParams } from './builder/useLinkParams.ts';
import { usePrint } from './builder/usePrint.ts';
import { useSavedText, useStepFocus } from './builder/useStepFocus.ts';
import { useSession } from './builder/useSession.ts';

interface Props {
  /** The {@link BuilderData} as one JSON text: the page's data file, as fetched. */
  data: string;
  /** Every language's data file, by language: a charter in another language loads that one. */
  hrefs: Record<'en' | 'nb', string>;
}

/** The charter builder. */
export default function CharterBuilder({ data, hrefs }: Props): JSX.Element {
  const props = useMemo(() => JSON.parse(data) as BuilderData, [data]);
  const { lang, strings, charterStrings, presets, sources, crisis, worksheetUrl } = props;
  const t: T = useMemo(() => makeTranslator(lang, strings), [lang, strings]);
  const catalogue = useMemo(() => makeCatalogue(props.rules, props.themes), [props.rules, props.themes]);

  const [errors, setErrors] = useState<FieldError[]>([]);
  const [showSummary, setShowSummary] = useState(false);
  const [activeRule, setActiveRule] = useState<string | undefined>();
  const [fileMessage, setFileMessage] = useState<{ text: string; error: boolean } | undefined>();
  const themes = useOpenThemes();
  const summaryRef = useRef<HTMLDivElement>(null);
  const focus = useStepFocus(t);
  const onStep = (step: Step, initial: boolean) => {
    setErrors([]);
    setShowSummary(false);
    focus.onStep(step, initial);
  };
  const { session, state, navigate } = useSession(catalogue, lang, onStep);
  const dispatch = (action: Action) => session.edit(action);
  const { draft, step, started, ready } = state;
  const { later, failed: laterFailed, load: loadLater, shows } = useLater(ready, step);
  const { suggested, centre, withStarter } = useLinkParams(presets);

  // A draft in a language whose texts are not here yet: the steps wait for them. Until then the
  // charter is made in the page's language, and never shown.
  const languages = useCharterLangs(props, hrefs, draft.lang, dispatch);
  const { langs, hasLang } = languages;
  const shown = hasLang ? draft : { ...draft, lang };

  useLanguageLink(step, started);

  const savedText = useSavedText(t, lang, state.save, focus.setAnnouncement);

  const goTo = (next: Step, focusId?: string, returnTo: Step | null = null) => {
    // A link to a rule, or to its theme, opens that theme so the element can take focus.
    const theme =
      next === 'rules' && focusId && later ? later.themeOfTarget(focusId, { catalogue, draft }) : undefined;
    if (theme) themes.toggle(theme, true);
    focus.pendingFocus.current = focusId ?? 'step-heading';
    navigate(next, returnTo);
  };

  // Live errors: once shown, they update as the person types, and go away when fixed.
  const check = (s: Step) =>
    !later ? [] : s === 'review' ? later.validate(draft) : later.validateStep(draft, s);
  const liveErrors = errors.length > 0 ? check(step) : [];

  const confirmReplace = () => !started || window.confirm(t('builder.start.replace'));
  const begin = (next: Draft, source: 'preset' | 'blank') => {
    if (!confirmReplace()) return;
    session.replace(withStarter(next), source, 'group');
    goTo('group');
  };

  const onFile = async (file: File) => {
    const { readDraftFile } = await import('./builder/on-demand/open-file.ts');
    const opened = await readDraftFile(file, t, catalogue, lang);
    if (!opened.ok) {
      setFileMessage({
        text: opened.message + (started ? ` ${t('builder.file.unchanged')}` : ''),
        error: true,
      });
      return;
    }
    if (!confirmReplace()) return;
    setFileMessage(undefined);
    // The file's name is shown isolated, so right-to-left or control characters in it cannot turn the sentence around.
    session.replace(opened.draft, 'file', 'review', {
      file: `\u2068${file.name}\u2069`,
      migrated: opened.migrated,
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
  const print = usePrint(draft, charter, catalogue, charterT, crisis[shown.lang]);
  // The files are made from the charter, whose code comes with the later steps (here by the time a file is asked for).
  const saveKind = (kind: DownloadKind) => {
    if (charter) void later?.download(kind, draft, charter, charterT);
  };

  const reviewErrors = step === 'review' ? check('review') : [];
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
  const { saved, kept } = state;
  const when = (name: string, time: string) => ({ name, time: formatTime(time, lang, 'date-time') });

  return (
    <Pictures.Provider value={print.picture}>
      <div class={`builder${shows ? ' is-ready' : ''}`}>
        <div class="visually-hidden" aria-live="polite" aria-atomic="true">
          {focus.announcement}
        </div>
        {!ready && (
          <p class="notice builder-starting">
            {t('builder.starting')} <a href={worksheetUrl}>{t('builder.noscriptLink')}</a>
          </p>
        )}
        <Progress step={step} started={started} t={t} goTo={(s) => goTo(s)} />
        <h2 id="step-heading" class="step-heading" tabIndex={-1} ref={focus.headingRef}>
          {t(STEP_HEADINGS[step])}
        </h2>
        <SessionNotices
          session={session}
          state={state}
          t={t}
          goTo={(s) => goTo(s)}
          onSaveFile={() => saveKind('json')}
          onSaveAside={() => void loadLater().then((m) => m?.saveAside(session.asideDrafts()))}
        />
        {later && (
          <later.ErrorSummary errors={summaryErrors} step={step} t={t} goTo={goTo} summaryRef={summaryRef} />
        )}
        {!hasLang && later && (
          <later.LangWait
            load={languages.langLoad}
            t={t}
            onRetry={languages.retry}
            onUsePage={() => dispatch({ type: 'set-lang', lang })}
            pageLang={lang}
          />
        )}
        {hasLang && (
          <div class={step === 'rules' ? 'step-layout with-preview' : 'step-layout'}>
            {(step === 'start' || !later) && (
              <div class="step-body">
                {step === 'start' && (
                  <StepStart
                    ctx={ctx}
                    suggested={suggested}
                    saved={saved ? when(draftName(saved.draft, t), saved.savedAt) : undefined}
                    kept={kept ? when(draftName(kept.draft, t), kept.replacedAt) : undefined}
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
                {step !== 'start' && !later && <LaterWait failed={laterFailed} t={t} />}
              </div>
            )}
            {step !== 'start' && later && charter && (
              <later.LaterSteps
                step={step}
                ctx={ctx}
                charter={charter}
                warnings={warnings}
                themes={themes}
                activeRule={activeRule}
                onPrint={(part) => void print.printNow(part)}
                onDownload={saveKind}
                langChoice={languages.langChoice}
                onLang={languages.chooseLang}
              />
            )}
          </div>
        )}
        {hasLang && step !== 'start' && later && (
          <StepNav
            step={step}
            returnTo={state.returnTo}
            t={t}
            onBack={back}
            onNext={next}
            goTo={(s) => goTo(s)}
          />
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
          <later.PrintArea
            charter={charter}
            part={print.part}
            printing={print.printing}
            kit={print.kit}
            members={print.members}
            t={t}
          />
        )}
      </div>
    </Pictures.Provider>
  );
}
