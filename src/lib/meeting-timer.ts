/**
 * The meeting timer: the meeting plan as a sequence of parts with their
 * minutes, and what the host's screen shows at any moment. It is a reducer
 * over events (start, pause, resume, skip, add five minutes, and `now`, the
 * clock ticking), each carrying the time it happened in milliseconds; nothing
 * here reads the clock, so tests drive it with any times they like.
 *
 * Time is counted on the meeting's own clock: it runs while the meeting
 * runs and stands still while it is paused. A part does not end by itself:
 * when its time is up the screen says so and counts the time over, calmly,
 * until the host moves on ("skip"). Each part gives two signals, once each:
 * "one minute left" (only for parts longer than a minute) and "time is up".
 * Adding five minutes moves the part's end, so both signals can come again
 * for the new end.
 */
import type { OutlineItem } from './charter/draft.ts';

/** One part of the meeting, as the timer runs it. */
export interface PlanPart {
  /** The part's key in the outline. */
  key: string;
  /** Its name, as the charter shows it. */
  label: string;
  /** How long it lasts, in minutes. */
  minutes: number;
}

/** What happened, and when (milliseconds on any steady clock). */
export type TimerEvent = {
  /** Start the meeting; pause or resume it; move on to the next part; add five minutes to this part; or the clock ticked. */
  type: 'start' | 'pause' | 'resume' | 'skip' | 'add-five' | 'now';
  /** When, in milliseconds. */
  at: number;
};

/** Something the screen should tell the room, raised once by the event that caused it. */
export type Signal = 'part' | 'one-minute' | 'time-up' | 'ended';

/** The timer's state. */
export interface TimerState {
  /** Not started yet, running, paused, or over. */
  status: 'ready' | 'running' | 'paused' | 'ended';
  /** The current part, from 0. */
  index: number;
  /** The time of the latest event, in milliseconds. */
  clock: number;
  /** How long the meeting has run, pauses left out, in milliseconds. */
  elapsed: number;
  /** `elapsed` when the current part began. */
  partStart: number;
  /** Seconds added to each part, by its index. */
  added: readonly number[];
  /** The current part gave its "one minute left" signal. */
  warned: boolean;
  /** The current part gave its "time is up" signal. */
  timeUp: boolean;
  /** What the latest event signals, if anything. */
  signal: Signal | null;
}

/** What the host's screen shows. */
export interface TimerView {
  /** The timer's status. */
  status: TimerState['status'];
  /** The current part, or undefined once the meeting is over. */
  part: PlanPart | undefined;
  /** The next part, if there is one. */
  next: PlanPart | undefined;
  /** The current part's place, from 1. */
  number: number;
  /** How many parts there are. */
  count: number;
  /** Whole seconds left in the current part (rounded up, so 0 means the time is up). */
  remaining: number;
  /** Whole seconds past the current part's end; 0 while there is time left. */
  over: number;
  /** True in the current part's last minute. */
  lastMinute: boolean;
  /** Whole seconds the meeting has run, pauses left out. */
  elapsed: number;
  /** The plan's total in seconds, added time included. */
  planned: number;
  /** The meeting's length in seconds, as the charter says. */
  length: number;
}

/** Five minutes, in seconds. */
export const FIVE_MINUTES = 300;

/** The parts of a meeting outline that take time, in order, each with its name. */
export function planFrom(outline: readonly OutlineItem[], name: (item: OutlineItem) => string): PlanPart[] {
  return outline
    .filter((item) => Number.isFinite(item.minutes) && item.minutes > 0)
    .map((item) => ({ key: item.key, label: name(item), minutes: item.minutes }));
}

/** A timer that has not started, for a plan of `count` parts. */
export function initialTimer(count: number): TimerState {
  return {
    status: 'ready',
    index: 0,
    clock: 0,
    elapsed: 0,
    partStart: 0,
    added: Array.from({ length: Math.max(0, count) }, () => 0),
    warned: false,
    timeUp: false,
    signal: null,
  };
}

