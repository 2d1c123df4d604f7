import { describe, expect, it } from 'vitest';
import { charterSection } from '../../../src/lib/charter/charter.ts';
import { ruleKey, type Draft } from '../../../src/lib/charter/draft.ts';
import { FIELD_FAMILIES, LIMITS } from '../../../src/lib/charter/fields.ts';
import { codePointCount } from '../../../src/lib/charter/text.ts';
import {
  canAdd,
  makeProblems,
  reduceWalk,
  resultDraft,
  RULE_CAP,
  startWalk,
  walkCounts,
  withoutAgreement,
  type Walk,
  type WalkAction,
} from '../../../src/lib/together.ts';
import { apply, charterFor, presetDraft } from '../../support/catalogue.ts';

const draft = apply(
  presetDraft('en', 'community-group'),
  { type: 'add-custom', theme: 'focus', text: 'We start on time.' },
  { type: 'set-group', field: 'name', value: 'Tuesday group' },
);
const keys = draft.rules.map(ruleKey);
const [first = '', second = '', third = '', fourth = ''] = keys;
const fresh = () => startWalk(draft, keys, '2027-03-03');
const run = (...actions: WalkAction[]) => actions.reduce(reduceWalk, fresh());

describe('starting a walk', () => {
  it('goes through the given rules in the given order, once each, only the draft’s own', () => {
    const walk = startWalk(draft, [second, first, 'no-such-rule', second], '2027-03-03');
    expect(walk.items).toEqual([{ key: second }, { key: first }]);
    expect(walk).toMatchObject({ at: 0, date: '2027-03-03', present: 0, added: [] });
    expect(startWalk(draft, keys, '2027-02-30').date).toBe('');
  });

  it('takes off what an earlier walk decided, so every rule comes round again', () => {
    const agreed: Draft = {
      ...draft,
      rules: draft.rules.map((r, i) => ({ ...r, agreed: i === 0 ? 'later' : 'yes' })),
      agreed: { date: '2026-01-01', present: 4 },
    };
    const plain = withoutAgreement(agreed);
    expect(plain.agreed).toBeUndefined();
    expect(plain.rules.every((r) => !('agreed' in r))).toBe(true);
    expect(plain.rules.map(ruleKey)).toEqual(keys);
  });
});

