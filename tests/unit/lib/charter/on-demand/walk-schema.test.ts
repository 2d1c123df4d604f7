import { describe, expect, it } from 'vitest';
import { ruleKey, SCHEMA_VERSION } from '../../../../../src/lib/charter/draft.ts';
import { decodeWalk } from '../../../../../src/lib/charter/on-demand/walk-schema.ts';
import { reduceWalk, startWalk, type Walk } from '../../../../../src/lib/together.ts';
import { presetDraft } from '../../../../support/catalogue.ts';

const draft = presetDraft('nb', 'self-help-centre');
const keys = draft.rules.map(ruleKey);
const walk: Walk = [
  { type: 'decide', key: keys[0]!, decision: 'agree' },
  { type: 'reword', key: keys[1]!, text: 'Vi lytter.' },
  { type: 'note', key: keys[1]!, text: 'Spør senteret' },
  { type: 'add', text: 'Vi tar med kaffe.', theme: 'leadership' },
  { type: 'set-present', present: 5 },
  { type: 'made', at: '2027-03-03T19:00:00.000Z' },
].reduce(
  (w, a) => reduceWalk(w, a as Parameters<typeof reduceWalk>[1]),
  startWalk(draft, keys, '2027-03-03'),
);
/** The walk as it is stored, read back from JSON. */
const stored = () => JSON.parse(JSON.stringify(walk)) as Record<string, unknown>;

describe('reading a saved walk', () => {
  it('reads back exactly what was saved', () => {
    expect(decodeWalk(stored())).toEqual({ ok: true, walk });
  });

  it.each<[string, (w: Record<string, unknown>) => unknown]>([
    ['not an object', () => 'walk'],
    ['an array', () => []],
    ['no draft', ({ draft: _d, ...w }) => w],
    ['a damaged draft', (w) => ({ ...w, draft: { app: 'groundwork-charter', schemaVersion: 3 } })],
    ['a decision it does not know', (w) => ({ ...w, items: [{ key: keys[0], decision: 'maybe' }] })],
    ['a place that is not a number', (w) => ({ ...w, at: '2' })],
    ['a date that is not a day', (w) => ({ ...w, date: '2027-02-30' })],
    ['more members than the charter can say', (w) => ({ ...w, present: 100 })],
    ['a note past the hard cap', (w) => ({ ...w, items: [{ key: keys[0], note: 'x'.repeat(801) }] })],
    ['a key that could be anything', (w) => ({ ...w, items: [{ key: '__proto__' }] })],
    ['an added rule with no theme', (w) => ({ ...w, added: [{ key: 'added-1', text: 'x' }] })],
  ])('refuses %s', (_name, change) => {
    expect(decodeWalk(change(stored()))).toEqual({ ok: false, newer: false });
  });

  it('says when the draft in it comes from a newer version', () => {
    const w = stored();
    expect(decodeWalk({ ...w, draft: { ...draft, schemaVersion: SCHEMA_VERSION + 1 } })).toEqual({
      ok: false,
      newer: true,
    });
  });

  it('keeps only the draft’s own rules, each once, drops unknown fields and keeps the place in range', () => {
    const w = stored();
    const decoded = decodeWalk({
      ...w,
      items: [{ key: keys[0] }, { key: 'not-in-draft' }, { key: keys[0], decision: 'later' }],
      added: [{ key: keys[0], text: 'Twin', theme: 'focus' }],
      at: 3,
      extra: 'dropped',
      constructor: { prototype: { polluted: true } },
    });
    expect(decoded.ok && decoded.walk.items).toEqual([{ key: keys[0] }]);
    expect(decoded.ok && decoded.walk.added).toEqual([]);
    expect(decoded.ok && decoded.walk.at).toBe(1);
    expect(decoded.ok && 'extra' in decoded.walk).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
