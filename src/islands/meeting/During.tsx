/** During the meeting: the current part, its countdown, the controls and the plan. */
import type { JSX, RefObject } from 'preact';
import type { Translate } from '../../lib/charter/charter.ts';
import {
  formatClock,
  view,
  type PlanPart,
  type TimerEvent,
  type TimerState,
} from '../../lib/meeting-timer.ts';
import type { TogetherT as MeetingT } from '../together/types.ts';

interface Props {
  t: MeetingT;
  charterT: Translate;
  plan: PlanPart[];
  timer: TimerState;
  meetingMinutes: number;
  draftLang: string;
  headingRef: RefObject<HTMLHeadingElement>;
  onEvent: (event: TimerEvent['type']) => void;
}

/** The screen while the meeting runs. */
export function During({
  t,
  charterT,
  plan,
  timer,
  meetingMinutes,
  draftLang,
  headingRef,
  onEvent,
}: Props): JSX.Element {
  const v = view(plan, timer, meetingMinutes);
  const paused = v.status === 'paused';
  const last = v.number >= v.count;
  const state = paused
    ? 'is-paused'
    : v.over > 0 || (v.remaining === 0 && timer.timeUp)
      ? 'is-over'
      : v.lastMinute
        ? 'is-last-minute'
        : '';
  return (
    <section aria-labelledby="meeting-heading" class={`meeting-during ${state}`}>
      <h2 id="meeting-heading" class="tool-heading" tabIndex={-1} ref={headingRef}>
        {t('meeting.during.heading')}
      </h2>
      <p class="meeting-part-of">{t('meeting.partOf', { n: v.number, total: v.count })}</p>
      <p class="meeting-part" id="meeting-part" lang={draftLang}>
        {v.part?.label}
      </p>
      <div class="meeting-clock-box">
        <p class="meeting-clock-label" id="meeting-clock-label">
          {timer.timeUp ? t('meeting.over', { time: formatClock(v.over) }) : t('meeting.timeLeft')}
        </p>
        <p class="meeting-clock" id="meeting-clock" role="timer" aria-labelledby="meeting-clock-label">
          {formatClock(timer.timeUp ? v.over : v.remaining)}
        </p>
        <p class="meeting-state" id="meeting-state">
          {paused
            ? t('meeting.paused')
            : timer.timeUp
              ? t('meeting.timeUp')
              : v.lastMinute
                ? t('meeting.oneMinute')
                : ' '}
        </p>
      </div>
      <div class="tool-actions meeting-controls">
        <button
          type="button"
          class="tool-button tool-big"
          id="meeting-pause"
          onClick={() => onEvent(paused ? 'resume' : 'pause')}
        >
          {paused ? t('meeting.resume') : t('meeting.pause')}
        </button>
        <button
          type="button"
          class="tool-button tool-big tool-secondary"
          id="meeting-add"
          onClick={() => onEvent('add-five')}
        >
          {t('meeting.addFive')}
        </button>
        <button
          type="button"
          class="tool-button tool-big tool-secondary"
          id="meeting-skip"
          onClick={() => onEvent('skip')}
        >
          {last ? t('meeting.end') : t('meeting.skip')}
        </button>
      </div>
      <p class="meeting-next-part" lang={v.next ? draftLang : undefined}>
        {v.next ? t('meeting.next', { part: v.next.label }) : t('meeting.lastPart')}
      </p>
      <p class="meeting-total" id="meeting-total">
        {t('meeting.total', { elapsed: formatClock(v.elapsed), length: formatClock(v.length) })}
        {v.planned !== v.length ? ` ${t('meeting.planned', { planned: formatClock(v.planned) })}` : ''}
      </p>
      <h3 class="meeting-sub">{t('meeting.plan')}</h3>
      <ol class="meeting-plan" lang={draftLang}>
        {plan.map((part, i) => (
          <li
            key={part.key}
            aria-current={i === timer.index ? 'step' : undefined}
            class={i < timer.index ? 'is-done' : ''}
          >
            {part.label}:{' '}
            {charterT('charter.minutes', { minutes: part.minutes + (timer.added[i] ?? 0) / 60 })}
          </li>
        ))}
      </ol>
    </section>
  );
}
