/**
 * The charter builder island. It holds the draft and the current step, and
 * wires the pure modules in `src/lib/charter/` to the page: transitions
 * (`reduce`), validation, warnings, the charter model, exports, the saved
 * draft and opened files. Everything it shows comes from props rendered on
 * the server in the page's language.
 */
import type { JSX } from 'preact';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Theme } from '../schemas/rule.ts';
import type { CentreParams } from '../lib/centre-link.ts';
import { draftFromPreset, reduce, type Action } from '../lib/charter/actions.ts';
import { makeCatalogue, type CatalogueRule, type CataloguePreset } from '../lib/charter/catalogue.ts';
import { buildCharter } from '../lib/charter/charter.ts';
import { isShareFragment } from '../lib/charter/share-fragment.ts';
import type { DecodeError } from '../lib/charter/codec.ts';
import { MAX_DRAFT_BYTES, STEPS, blankDraft, type Draft, type Step } from '../lib/charter/draft.ts';
import type { buildKit } from '../lib/charter/kit.ts';
import {
  STORAGE_KEY,
  clearSaved,
  loadSaved,
  saveDraft,
  type DraftStorage,
  type LoadResult,
} from '../lib/charter/storage.ts';
import { validate, validateStep, type FieldError } from '../lib/charter/validate.ts';
import { warnings as findWarnings } from '../lib/charter/warnings.ts';
import { CharterView, RotaView } from './builder/CharterView.tsx';
import type { KitPart, KitView } from './builder/KitView.tsx';
import { saveFile } from './builder/files.ts';
import { StepChanges } from './builder/StepChanges.tsx';
import { StepGroup } from './builder/StepGroup.tsx';
import { StepMeetings } from './builder/StepMeetings.tsx';
import { StepReview } from './builder/StepReview.tsx';
import { StepRules } from './builder/StepRules.tsx';
import { StepStart } from './builder/StepStart.tsx';
import { makeT, type BuilderContext, type CrisisByLang, type Strings } from './builder/context.ts';
import { errorMessage } from './builder/fields.tsx';
import './builder/builder.css';

/** What the builder needs from the server, in the page's language. */
export interface BuilderData {
  /** The page's language. */
  lang: 'en' | 'nb';
  /** Interface strings in the page's language. */
  strings: Strings;
  /** The charter's own strings (headings, declaration, themes) in every language. */
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
  /**
   * The {@link BuilderData} as one JSON text. One string is much quicker to hand over than the
   * catalogue as nested props, which the island would revive value by value on a slow phone.
   */
  data: string;
}

const HEADINGS: Record<Step, string> = {
  start: 'builder.start.heading',
  group: 'builder.group.heading',
  rules: 'builder.rules.heading',
  meetings: 'builder.meetings.heading',
  changes: 'builder.changes.heading',
  review: 'builder.review.heading',
};

/** The browser's storage, or undefined when reaching it throws (some privacy settings). */
function browserStorage(): DraftStorage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

function isStep(value: unknown): value is Step {
  return typeof value === 'string' && (STEPS as readonly string[]).includes(value);
}

/** The label of a field, for error messages. */
function fieldLabel(t: BuilderContext['t'], field: string): string {
  const fixed: Record<string, string> = {
    'group-name': 'builder.group.name',
    'group-purpose': 'builder.group.purpose',
    'group-audience': 'builder.group.audience',
    'group-place': 'builder.group.place',
    'group-when': 'builder.group.when',
    'absence-who': 'builder.meetings.absenceWho',
    'absence-how': 'builder.meetings.absenceHow',
    'when-broken': 'builder.changes.whenBroken',
    'review-how': 'builder.changes.reviewHow',
    'custom-rules': 'builder.field.custom-rules',
    'chosen-rules': 'builder.field.chosen-rules',
    outline: 'builder.field.outline',
    roles: 'builder.field.roles',
  };
  if (fixed[field]) return t(fixed[field]);
  if (field.startsWith('rule-text-')) return t('builder.field.rule');
  if (field.startsWith('outline-label-')) return t('builder.field.part');
  if (field.startsWith('role-label-')) return t('builder.field.role');
  return field;
}