describe('the walk, step by step', () => {
  it.each<[string, WalkAction[], Partial<Walk> & { decisions?: (string | undefined)[] }]>([
    [
      'agreeing moves on',
      [{ type: 'decide', key: first, decision: 'agree' }],
      { at: 1, decisions: ['agree'] },
    ],
    [
      'each decision is kept per rule',
      [
        { type: 'decide', key: first, decision: 'agree' },
        { type: 'decide', key: second, decision: 'leave-out' },
        { type: 'decide', key: third, decision: 'later' },
      ],
      { at: 3, decisions: ['agree', 'leave-out', 'later'] },
    ],
    [
      'back goes to the rule before, never before the first',
      [{ type: 'decide', key: first, decision: 'agree' }, { type: 'back' }, { type: 'back' }],
      { at: 0, decisions: ['agree'] },
    ],
    [
      'a decision can be changed on the way back',
      [
        { type: 'decide', key: first, decision: 'agree' },
        { type: 'back' },
        { type: 'decide', key: first, decision: 'later' },
      ],
      { at: 1, decisions: ['later'] },
    ],
    [
      'next passes only a rule that is decided',
      [
        { type: 'next' },
        { type: 'decide', key: first, decision: 'agree' },
        { type: 'back' },
        { type: 'next' },
      ],
      { at: 1, decisions: ['agree'] },
    ],
    [
      'go reaches any rule up to the first one not decided',
      [
        { type: 'decide', key: first, decision: 'agree' },
        { type: 'go', at: 10 },
      ],
      { at: 1 },
    ],
    ['go never goes below the first rule', [{ type: 'go', at: -3 }], { at: 0 }],
    ['an unknown rule changes nothing', [{ type: 'decide', key: 'nope', decision: 'agree' }], { at: 0 }],
    [
      'the date must be a real day',
      [
        { type: 'set-date', date: '2027-04-31' },
        { type: 'set-present', present: 6.7 },
      ],
      { date: '', present: 6 },
    ],
    ['how many were there stays within 0–99', [{ type: 'set-present', present: 400 }], { present: 99 }],
    ['a count that is not a number is 0', [{ type: 'set-present', present: Number.NaN }], { present: 0 }],
  ])('%s', (_name, actions, expected) => {
    const { decisions, ...rest } = expected;
    const walk = run(...actions);
    expect(walk).toMatchObject(rest);
    if (decisions) expect(walk.items.slice(0, decisions.length).map((i) => i.decision)).toEqual(decisions);
  });

  it('changing the wording agrees to the new words, and the first wording can come back', () => {
    const reworded = run({ type: 'reword', key: first, text: '  We listen.  ' });
    expect(reworded.items[0]).toEqual({ key: first, decision: 'reword', text: 'We listen.' });
    expect(reworded.at).toBe(1);
    // Blank words are not a wording.
    expect(reduceWalk(reworded, { type: 'reword', key: second, text: ' \u200b ' })).toBe(reworded);
    const back = reduceWalk(reworded, { type: 'first-wording', key: first });
    expect(back.items[0]).toEqual({ key: first, decision: 'agree' });
    // A rule to come back to keeps its new words, and keeps its decision without them.
    const later = run(
      { type: 'reword', key: first, text: 'We listen.' },
      { type: 'back' },
      { type: 'decide', key: first, decision: 'later' },
    );
    expect(later.items[0]).toEqual({ key: first, decision: 'later', text: 'We listen.' });
    expect(reduceWalk(later, { type: 'first-wording', key: first }).items[0]).toEqual({
      key: first,
      decision: 'later',
    });
  });

  it('keeps a note per rule, for added rules too, and drops a blank one', () => {
    let walk = run(
      { type: 'note', key: first, text: 'Ask the centre about rooms.' },
      { type: 'add', text: 'Phones on silent.', theme: 'meetings' },
    );
    walk = reduceWalk(walk, { type: 'note', key: 'added-1', text: 'Kari’s idea' });
    expect(walk.items[0]?.note).toBe('Ask the centre about rooms.');
    expect(walk.added[0]).toEqual({
      key: 'added-1',
      text: 'Phones on silent.',
      theme: 'meetings',
      note: 'Kari’s idea',
    });
    walk = reduceWalk(walk, { type: 'note', key: first, text: '   ' });
    expect(walk.items[0]).toEqual({ key: first });
    // Text is cut at the builder's hard cap, so the draft can always be read back.
    const long = reduceWalk(walk, { type: 'note', key: first, text: 'x'.repeat(5000) });
    expect(long.items[0]?.note?.length).toBe(800);
  });

  it('adds the group’s rules with keys of their own, within the builder’s limits', () => {
    let walk = run(
      { type: 'add', text: 'One', theme: 'focus' },
      { type: 'add', text: ' ', theme: 'focus' },
      { type: 'add', text: 'Two', theme: 'safety' },
    );
    expect(walk.added.map((a) => a.key)).toEqual(['added-1', 'added-2']);
    walk = reduceWalk(walk, { type: 'remove-added', key: 'added-1' });
    walk = reduceWalk(walk, { type: 'add', text: 'Three', theme: 'safety' });
    expect(walk.added.map((a) => [a.key, a.text])).toEqual([
      ['added-2', 'Two'],
      ['added-1', 'Three'],
    ]);
    const own = draft.rules.filter((r) => r.kind === 'custom').length;
    let full = fresh();
    for (let i = 0; i < 40; i += 1)
      full = reduceWalk(full, { type: 'add', text: `Rule ${i}`, theme: 'focus' });
    expect(full.added).toHaveLength(LIMITS.customRules - own);
    expect(canAdd(full)).toBe(false);
  });

  it('counts the decisions and what is still open', () => {
    const walk = run(
      { type: 'decide', key: first, decision: 'agree' },
      { type: 'reword', key: second, text: 'Ours' },
      { type: 'decide', key: third, decision: 'leave-out' },
      { type: 'decide', key: fourth, decision: 'later' },
      { type: 'add', text: 'New', theme: 'focus' },
    );
    expect(walkCounts(walk)).toEqual({
      agree: 1,
      reword: 1,
      'leave-out': 1,
      later: 1,
      open: keys.length - 4,
      added: 1,
    });
  });

  it('says what must be put right before the walk can become the charter', () => {
    expect(makeProblems(startWalk(draft, [first], ''))).toEqual([
      { kind: 'date' },
      { kind: 'present' },
      { kind: 'open', key: first },
    ]);
    const walk = [
      { type: 'decide', key: first, decision: 'agree' },
      { type: 'set-present', present: 5 },
      { type: 'note', key: first, text: 'x'.repeat(201) },
    ] satisfies WalkAction[];
    expect(makeProblems(walk.reduce(reduceWalk, startWalk(draft, [first], '2027-03-03')))).toEqual([
      { kind: 'note', key: first },
    ]);
  });
});

