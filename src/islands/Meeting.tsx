/**
 * Meeting mode: a large, calm screen for whoever hosts a meeting, from the
 * charter saved on this device. Before: today's date, who holds which role
 * (the rota, `src/lib/charter/rota.ts`) and the opening text. During: the
 * meeting plan, part by part, with a countdown (`src/lib/meeting-timer.ts`,
 * driven here by the clock once a second), a gentle signal a minute before
 * each part ends, pause, skip and five more minutes, and the screen kept on.
 * After: the closing round and the next meeting. Part changes are told to a
 * screen reader through one polite live region.
 */
import type { JSX } from 'preact';
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { makeCatalogue } from '../lib/charter/catalogue.ts';
import { buildCharter, charterSection, type Translate } from '../lib/charter/charter.ts';
import type { Draft } from '../lib/charter/draft.ts';
import { addDays, meetingOn, meetingsFrom, type RotaRow } from '../lib/charter/rota.ts';
import { browserStorage, loadSaved } from '../lib/charter/storage.ts';
import { formatDate, formatWeekday, localDay } from '../lib/format.ts';
import {
  initialTimer,
  planFrom,
  step,
  type PlanPart,
  type TimerEvent,
  type TimerState,
} from '../lib/meeting-timer.ts';
import { makeTranslator } from '../lib/translate.ts';
import { hasTexts } from '../lib/charter-texts.ts';
import { buzz, canKeepScreenOn, screenKeeper } from './device.ts';
import { During } from './meeting/During.tsx';
import { ReadAloud } from './ReadAloud.tsx';
import { TextsFailed } from './TextsFailed.tsx';
import type { TogetherT as MeetingT, ToolData } from './together/types.ts';
import { useCharterTexts } from './useCharterTexts.ts';
import './tools.css';
import './starting.css';
import './meeting/meeting.css';

/** What the page gives the island, prepared on the server (`src/data/tools.ts`). */
export type MeetingData = ToolData;

/** A day (YYYY-MM-DD) as people say it: "Tuesday 2 March 2027". */
function longDate(day: string, lang: 'en' | 'nb'): string {
  const date = new Date(`${day}T00:00:00Z`);
  return `${formatWeekday(date, lang)} ${formatDate(date, lang)}`;
}

/** Who holds which role at a meeting, as a list. */
function Holders({ row, lang }: { row: RotaRow; lang: string }): JSX.Element {
  return (
    <ul class="meeting-holders" lang={lang}>
      {row.holders.map((h) => (
        <li key={h.role}>
          <strong>{h.role}:</strong> {h.member}
        </li>
      ))}
    </ul>
  );
}