/** The current part's length in milliseconds, added time included. */
function partMs(plan: readonly PlanPart[], state: TimerState): number {
  const part = plan[state.index];
  return part ? (part.minutes * 60 + (state.added[state.index] ?? 0)) * 1000 : 0;
}

/** Milliseconds left in the current part; negative when it is over time. */
function leftMs(plan: readonly PlanPart[], state: TimerState): number {
  return partMs(plan, state) - (state.elapsed - state.partStart);
}

/** Moves the meeting's clock to `at` (it never runs backwards), and raises the part's signals when they are due. */
function advance(plan: readonly PlanPart[], state: TimerState, at: number): TimerState {
  const delta = Number.isFinite(at) ? Math.max(0, at - state.clock) : 0;
  const clock = state.clock + delta;
  if (state.status !== 'running') return { ...state, clock, signal: null };
  const next = { ...state, clock, elapsed: state.elapsed + delta, signal: null };
  const left = leftMs(plan, next);
  if (left <= 0 && !next.timeUp) return { ...next, timeUp: true, warned: true, signal: 'time-up' };
  if (left <= 60_000 && !next.warned && partMs(plan, next) > 60_000) {
    return { ...next, warned: true, signal: 'one-minute' };
  }
  return next;
}

/** The timer after an event. Events that make no sense now (pausing a paused meeting) change nothing but the clock. */
export function step(plan: readonly PlanPart[], state: TimerState, event: TimerEvent): TimerState {
  if (state.status === 'ready') {
    if (event.type !== 'start') return state;
    if (plan.length === 0) return { ...state, status: 'ended', clock: event.at, signal: 'ended' };
    return { ...state, status: 'running', clock: event.at, signal: 'part' };
  }
  if (state.status === 'ended') return { ...state, signal: null };
  const now = advance(plan, state, event.at);
  switch (event.type) {
    case 'pause':
      return now.status === 'running' ? { ...now, status: 'paused' } : now;
    case 'resume':
      return now.status === 'paused' ? { ...now, status: 'running' } : now;
    case 'skip': {
      const index = now.index + 1;
      if (index >= plan.length) return { ...now, status: 'ended', signal: 'ended' };
      return { ...now, index, partStart: now.elapsed, warned: false, timeUp: false, signal: 'part' };
    }
    case 'add-five': {
      const added = now.added.map((s, i) => (i === now.index ? s + FIVE_MINUTES : s));
      const moved = { ...now, added };
      const left = leftMs(plan, moved);
      // The part's end moved: its signals are due again before the new end.
      return { ...moved, timeUp: left <= 0, warned: left <= 60_000 };
    }
    default:
      return now;
  }
}

/** What the screen shows for a timer state. */
export function view(plan: readonly PlanPart[], state: TimerState, meetingMinutes: number): TimerView {
  const ended = state.status === 'ended';
  const left = ended ? 0 : leftMs(plan, state);
  const planned = plan.reduce((sum, p, i) => sum + p.minutes * 60 + (state.added[i] ?? 0), 0);
  return {
    status: state.status,
    part: ended ? undefined : plan[state.index],
    next: ended ? undefined : plan[state.index + 1],
    number: Math.min(state.index + 1, plan.length),
    count: plan.length,
    remaining: left > 0 ? Math.ceil(left / 1000) : 0,
    over: left < 0 ? Math.floor(-left / 1000) : 0,
    lastMinute: !ended && left > 0 && left <= 60_000,
    elapsed: Math.floor(state.elapsed / 1000),
    planned,
    length: meetingMinutes * 60,
  };
}

/** Seconds as a clock shows them: `45:00`, `0:59`, `1:05:00` past an hour. */
export function formatClock(seconds: number): string {
  const total = Math.max(0, Math.floor(seconds));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}
