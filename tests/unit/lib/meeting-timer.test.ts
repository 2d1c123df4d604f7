import { describe, expect, it } from 'vitest';
import { defaultOutline } from '../../../src/lib/charter/draft.ts';
import {
  formatClock,
  initialTimer,
  planFrom,
  step,
  view,
  type PlanPart,
  type Signal,
  type TimerEvent,
  type TimerState,
} from '../../../src/lib/meeting-timer.ts';

const MIN = 60_000;
/** Three parts: 5, 10 and 1 minutes. */
const plan: PlanPart[] = [
  { key: 'arrival', label: 'Arrival', minutes: 5 },
  { key: 'sharing', label: 'Sharing', minutes: 10 },
  { key: 'closing', label: 'Closing', minutes: 1 },
];

/** Runs events on a fake clock: `[type, minutes after the start]`, each tick a `now`. */
function run(events: [TimerEvent['type'], number][]): { state: TimerState; signals: (Signal | null)[] } {
  let state = initialTimer(plan.length);
  const signals: (Signal | null)[] = [];
  for (const [type, minutes] of events) {
    state = step(plan, state, { type, at: 1_000_000 + minutes * MIN });
    signals.push(state.signal);
  }
  return { state, signals };
}

describe('the plan', () => {
  it('takes the parts that take time, in order, with their names', () => {
    const outline = [...defaultOutline(60), { key: 'part-1', label: 'Tea', minutes: 0 }];
    expect(planFrom(outline, (o) => o.label ?? o.key.toUpperCase())).toEqual([
      { key: 'arrival', label: 'ARRIVAL', minutes: 5 },
      { key: 'opening', label: 'OPENING', minutes: 10 },
      { key: 'sharing', label: 'SHARING', minutes: 30 },
      { key: 'reflections', label: 'REFLECTIONS', minutes: 10 },
      { key: 'closing', label: 'CLOSING', minutes: 5 },
    ]);
  });
});

describe('the timer on a fake clock', () => {
  it.each<[string, [TimerEvent['type'], number][], Partial<ReturnType<typeof view>>, (Signal | null)[]]>([
    ['before the start, nothing runs', [['now', 3]], { status: 'ready', remaining: 300, elapsed: 0 }, [null]],
    [
      'counts down the current part',
      [
        ['start', 0],
        ['now', 2.5],
      ],
      { status: 'running', number: 1, remaining: 150, over: 0, elapsed: 150, lastMinute: false },
      ['part', null],
    ],
    [
      'says "one minute left" once, a minute before the end',
      [
        ['start', 0],
        ['now', 3.9],
        ['now', 4],
        ['now', 4.5],
      ],
      { remaining: 30, lastMinute: true },
      ['part', null, 'one-minute', null],
    ],
    [
      'says when the time is up, once, and then counts the time over',
      [
        ['start', 0],
        ['now', 4],
        ['now', 5],
        ['now', 6.5],
      ],
      { number: 1, remaining: 0, over: 90, lastMinute: false, elapsed: 390 },
      ['part', 'one-minute', 'time-up', null],
    ],
    [
      'a big jump gives only "time is up"',
      [
        ['start', 0],
        ['now', 7],
      ],
      { over: 120 },
      ['part', 'time-up'],
    ],
    [
      'stands still while paused, and goes on from there',
      [
        ['start', 0],
        ['now', 1],
        ['pause', 2],
        ['now', 30],
        ['resume', 40],
        ['now', 41],
      ],
      { status: 'running', remaining: 120, elapsed: 180 },
      ['part', null, null, null, null, null],
    ],
    [
      'no signal while paused, even past the end',
      [
        ['start', 0],
        ['pause', 3],
        ['now', 9],
      ],
      { status: 'paused', remaining: 120 },
      ['part', null, null],
    ],
    [
      'skip moves to the next part with its own time',
      [
        ['start', 0],
        ['now', 2],
        ['skip', 3],
        ['now', 4],
      ],
      { number: 2, remaining: 540, elapsed: 240 },
      ['part', null, 'part', null],
    ],
    [
      'each part gives its own signals',
      [
        ['start', 0],
        ['skip', 1],
        ['now', 10],
        ['now', 11],
      ],
      { number: 2, remaining: 0 },
      ['part', 'part', 'one-minute', 'time-up'],
    ],
    [
      'a part of a minute or less gives no "one minute left"',
      [
        ['start', 0],
        ['skip', 0],
        ['skip', 0],
        ['now', 0.5],
        ['now', 1],
      ],
      { number: 3, remaining: 0 },
      ['part', 'part', 'part', null, 'time-up'],
    ],
    [
      'adding five minutes moves the end, and the signals come again for it',
      [
        ['start', 0],
        ['now', 4.5],
        ['add-five', 4.5],
        ['now', 9],
        ['now', 10],
      ],
      { remaining: 0, planned: 16 * 60 + 300 },
      ['part', 'one-minute', null, 'one-minute', 'time-up'],
    ],
    [
      'adding five minutes to a part over time gives it time again',
      [
        ['start', 0],
        ['now', 7],
        ['add-five', 7],
        ['now', 8],
      ],
      { remaining: 120, over: 0 },
      ['part', 'time-up', null, null],
    ],
    [
      'skipping the last part ends the meeting',
      [
        ['start', 0],
        ['skip', 5],
        ['skip', 15],
        ['skip', 16],
        ['now', 20],
        ['resume', 21],
      ],
      { status: 'ended', part: undefined, elapsed: 960, remaining: 0 },
      ['part', 'part', 'part', 'ended', null, null],
    ],
    [
      'a clock that goes back does not count backwards',
      [
        ['start', 10],
        ['now', 12],
        ['now', 11],
        ['now', 13],
      ],
      { elapsed: 180 },
      ['part', null, null, null],
    ],
  ])('%s', (_name, events, expected, signals) => {
    const result = run(events);
    expect(view(plan, result.state, 120)).toMatchObject(expected);
    expect(result.signals).toEqual(signals);
  });

  it('weighs the whole meeting against its length', () => {
    const { state } = run([
      ['start', 0],
      ['now', 12],
    ]);
    expect(view(plan, state, 90)).toMatchObject({ elapsed: 720, planned: 960, length: 5400, count: 3 });
    expect(view(plan, state, 90).next).toEqual(plan[1]);
  });

  it('ends at once when there is nothing in the plan', () => {
    const state = step([], initialTimer(0), { type: 'start', at: 5 });
    expect(state).toMatchObject({ status: 'ended', signal: 'ended' });
    expect(view([], state, 60)).toMatchObject({ part: undefined, count: 0, number: 0 });
  });
});

describe('the clock face', () => {
  it.each([
    [0, '0:00'],
    [59, '0:59'],
    [60, '1:00'],
    [599.9, '9:59'],
    [2700, '45:00'],
    [3905, '1:05:05'],
    [-5, '0:00'],
  ])('%d seconds → %s', (seconds, text) => {
    expect(formatClock(seconds)).toBe(text);
  });
});