/** The island. */
export default function Meeting({ data }: { data: string }): JSX.Element {
  const props = useMemo(() => JSON.parse(data) as MeetingData, [data]);
  const { lang, strings } = props;
  const t = useMemo(() => makeTranslator(lang, strings) as MeetingT, [lang, strings]);
  const [draft, setDraft] = useState<Draft | null | undefined>(undefined);
  // The charter's texts: the page's language (preloaded when a charter is saved), and the charter's own.
  const texts = useCharterTexts(props.hrefs, [lang, draft?.lang]);
  const textsHere = draft ? hasTexts(texts.texts, draft.lang) : false;
  const textsFailed = draft ? texts.failed.includes(draft.lang) : false;
  const catalogue = useMemo(
    () => (texts.texts ? makeCatalogue(texts.texts.rules, texts.texts.themes) : null),
    [texts.texts],
  );
  // A saved charter that cannot be read is not "no charter": the builder says what is wrong and keeps it.
  const [unreadable, setUnreadable] = useState(false);
  const [phase, setPhase] = useState<'before' | 'during' | 'after'>('before');
  const [timer, setTimer] = useState<TimerState>(initialTimer(0));
  const [announcement, setAnnouncement] = useState('');
  const timerRef = useRef(timer);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusHeading = useRef(false);
  const keeper = useRef<ReturnType<typeof screenKeeper> | null>(null);
  // The first-meeting kit words the opening text; its code loads with the saved charter.
  const [kit, setKit] = useState<{
    buildKit: typeof import('../lib/charter/on-demand/kit.ts').buildKit;
  } | null>(null);

  useLayoutEffect(() => {
    void Promise.all([loadSaved(browserStorage()), import('../lib/charter/on-demand/kit.ts')]).then(
      ([loaded, { buildKit }]) => {
        setKit({ buildKit });
        setUnreadable(loaded.status === 'unreadable');
        setDraft(loaded.status === 'ok' ? loaded.draft : null);
      },
    );
    keeper.current = screenKeeper();
    return () => keeper.current?.stop();
  }, []);

  const charterT: Translate = useMemo(
    () => makeTranslator<string>(draft?.lang ?? lang, texts.texts?.charterStrings[draft?.lang ?? lang] ?? {}),
    [draft?.lang, lang, texts.texts, texts.version],
  );
  const model = useMemo(() => {
    const crisis = draft && texts.texts?.crisis[draft.lang];
    if (!draft || !kit || !catalogue || !textsHere || !crisis) return null;
    const charter = buildCharter(draft, catalogue, charterT, crisis);
    const opening = kit.buildKit(draft, catalogue, charterT, charter).opening;
    const outline = charterSection(charter, 'outline')?.blocks.find((b) => b.kind === 'table');
    const names = new Map(
      draft.outline.map((o, i) => [
        o.key,
        outline?.kind === 'table' ? (outline.rows[i]?.[0]?.text ?? o.key) : o.key,
      ]),
    );
    const plan = planFrom(draft.outline, (o) => names.get(o.key) ?? o.key);
    const roles =
      charterSection(charter, 'roles')?.blocks.flatMap((b) =>
        b.kind === 'list' ? b.items.map((i) => i.text) : [],
      ) ?? [];
    const rota = {
      members: draft.members,
      roles,
      startDate: draft.group.startDate,
      frequency: draft.group.frequency,
    };
    return { opening, plan, rota };
  }, [draft, kit, catalogue, charterT, textsHere, texts.version]);
  const plan: PlanPart[] = model?.plan ?? [];

  // Focus goes to the heading of each phase when it changes.
  useLayoutEffect(() => {
    if (!focusHeading.current) return;
    focusHeading.current = false;
    headingRef.current?.focus();
  });

  const partName = (s: TimerState) => plan[s.index]?.label ?? '';
  const apply = (event: TimerEvent['type']) => {
    const next = step(plan, timerRef.current, { type: event, at: Date.now() });
    timerRef.current = next;
    setTimer(next);
    const part = plan[next.index];
    if (next.signal === 'part' && part)
      setAnnouncement(t('meeting.say.part', { part: part.label, count: part.minutes }));
    else if (next.signal === 'one-minute') {
      setAnnouncement(t('meeting.say.oneMinute', { part: partName(next) }));
      buzz(200);
    } else if (next.signal === 'time-up') {
      setAnnouncement(t('meeting.say.timeUp', { part: partName(next) }));
      buzz([150, 100, 150]);
    } else if (next.signal === 'ended') {
      setPhase('after');
      focusHeading.current = true;
      setAnnouncement(t('meeting.after.heading'));
    } else if (event === 'pause') setAnnouncement(t('meeting.say.paused'));
    else if (event === 'resume') setAnnouncement(t('meeting.say.resumed'));
    else if (event === 'add-five') setAnnouncement(t('meeting.say.added', { part: partName(next) }));
    keeper.current?.want(next.status === 'running');
  };

  // The clock ticks once a second while the meeting runs, from the moment it starts or resumes.
  const running = timer.status === 'running';
  useLayoutEffect(() => {
    if (!running) return;
    const id = window.setInterval(() => apply('now'), 1000);
    return () => window.clearInterval(id);
  }, [running, plan]);

  const start = () => {
    timerRef.current = initialTimer(plan.length);
    setPhase('during');
    focusHeading.current = true;
    apply('start');
  };
  const restart = () => {
    timerRef.current = initialTimer(plan.length);
    setTimer(timerRef.current);
    keeper.current?.want(false);
    setPhase('before');
    focusHeading.current = true;
  };

  const today = localDay(new Date());
  // Until the saved charter is read, the server's empty state stays: shown at once when the page's
  // first script found nothing saved (`tool-early`, tools.css), so it is there before the script.
  const early = draft === undefined;
  const ready = draft === null || model !== null || textsFailed;

  return (
    <div class={`tool meeting${ready ? ' is-ready' : ''}`}>
      <div class="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </div>
      {!ready && <p class="tool-notice tool-starting">{t('meeting.starting')}</p>}
      {(early || draft === null) && (
        <p
          class={early ? 'tool-card tool-early' : 'tool-card'}
          id={unreadable ? 'meeting-unreadable' : undefined}
        >
          {t(unreadable ? 'meeting.unreadable' : 'meeting.none')}{' '}
          <a href={props.builderUrl}>{t('meeting.builder')}</a>
        </p>
      )}
      {draft && !model && textsFailed && <TextsFailed lang={draft.lang} t={t} onRetry={texts.retry} />}
      {draft && model && phase === 'before' && (
        <section aria-labelledby="meeting-heading">
          <h2 id="meeting-heading" class="tool-heading" tabIndex={-1} ref={headingRef}>
            {t('meeting.before.heading')}
          </h2>
          <p class="meeting-today">{t('meeting.today', { date: longDate(today, lang) })}</p>
          <h3 class="meeting-sub">{t('meeting.roles')}</h3>
          <RolesToday rota={model.rota} today={today} t={t} lang={lang} draftLang={draft.lang} />
          <h3 class="meeting-sub" id="meeting-opening-heading" lang={draft.lang}>
            {model.opening.heading}
          </h3>
          <div class="meeting-opening" id="meeting-opening" lang={draft.lang}>
            {model.opening.paragraphs.map((p) => (
              <p key={p}>{p}</p>
            ))}
            {model.opening.rules.length > 0 && (
              <>
                <p>{model.opening.agreed}</p>
                <ul>
                  {model.opening.rules.map((r) => (
                    <li key={r}>{r}</li>
                  ))}
                </ul>
              </>
            )}
            <p>{model.opening.close}</p>
          </div>
          <ReadAloud
            lang={draft.lang}
            t={t}
            describedBy="meeting-opening-heading"
            text={() => document.getElementById('meeting-opening')?.innerText ?? ''}
          />
          <div class="tool-actions">
            <button type="button" class="tool-button tool-big" id="meeting-start" onClick={start}>
              {t('meeting.start')}
            </button>
          </div>
          {canKeepScreenOn() && <p class="tool-hint">{t('meeting.screenOn')}</p>}
        </section>
      )}
      {draft && model && phase === 'during' && (
        <During
          t={t}
          charterT={charterT}
          plan={plan}
          timer={timer}
          meetingMinutes={draft.group.meetingMinutes}
          draftLang={draft.lang}
          headingRef={headingRef}
          onEvent={apply}
        />
      )}
      {draft && model && phase === 'after' && (
        <section aria-labelledby="meeting-heading">
          <h2 id="meeting-heading" class="tool-heading" tabIndex={-1} ref={headingRef}>
            {t('meeting.after.heading')}
          </h2>
          <p class="meeting-closing">{t('meeting.closing')}</p>
          <NextMeeting rota={model.rota} today={today} t={t} lang={lang} draftLang={draft.lang} />
          <div class="tool-actions">
            <button type="button" class="tool-button tool-secondary" id="meeting-again" onClick={restart}>
              {t('meeting.again')}
            </button>
          </div>
        </section>
      )}
    </div>
  );
}