/** A file or saved-draft problem in plain words. */
function decodeMessage(t: BuilderContext['t'], error: DecodeError): string {
  switch (error.kind) {
    case 'too-large':
      return t('builder.file.too-large', { size: Math.ceil(error.bytes / 1024), limit: error.limit / 1024 });
    case 'wrong-kind':
      return t(`builder.file.wrong-kind.${error.looksLike}`);
    case 'newer':
      return t('builder.file.newer', { version: error.version });
    case 'invalid':
      return t('builder.file.invalid', {
        issues: error.issues
          .map((i) => t(`builder.file.expected.${i.expected}`, { path: i.path }))
          .join('; '),
      });
    default:
      return t(`builder.file.${error.kind}`);
  }
}

/** The charter builder. */
export default function CharterBuilder({ data }: Props): JSX.Element {
  const props = useMemo(() => JSON.parse(data) as BuilderData, [data]);
  const { lang, strings, charterStrings, presets, sources, crisis, worksheetUrl } = props;
  const t = useMemo(() => makeT(strings), [strings]);
  const catalogue = useMemo(() => makeCatalogue(props.rules, props.themes), [props.rules, props.themes]);

  const [ready, setReady] = useState(false);
  const [draft, setDraft] = useState<Draft>(() => blankDraft(lang));
  const [started, setStarted] = useState(false);
  const [step, setStep] = useState<Step>('start');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [showSummary, setShowSummary] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [saveState, setSaveState] = useState<
    { ok: true; time: string } | { ok: false; reason: string } | null
  >(null);
  const [notice, setNotice] = useState<{ text: string; undo?: boolean } | null>(null);
  const [undo, setUndo] = useState<{ draft: Draft; started: boolean; step: Step } | null>(null);
  const [saved, setSaved] = useState<LoadResult | null>(null);
  const [suggested, setSuggested] = useState<string | undefined>();
  const [fileMessage, setFileMessage] = useState<{ text: string; error: boolean } | undefined>();
  const [activeRule, setActiveRule] = useState<string | undefined>();
  const [centre, setCentre] = useState<CentreParams | undefined>();
  const [conflict, setConflict] = useState<number | null>(null);
  const [incoming, setIncoming] = useState<Draft | null>(null);
  const [shareLink, setShareLink] = useState<{ url: string; chatSafe: boolean } | null>(null);
  const [printPart, setPrintPart] = useState<'charter' | 'rota' | KitPart>('charter');
  const [printRequest, setPrintRequest] = useState(0);
  // The first-meeting kit is only needed for printing it, so its code loads on first use.
  const [kitCode, setKitCode] = useState<{ buildKit: typeof buildKit; KitView: typeof KitView } | null>(null);

  const storage = useRef<DraftStorage | undefined>(undefined);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const previewRef = useRef<HTMLDivElement>(null);
  const pendingFocus = useRef<string | null>(null);
  const lastAnnouncedSave = useRef('');
  const draftRef = useRef(draft);
  draftRef.current = draft;
  const startedRef = useRef(started);
  startedRef.current = started;
  // The draft as read from this device: no need to write it straight back.
  const unchanged = useRef<Draft | null>(null);
  // The revision of the saved draft this tab last read or wrote, to spot saves from other tabs.
  const revision = useRef(0);
  const conflictRef = useRef<number | null>(null);
  conflictRef.current = conflict;

  // Made on the first save: building a date format loads locale data, which is slow on a phone.
  const timeFormat = useRef<Intl.DateTimeFormat | undefined>(undefined);

  // Start: read the saved draft, the suggested preset and the step in the address. A layout effect,
  // so the builder is ready in the same frame it hydrates instead of one paint later. Checking a saved
  // draft needs the draft's schema, which loads only when there is one; until then the start step
  // shows and works.
  useLayoutEffect(() => {
    storage.current = browserStorage();
    const params = new URLSearchParams(window.location.search);
    const preset = params.get('preset');
    if (preset && presets.some((p) => p.id === preset)) setSuggested(preset);
    // A centre's link also names the centre and its starter: those are checked by the link module,
    // loaded only when such a link was followed.
    if (['centre', 'starter', 'contact'].some((name) => params.has(name))) {
      void import('../lib/centre-link.ts').then(({ parseCentreParams }) => {
        const fromCentre = parseCentreParams(
          window.location.search,
          presets.map((p) => p.id),
        );
        if (fromCentre.centre || fromCentre.starter || fromCentre.contact) setCentre(fromCentre);
      });
    }
    const urlStep = params.get('step');
    void loadSaved(storage.current).then((loaded) => {
      setSaved(loaded);
      if (loaded.status === 'ok') revision.current = loaded.revision;
      // Someone who already chose how to start while the saved draft was read keeps their choice.
      const restore = loaded.status === 'ok' && isStep(urlStep) && urlStep !== 'start' && !startedRef.current;
      if (restore) {
        unchanged.current = loaded.draft;
        setDraft(loaded.draft);
        setStarted(true);
        setStep(urlStep);
        if (loaded.migratedFrom) setNotice({ text: t('builder.status.migrated') });
      } else if (loaded.status === 'unreadable') {
        setNotice({
          text: t(
            loaded.error.kind === 'newer' ? 'builder.status.savedNewer' : 'builder.status.savedUnreadable',
          ),
        });
      }
      if (!startedRef.current || restore) {
        const initial = restore ? urlStep : 'start';
        window.history.replaceState({ step: initial }, '', window.location.href);
        setAnnouncement(t('builder.stepOf', { n: STEPS.indexOf(initial) + 1, total: STEPS.length }));
      }
      setReady(true);
    });

    const onPop = (event: PopStateEvent) => {
      const state = event.state as { step?: unknown } | null;
      const fromUrl = new URLSearchParams(window.location.search).get('step');
      const next = isStep(state?.step) ? state.step : isStep(fromUrl) ? fromUrl : 'start';
      const target = next !== 'start' && !startedRef.current ? 'start' : next;
      setStep(target);
      setErrors([]);
      setShowSummary(false);
      pendingFocus.current = 'step-heading';
      setAnnouncement(t('builder.stepOf', { n: STEPS.indexOf(target) + 1, total: STEPS.length }));
    };
    window.addEventListener('popstate', onPop);

    // Another tab saved this draft: say so instead of writing over it later.
    const onStorage = (event: StorageEvent) => {
      if (event.key !== STORAGE_KEY) return;
      void loadSaved(storage.current).then((latest) => {
        if (latest.status !== 'ok') return;
        if (!startedRef.current) setSaved(latest);
        else if (latest.revision > revision.current) setConflict(latest.revision);
      });
    };
    window.addEventListener('storage', onStorage);

    // A share link carries a draft in the fragment: show what it holds and ask first. A link pasted
    // into this tab changes only the fragment, so listen for that too.
    const onFragment = () => {
      if (!isShareFragment(window.location.hash)) return;
      const fragment = window.location.hash;
      void import('../lib/charter/share.ts').then(async ({ decodeShare }) => {
        const result = await decodeShare(fragment);
        if (result.ok) setIncoming(result.draft);
        else {
          setNotice({ text: t(result.reason === 'newer' ? 'builder.share.newer' : 'builder.share.damaged') });
          window.history.replaceState(
            window.history.state,
            '',
            window.location.pathname + window.location.search,
          );
        }
      });
    };
    onFragment();
    window.addEventListener('hashchange', onFragment);
    return () => {
      window.removeEventListener('popstate', onPop);
      window.removeEventListener('storage', onStorage);
      window.removeEventListener('hashchange', onFragment);
    };
  }, []);

  // For the timing bench (src/tools/bench-browser.mjs): the moment the first frame that shows the ready
  // builder has been drawn, and the page is free to answer input.
  useLayoutEffect(() => {
    if (ready) requestAnimationFrame(() => setTimeout(() => performance.mark('builder-ready'), 0));
  }, [ready]);

  const save = useCallback(() => {
    if (!startedRef.current || draftRef.current === unchanged.current || conflictRef.current !== null) return;
    const result = saveDraft(storage.current, draftRef.current, new Date(), revision.current);
    if (result.ok) {
      revision.current = result.revision;
      timeFormat.current ??= new Intl.DateTimeFormat(lang === 'nb' ? 'nb-NO' : 'en-GB', {
        hour: '2-digit',
        minute: '2-digit',
      });
      const time = timeFormat.current.format(new Date(result.savedAt));
      setSaveState({ ok: true, time });
      const text = t('builder.status.saved', { time });
      // Announce a save once a minute at most, so typing is not interrupted by the screen reader.
      if (text !== lastAnnouncedSave.current) {
        lastAnnouncedSave.current = text;
        setAnnouncement(text);
      }
    } else if (result.reason === 'conflict') {
      setConflict(result.revision);
    } else {
      setSaveState({ ok: false, reason: t(`builder.status.reason.${result.reason}`) });
    }
  }, [t, lang]);

  // Save on every change (debounced) and when the page is hidden or closed.
  useEffect(() => {
    if (!started || draft === unchanged.current) return;
    const timer = window.setTimeout(save, 400);
    return () => window.clearTimeout(timer);
  }, [draft, started, save]);
  useEffect(() => {
    window.addEventListener('pagehide', save);
    return () => window.removeEventListener('pagehide', save);
  }, [save]);

  // Move focus after a step change: to the element asked for, or to the step's heading.
  useEffect(() => {
    const id = pendingFocus.current;
    if (!id) return;
    pendingFocus.current = null;
    const target = id === 'step-heading' ? headingRef.current : document.getElementById(id);
    (target ?? headingRef.current)?.focus();
    target?.scrollIntoView?.({ block: 'start' });
  });

  // Keep the preview showing the rule being edited.
  useEffect(() => {
    const box = previewRef.current;
    if (!box || !activeRule) return;
    const row = box.querySelector<HTMLElement>(`[data-rule-key="${CSS.escape(activeRule)}"]`);
    if (row && box.scrollHeight > box.clientHeight) {
      box.scrollTop = row.offsetTop - box.offsetTop - box.clientHeight / 3;
    }
  }, [activeRule, draft]);

  const goTo = useCallback(
    (next: Step, focusId?: string) => {
      window.history.pushState({ step: next }, '', `?step=${next}`);
      setStep(next);
      setErrors([]);
      setShowSummary(false);
      pendingFocus.current = focusId ?? 'step-heading';
      setAnnouncement(
        `${t('builder.stepOf', { n: STEPS.indexOf(next) + 1, total: STEPS.length })}: ${t(`builder.step.${next}`)}`,
      );
    },
    [t],
  );

  const dispatch = useCallback(
    (action: Action) => {
      setDraft((current) => reduce(current, action, catalogue));
    },
    [catalogue],
  );

  // Live errors: once shown, they update as the person types, and go away when fixed.
  useEffect(() => {
    if (errors.length === 0) return;
    setErrors(step === 'review' ? validate(draft) : validateStep(draft, step));
  }, [draft]);

  const replaceDraft = (next: Draft, message: string, to: Step) => {
    if (started) setUndo({ draft, started, step });
    setDraft(next);
    setStarted(true);
    setNotice(started ? { text: message, undo: true } : null);
    goTo(to);
  };

  const confirmReplace = () => !started || window.confirm(t('builder.start.replace'));

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

  const onPreset = (preset: CataloguePreset) => {
    if (!confirmReplace()) return;
    replaceDraft(
      withStarter(draftFromPreset(preset, catalogue, lang)),
      t('builder.manage.restarted'),
      'group',
    );
  };
  const onBlank = () => {
    if (!confirmReplace()) return;
    replaceDraft(withStarter(blankDraft(lang)), t('builder.manage.restarted'), 'group');
  };
  const onResume = () => {
    if (saved?.status !== 'ok') return;
    if (started && !window.confirm(t('builder.start.replace'))) return;
    revision.current = saved.revision;
    replaceDraft(saved.draft, t('builder.manage.restarted'), 'group');
    if (saved.migratedFrom) setNotice({ text: t('builder.status.migrated') });
  };
  const onFile = async (file: File) => {
    const keptNote = started ? ` ${t('builder.file.unchanged')}` : '';
    if (file.size > MAX_DRAFT_BYTES) {
      setFileMessage({
        text: decodeMessage(t, { kind: 'too-large', bytes: file.size, limit: MAX_DRAFT_BYTES }) + keptNote,
        error: true,
      });
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      setFileMessage({ text: t('builder.file.damaged') + keptNote, error: true });
      return;
    }
    const { decodeDraft } = await import('../lib/charter/codec.ts');
    const result = decodeDraft(text);
    if (!result.ok) {
      setFileMessage({ text: decodeMessage(t, result.error) + keptNote, error: true });
      return;
    }
    if (started && !window.confirm(t('builder.start.replace'))) return;
    setFileMessage(undefined);
    const wasStarted = started;
    replaceDraft(result.draft, t('builder.file.opened', { file: file.name }), 'review');
    setNotice({
      text: [
        t('builder.file.opened', { file: file.name }),
        result.migratedFrom ? t('builder.status.migrated') : '',
      ]
        .filter(Boolean)
        .join(' '),
      undo: wasStarted,
    });
  };

  const onUndo = () => {
    if (!undo) return;
    // The draft comes back, so it must be saved again even if it was the one read from this device.
    unchanged.current = null;
    setDraft(undo.draft);
    setStarted(undo.started);
    setUndo(null);
    setNotice({ text: t('builder.manage.undone') });
    goTo(undo.step);
  };

  const resetTo = (message: string) => {
    setUndo({ draft, started, step });
    clearSaved(storage.current);
    revision.current = 0;
    setSaved({ status: 'empty' });
    setDraft(blankDraft(lang));
    setStarted(false);
    setSaveState(null);
    setNotice({ text: message, undo: true });
    goTo('start');
  };
  const onStartOver = () => {
    if (window.confirm(t('builder.manage.startOverConfirm'))) resetTo(t('builder.manage.restarted'));
  };
  const onDelete = () => {
    if (window.confirm(t('builder.manage.deleteConfirm'))) resetTo(t('builder.manage.deleted'));
  };

  // Two tabs: load the other tab's newer save, or keep this one (an explicit save over it).
  const onLoadNewer = async () => {
    const latest = await loadSaved(storage.current);
    if (latest.status !== 'ok') return;
    setUndo({ draft, started, step });
    unchanged.current = latest.draft;
    revision.current = latest.revision;
    setDraft(latest.draft);
    setConflict(null);
    setNotice({ text: t('builder.manage.undone'), undo: true });
  };
  const onKeepMine = () => {
    const result = saveDraft(storage.current, draft, new Date(), conflict ?? revision.current);
    if (result.ok) revision.current = result.revision;
    setConflict(null);
    setNotice({ text: t('builder.tabs.kept') });
  };

  // Share links: the draft from a link replaces this one only when the person says so.
  const onOpenIncoming = () => {
    if (!incoming) return;
    const next = incoming;
    setIncoming(null);
    window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
    replaceDraft(next, t('builder.share.opened'), 'review');
    setNotice({ text: t('builder.share.opened'), undo: started });
  };
  const onIgnoreIncoming = () => {
    setIncoming(null);
    window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
  };
  const onMakeLink = async () => {
    const { encodeShare, isChatSafe, shareUrl } = await import('../lib/charter/share.ts');
    const url = shareUrl(`${window.location.origin}${window.location.pathname}`, await encodeShare(draft));
    setShareLink({ url, chatSafe: isChatSafe(url) });
  };
  useEffect(() => setShareLink(null), [draft]);

  // Printing a part of the kit: show that part in the print area, print, then go back to the charter.
  const printNow = async (part: 'charter' | 'rota' | KitPart) => {
    if (part !== 'charter' && part !== 'rota' && !kitCode) {
      const [{ buildKit }, { KitView }] = await Promise.all([
        import('../lib/charter/kit.ts'),
        import('./builder/KitView.tsx'),
      ]);
      setKitCode({ buildKit, KitView });
    }
    setPrintPart(part);
    setPrintRequest((n) => n + 1);
  };
  useEffect(() => {
    if (printRequest === 0) return;
    // After the print dialog closes, the print area goes back to the charter (so Ctrl+P prints it).
    window.addEventListener('afterprint', () => setPrintPart('charter'), { once: true });
    window.print();
  }, [printRequest]);

  const charter = useMemo(
    () => buildCharter(draft, catalogue, makeT(charterStrings[draft.lang]), crisis[draft.lang]),
    [draft, catalogue, charterStrings, crisis],
  );
  const warnings = useMemo(() => findWarnings(draft, catalogue), [draft, catalogue]);
  const kit = useMemo(
    () =>
      kitCode && printPart !== 'charter' && printPart !== 'rota'
        ? kitCode.buildKit(draft, catalogue, makeT(charterStrings[draft.lang]), charter)
        : null,
    [kitCode, printPart, draft, catalogue, charterStrings, charter],
  );

  // The file formats load only when someone asks for a file, to keep the first load small.
  const download = async (kind: 'json' | 'md' | 'html' | 'txt') => {
    const { exportCharter } = await import('../lib/charter/export.ts');
    saveFile(exportCharter(kind, draft, charter));
  };

  /** Which extra files the draft has what it needs for: the rota spreadsheet and the calendar files. */
  const extras = {
    csv: !!charter.rota,
    review: /^\d{4}-\d{2}-\d{2}$/.test(draft.review.date),
    meetings: /^\d{4}-\d{2}-\d{2}$/.test(draft.group.startDate),
  };
  const saveExtra = async (kind: 'csv' | 'review' | 'meetings') => {
    const [{ safeFileName }, { meetingsIcs, reviewIcs }, { rotaToCsv }] = await Promise.all([
      import('../lib/charter/export-common.ts'),
      import('../lib/charter/ics.ts'),
      import('../lib/charter/rota.ts'),
    ]);
    const ct = makeT(charterStrings[draft.lang]);
    const name = charter.title;
    if (kind === 'csv') {
      if (!charter.rota) return;
      const text = rotaToCsv(
        charter.rota.plan,
        { meeting: charter.labels.rotaMeeting, date: charter.labels.rotaDate },
        charter.rota.roles,
      );
      saveFile({ fileName: safeFileName(`${name} rota`, 'csv'), mime: 'text/csv;charset=utf-8', text });
      return;
    }
    const text =
      kind === 'review'
        ? reviewIcs({
            uid: `${draft.id}-review@groundwork`,
            date: draft.review.date,
            summary: ct('builder.calendar.reviewSummary', { name }),
            description: ct('builder.calendar.reviewDescription'),
            now: new Date(),
          })
        : meetingsIcs({
            uid: `${draft.id}-meetings@groundwork`,
            startDate: draft.group.startDate,
            startTime: draft.group.startTime,
            minutes: draft.group.meetingMinutes,
            frequency: draft.group.frequency,
            count: draft.rota.meetings,
            summary: ct('builder.calendar.meetingSummary', { name }),
            location: draft.group.place,
            description: charter.subtitle,
            now: new Date(),
          });
    if (text)
      saveFile({
        fileName: safeFileName(`${name} ${kind}`, 'ics'),
        mime: 'text/calendar;charset=utf-8',
        text,
      });
  };

  const next = () => {
    const found = validateStep(draft, step);
    if (found.length > 0) {
      setErrors(found);
      setShowSummary(true);
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    const index = STEPS.indexOf(step);
    const following = STEPS[index + 1];
    if (following) goTo(following);
  };
  const back = () => {
    const previous = STEPS[STEPS.indexOf(step) - 1];
    if (previous) goTo(previous);
  };

  // On the review step, every remaining problem is listed, wherever it is.
  const reviewErrors = step === 'review' ? validate(draft) : [];
  const summaryErrors = step === 'review' ? reviewErrors : showSummary ? errors : [];

  const ctx: BuilderContext = {
    lang,
    t,
    catalogue,
    presets,
    sources,
    draft,
    dispatch,
    errors: step === 'review' ? reviewErrors : errors,
    goTo,
    setActiveRule,
  };

  const index = STEPS.indexOf(step);
  // Only the start step shows the saved draft; its date format is made only then (it is slow to make).
  const savedInfo = useMemo(
    () =>
      step === 'start' && saved?.status === 'ok'
        ? {
            name: saved.draft.group.name.trim() || t('charter.untitled'),
            time: saved.savedAt
              ? new Intl.DateTimeFormat(lang === 'nb' ? 'nb-NO' : 'en-GB', {
                  dateStyle: 'medium',
                  timeStyle: 'short',
                }).format(new Date(saved.savedAt))
              : '',
          }
        : undefined,
    [step, saved, t, lang],
  );

  return (
    <div class={`builder${ready ? ' is-ready' : ''}`}>
      <div class="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </div>
      {!ready && (
        <p class="notice builder-starting">
          {t('builder.starting')} <a href={worksheetUrl}>{t('builder.noscriptLink')}</a>
        </p>
      )}
      <nav class="progress" aria-label={t('builder.steps')}>
        <ol>
          {STEPS.map((s, i) => (
            <li key={s} class={s === step ? 'is-current' : i < index ? 'is-done' : ''}>
              {started && s !== step ? (
                <a
                  href={`?step=${s}`}
                  onClick={(e) => {
                    e.preventDefault();
                    goTo(s);
                  }}
                >
                  <span class="num">{i + 1}</span> <span class="label">{t(`builder.step.${s}`)}</span>
                </a>
              ) : (
                <span aria-current={s === step ? 'step' : undefined}>
                  <span class="num">{i + 1}</span> <span class="label">{t(`builder.step.${s}`)}</span>
                </span>
              )}
            </li>
          ))}
        </ol>
      </nav>
      <p class="step-count">{t('builder.stepOf', { n: index + 1, total: STEPS.length })}</p>
      <h2 id="step-heading" class="step-heading" tabIndex={-1} ref={headingRef}>
        {t(HEADINGS[step])}
      </h2>
      {notice && (
        <div class="notice" role="status">
          <p>
            {notice.text}{' '}
            {notice.undo && undo && (
              <button type="button" class="button-small" onClick={onUndo}>
                {t('builder.manage.undo')}
              </button>
            )}
          </p>
        </div>
      )}
      {incoming && (
        <section class="notice incoming" aria-labelledby="incoming-title">
          <h3 id="incoming-title">{t('builder.share.heading')}</h3>
          <p>
            {t('builder.share.found', {
              name: incoming.group.name.trim() || t('charter.untitled'),
              rules: incoming.rules.length,
            })}
          </p>
          {started && <p>{t('builder.share.replaceNote')}</p>}
          <div class="row-actions">
            <button type="button" class="button" id="open-incoming" onClick={onOpenIncoming}>
              {t('builder.share.open')}
            </button>
            <button type="button" class="button button-secondary" onClick={onIgnoreIncoming}>
              {t('builder.share.ignore')}
            </button>
          </div>
        </section>
      )}
      {conflict !== null && (
        <div class="notice notice-warning" role="alert">
          <p>{t('builder.tabs.changed')}</p>
          <div class="row-actions">
            <button type="button" class="button" id="load-newer" onClick={onLoadNewer}>
              {t('builder.tabs.load')}
            </button>
            <button type="button" class="button button-secondary" id="keep-mine" onClick={onKeepMine}>
              {t('builder.tabs.keep')}
            </button>
            <button type="button" class="button button-secondary" onClick={() => void download('json')}>
              {t('builder.tabs.copy')}
            </button>
          </div>
        </div>
      )}
      {saveState && !saveState.ok && (
        <div class="notice notice-warning" role="alert">
          <p>{t('builder.status.notSaved', { reason: saveState.reason })}</p>
          <button type="button" class="button button-secondary" onClick={() => void download('json')}>
            {t('builder.review.json')}
          </button>
        </div>
      )}
      {summaryErrors.length > 0 && (
        <div
          class="error-summary"
          role="alert"
          tabIndex={-1}
          ref={summaryRef}
          aria-labelledby="error-summary-title"
        >
          <h3 id="error-summary-title">{t('builder.errors.title')}</h3>
          <ul>
            {summaryErrors.map((e) => (
              <li key={`${e.field}-${e.code}`}>
                <a
                  href={`#${e.field}`}
                  onClick={(event) => {
                    event.preventDefault();
                    if (e.step === step) document.getElementById(e.field)?.focus();
                    else goTo(e.step, e.field);
                  }}
                >
                  {errorMessage(t, e, fieldLabel(t, e.field))}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <div class={step === 'rules' ? 'step-layout with-preview' : 'step-layout'}>
        <div class="step-body">
          {step === 'start' && (
            <StepStart
              ctx={ctx}
              suggested={suggested}
              saved={savedInfo}
              ready={ready}
              onPreset={onPreset}
              onBlank={onBlank}
              onResume={onResume}
              onFile={(file) => void onFile(file)}
              fileMessage={fileMessage}
              helpedBy={centre?.centre}
            />
          )}
          {step === 'group' && <StepGroup ctx={ctx} />}
          {step === 'rules' && <StepRules ctx={ctx} />}
          {step === 'meetings' && <StepMeetings ctx={ctx} />}
          {step === 'changes' && <StepChanges ctx={ctx} />}
          {step === 'review' && (
            <StepReview
              ctx={ctx}
              charter={charter}
              warnings={warnings}
              onPrint={(part) => void printNow(part)}
              onDownload={(kind) => void download(kind)}
              extras={extras}
              onExtra={(kind) => void saveExtra(kind)}
              shareLink={shareLink}
              onMakeLink={() => void onMakeLink()}
            />
          )}
        </div>
        {step === 'rules' && (
          <aside class="preview" aria-labelledby="preview-title">
            <h3 id="preview-title" class="preview-title">
              {t('builder.preview.heading')}
            </h3>
            <div
              class="preview-box"
              ref={previewRef}
              tabIndex={0}
              role="region"
              aria-labelledby="preview-title"
            >
              <CharterView charter={charter} active={activeRule} />
            </div>
          </aside>
        )}
      </div>
      {step !== 'start' && (
        <div class="step-nav">
          <button type="button" class="button button-secondary" id="prev-step" onClick={back}>
            {t('builder.back')}
          </button>
          {step !== 'review' && (
            <button type="button" class="button" id="next-step" onClick={next}>
              {t('builder.next')}
            </button>
          )}
        </div>
      )}
      {saveState?.ok && <p class="save-status">{t('builder.status.saved', { time: saveState.time })}</p>}
      {started && (step === 'review' || step === 'start') && (
        <section class="manage" aria-labelledby="manage-title">
          <h3 id="manage-title">{t('builder.manage.heading')}</h3>
          <div class="row-actions">
            <button type="button" class="button button-secondary" onClick={onStartOver}>
              {t('builder.manage.startOver')}
            </button>
            <button type="button" class="button button-danger" onClick={onDelete}>
              {t('builder.manage.delete')}
            </button>
          </div>
        </section>
      )}
      {started && (
        <div class="charter-print">
          {printPart === 'charter' && <CharterView charter={charter} />}
          {printPart === 'rota' && <RotaView charter={charter} />}
          {kit && kitCode && printPart !== 'charter' && printPart !== 'rota' && (
            <kitCode.KitView kit={kit} part={printPart} />
          )}
        </div>
      )}
    </div>
  );
}