describe('the draft the walk gives', () => {
  const walk = run(
    { type: 'decide', key: first, decision: 'agree' },
    { type: 'reword', key: second, text: 'We keep it here.' },
    { type: 'decide', key: third, decision: 'leave-out' },
    { type: 'decide', key: fourth, decision: 'later' },
    { type: 'note', key: fourth, text: ' Talk to Per first. ' },
    { type: 'add', text: 'We bring tea in turn.', theme: 'leadership' },
    { type: 'note', key: 'added-1', text: 'Idea from Ali' },
  );
  const result = resultDraft(draft, walk, { date: '2027-03-03', present: 6 });

  it('marks each rule, leaves out the ones left out, and adds the group’s rules as its own', () => {
    const byKey = new Map(result.rules.map((r) => [ruleKey(r), r]));
    expect(byKey.get(first)).toMatchObject({ agreed: 'yes' });
    expect(byKey.get(first)?.text).toBeUndefined();
    expect(byKey.get(second)).toMatchObject({ agreed: 'yes', text: 'We keep it here.' });
    expect(byKey.has(third)).toBe(false);
    expect(byKey.get(fourth)).toMatchObject({ agreed: 'later', note: 'Talk to Per first.' });
    // Rules not decided count as rules to come back to.
    for (const key of keys.slice(4)) expect(byKey.get(key)?.agreed).toBe('later');
    const added = result.rules.at(-1);
    expect(added).toEqual({
      kind: 'custom',
      key: 'own-2',
      text: 'We bring tea in turn.',
      theme: 'leadership',
      agreed: 'yes',
      note: 'Idea from Ali',
    });
    expect(result.agreed).toEqual({ date: '2027-03-03', present: 6 });
    expect(result.rules).toHaveLength(draft.rules.length);
    // The draft it came from is not changed.
    expect(draft.agreed).toBeUndefined();
  });

  it('prints as agreed together, with the rules to come back to on their own', () => {
    const charter = charterFor(result);
    expect(charter.agreement).toBe('Agreed together on 3 March 2027 by 6 members');
    const later = charterSection(charter, 'later');
    expect(later?.blocks.some((b) => b.kind === 'list' && b.items.length === keys.length - 3)).toBe(true);
    const one = charterFor(resultDraft(draft, walk, { date: '2027-03-03', present: 1 }));
    expect(one.agreement).toBe('Agreed together on 3 March 2027 by 1 member');
  });

  it('keeps a rule the walk did not go through as it was', () => {
    const partial = startWalk(draft, [first], '2027-03-03');
    const out = resultDraft(draft, reduceWalk(partial, { type: 'decide', key: first, decision: 'agree' }), {
      date: '2027-03-03',
      present: 3,
    });
    expect(out.rules[1]).toEqual(draft.rules[1]);
  });
});

describe('text that freezes the page', () => {
  it('the boxes for a rule’s words hold no more than the builder’s hard cap', () => {
    expect(RULE_CAP).toBe(FIELD_FAMILIES['rule-text-'].maxCodePoints);
  });

  it.each<[string, (text: string) => WalkAction]>([
    ['a rule added', (text) => ({ type: 'add', text, theme: 'focus' })],
  ])('%s with 100 000 accents keeps only the start, up to the cap', (_name, action) => {
    const walk = reduceWalk(fresh(), action(`a${'\u0301'.repeat(100_000)}`));
    const added = walk.added.at(-1);
    expect(codePointCount(added?.text ?? '')).toBe(RULE_CAP);
  });
});