interface RotaProps {
  rota: Parameters<typeof meetingOn>[0];
  today: string;
  t: MeetingT;
  lang: 'en' | 'nb';
  draftLang: string;
}

/** Who holds which role today, or at the next meeting when there is none today. */
function RolesToday({ rota, today, t, lang, draftLang }: RotaProps): JSX.Element {
  const row = meetingOn(rota, today);
  const next = row ? undefined : meetingsFrom(rota, today, 1)[0];
  const shown = row ?? next;
  if (!shown || shown.holders.length === 0) return <p>{t('meeting.noRota')}</p>;
  return (
    <>
      {!row && <p>{t('meeting.notToday', { date: longDate(shown.date, lang) })}</p>}
      <Holders row={shown} lang={draftLang} />
    </>
  );
}

/** The next meeting after today, and who holds which role. */
function NextMeeting({ rota, today, t, lang, draftLang }: RotaProps): JSX.Element {
  const next = meetingsFrom(rota, addDays(today, 1), 1)[0];
  if (!next) return <p>{t('meeting.noNext')}</p>;
  return (
    <>
      <p class="meeting-next">{t('meeting.nextMeeting', { date: longDate(next.date, lang) })}</p>
      {next.holders.length > 0 && <Holders row={next} lang={draftLang} />}
    </>
  );
}
