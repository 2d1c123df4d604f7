/**
 * "Agree it together": the group goes through its draft one rule at a time,
 * on one screen, and decides each rule: agree, change the wording (and agree
 * to the new words), leave it out, or come back to it later. It can add rules
 * it thinks of on the way, and note a line per rule. This module is that walk
 * as a reducer over a plain object (the walk), and the draft it gives at the
 * end ({@link resultDraft}). The walk is saved on the device as it is
 * (`storage.ts`, key `groundwork.together`), so it carries the draft it began
 * from and everything decided, and nothing else.
 *
 * Rules are gone through in the order the charter prints them (by theme);
 * the island works that order out from the charter model and passes the keys
 * to {@link startWalk}, so this module needs no catalogue.
 */
import type { Theme } from '../schemas/themes.ts';
import { freshKey } from './charter/actions.ts';
import { ruleKey, type CustomRule, type Draft, type DraftRule } from './charter/draft.ts';
import { FIELD_FAMILIES, LIMITS, MAX_TEXT_CODE_POINTS } from './charter/fields.ts';
import { parseDate } from './charter/rota.ts';
import { cutToCodePoints, graphemeCount, isBlank } from './charter/text.ts';

/** What the group decided about a rule. */
export const DECISIONS = ['agree', 'reword', 'leave-out', 'later'] as const;

/** What the group decided about a rule: agree; agree in its own words; leave it out; come back to it. */
export type Decision = (typeof DECISIONS)[number];

/** The most members the charter's agreement line can count (the draft schema's limit). */
export const MAX_PRESENT = 99;

/** One rule of the draft, as the group goes through it. */
export interface WalkItem {
  /** The rule's key in the draft. */
  key: string;
  /** What the group decided; absent until it has. */
  decision?: Decision | undefined;
  /** The group's new wording, once it changed the words; from then on the rule's wording. */
  text?: string | undefined;
  /** A short note from talking it over. */
  note?: string | undefined;
}

/** A rule the group thought of on the way. It is agreed: the group wrote it together. */
export interface AddedRule {
  /** A key unique within the walk (`added-1`, …). */
  key: string;
  /** The rule, in the group's words. */
  text: string;
  /** The theme it belongs under. */
  theme: Theme;
  /** A short note. */
  note?: string | undefined;
}

/** The walk: the draft it began from, where the group is, and what it decided. */
export interface Walk {
  /** The draft as it was when the walk began. */
  draft: Draft;
  /** Its rules in the order they are gone through. */
  items: WalkItem[];
  /** Rules the group added. */
  added: AddedRule[];
  /** Where the group is: the index of a rule, or `items.length` for the end. */
  at: number;
  /** The day of the meeting, YYYY-MM-DD. */
  date: string;
  /** How many members are there; 0 until someone says. */
  present: number;
  /** When the result was made the group's charter (an ISO time), if it was. */
  made?: string | undefined;
}

/** A change to the walk. */
export type WalkAction =
  | { type: 'decide'; key: string; decision: 'agree' | 'leave-out' | 'later' }
  | { type: 'reword'; key: string; text: string }
  | { type: 'first-wording'; key: string }
  | { type: 'note'; key: string; text: string }
  | { type: 'back' }
  | { type: 'next' }
  | { type: 'go'; at: number }
  | { type: 'add'; text: string; theme: Theme }
  | { type: 'remove-added'; key: string }
  | { type: 'set-date'; date: string }
  | { type: 'set-present'; present: number }
  | { type: 'made'; at: string | undefined };

/** The hard cap on code points of a rule's words, the same as the builder's (`fields.ts`). */
export const RULE_CAP: number = FIELD_FAMILIES['rule-text-'].maxCodePoints ?? MAX_TEXT_CODE_POINTS;
/** The hard cap on code points of a note, the same as the builder's. */
const NOTE_CAP = FIELD_FAMILIES['rule-note-'].maxCodePoints ?? MAX_TEXT_CODE_POINTS;

/** The most characters a note may have: the builder's limit for a rule's note. */
export const NOTE_LIMIT: number = FIELD_FAMILIES['rule-note-'].limit ?? LIMITS.short;

/** The draft with what an earlier walk decided taken off, so every rule is gone through again. */
export function withoutAgreement(draft: Draft): Draft {
  const { agreed: _meta, ...rest } = draft;
  return {
    ...rest,
    rules: draft.rules.map((rule): DraftRule => {
      const { agreed: _agreed, ...kept } = rule;
      return kept as DraftRule;
    }),
  };
}

/**
 * A new walk through `draft`, going through the rules with these keys in this order (keys that are
 * not the draft's, or that repeat, are left out), on the day `date` (YYYY-MM-DD).
 */
export function startWalk(draft: Draft, keys: readonly string[], date: string): Walk {
  const known = new Set(draft.rules.map(ruleKey));
  const seen = new Set<string>();
  const items = keys.flatMap((key) => {
    if (!known.has(key) || seen.has(key)) return [];
    seen.add(key);
    return [{ key }];
  });
  return { draft, items, added: [], at: 0, date: parseDate(date) ? date : '', present: 0 };
}

function mapItem(walk: Walk, key: string, fn: (item: WalkItem) => WalkItem): Walk {
  return { ...walk, items: walk.items.map((item) => (item.key === key ? fn(item) : item)) };
}

/** The place after the rule with this key (the end after the last). */
function after(walk: Walk, key: string): number {
  const index = walk.items.findIndex((item) => item.key === key);
  return index === -1 ? walk.at : Math.min(index + 1, walk.items.length);
}

/** Whether the group can add one more rule: the builder's limits on own rules and on all rules. */
export function canAdd(walk: Walk): boolean {
  const own = walk.draft.rules.filter((r) => r.kind === 'custom').length + walk.added.length;
  return own < LIMITS.customRules && walk.draft.rules.length + walk.added.length < LIMITS.rules;
}

/** Applies one change to the walk and returns the new walk; the old one is never changed. */
export function reduceWalk(walk: Walk, action: WalkAction): Walk {
  switch (action.type) {
    case 'decide': {
      if (!walk.items.some((item) => item.key === action.key)) return walk;
      const next = mapItem(walk, action.key, (item) => ({ ...item, decision: action.decision }));
      return { ...next, at: after(walk, action.key) };
    }
    case 'reword': {
      if (isBlank(action.text) || !walk.items.some((item) => item.key === action.key)) return walk;
      const text = cutToCodePoints(action.text.trim(), RULE_CAP);
      const next = mapItem(walk, action.key, (item) => ({ ...item, decision: 'reword', text }));
      return { ...next, at: after(walk, action.key) };
    }
    case 'first-wording':
      return mapItem(walk, action.key, ({ text: _text, ...item }) =>
        item.decision === 'reword' ? { ...item, decision: 'agree' } : item,
      );
    case 'note': {
      const note = cutToCodePoints(action.text, NOTE_CAP);
      const set = <T extends { note?: string | undefined }>(item: T): T => {
        const { note: _old, ...rest } = item;
        return (isBlank(note) ? rest : { ...rest, note }) as T;
      };
      return {
        ...walk,
        items: walk.items.map((item) => (item.key === action.key ? set(item) : item)),
        added: walk.added.map((rule) => (rule.key === action.key ? set(rule) : rule)),
      };
    }
    case 'back':
      return { ...walk, at: Math.max(0, Math.min(walk.at, walk.items.length) - 1) };
    case 'next': {
      // Forward only past a rule the group has decided: each rule gets its turn.
      const current = walk.items[walk.at];
      return current?.decision ? { ...walk, at: walk.at + 1 } : walk;
    }
    case 'go': {
      // Anywhere up to the first rule not decided yet (the end once every rule is).
      const open = walk.items.findIndex((item) => !item.decision);
      const furthest = open === -1 ? walk.items.length : open;
      const at = Math.trunc(action.at);
      return Number.isFinite(at) ? { ...walk, at: Math.max(0, Math.min(at, furthest)) } : walk;
    }
    case 'add': {
      if (isBlank(action.text) || !canAdd(walk)) return walk;
      const key = freshKey('added', [...walk.items.map((i) => i.key), ...walk.added.map((a) => a.key)]);
      const text = cutToCodePoints(action.text.trim(), RULE_CAP);
      return { ...walk, added: [...walk.added, { key, text, theme: action.theme }] };
    }
    case 'remove-added':
      return { ...walk, added: walk.added.filter((rule) => rule.key !== action.key) };
    case 'set-date':
      return { ...walk, date: parseDate(action.date) ? action.date : '' };
    case 'set-present': {
      const n = Math.trunc(action.present);
      return { ...walk, present: Number.isFinite(n) ? Math.max(0, Math.min(MAX_PRESENT, n)) : 0 };
    }
    case 'made': {
      if (action.at !== undefined) return { ...walk, made: action.at };
      const { made: _made, ...rest } = walk;
      return rest;
    }
  }
}

/** How many rules the group decided each way so far, and how many it has still to talk about. */
export function walkCounts(walk: Walk): Record<Decision | 'open' | 'added', number> {
  const counts = { agree: 0, reword: 0, 'leave-out': 0, later: 0, open: 0, added: walk.added.length };
  for (const item of walk.items) counts[item.decision ?? 'open'] += 1;
  return counts;
}

/** What stops the walk from becoming the charter, if anything. */
export type MakeProblem =
  { kind: 'date' } | { kind: 'present' } | { kind: 'open'; key: string } | { kind: 'note'; key: string };

/** What must be put right before the walk can become the charter, in the order the screen shows it. */
export function makeProblems(walk: Walk): MakeProblem[] {
  const problems: MakeProblem[] = [];
  if (!parseDate(walk.date)) problems.push({ kind: 'date' });
  if (walk.present < 1) problems.push({ kind: 'present' });
  for (const item of walk.items) if (!item.decision) problems.push({ kind: 'open', key: item.key });
  for (const rule of [...walk.items, ...walk.added]) {
    if (rule.note && graphemeCount(rule.note) > NOTE_LIMIT) problems.push({ kind: 'note', key: rule.key });
  }
  return problems;
}

/**
 * The draft the walk gives: every rule gone through marks what the group decided (`agreed: 'yes'`,
 * or `'later'` to come back to; a rule not decided counts as one to come back to), with its new
 * wording and its note; rules left out are gone; the rules the group added are its own rules,
 * agreed; and the draft says when the group agreed it and how many were there. Rules that were not
 * gone through (a catalogue rule this version does not know) stay as they were.
 */
export function resultDraft(draft: Draft, walk: Walk, meta: { date: string; present: number }): Draft {
  const items = new Map(walk.items.map((item) => [item.key, item]));
  const rules = draft.rules.flatMap((rule): DraftRule[] => {
    const item = items.get(ruleKey(rule));
    if (!item) return [rule];
    const decision = item.decision ?? 'later';
    if (decision === 'leave-out') return [];
    const { agreed: _agreed, note: _note, ...rest } = rule;
    const next = { ...rest, agreed: decision === 'later' ? 'later' : 'yes' } as DraftRule;
    if (item.text !== undefined && !isBlank(item.text)) next.text = item.text;
    if (item.note !== undefined && !isBlank(item.note)) next.note = item.note.trim();
    return [next];
  });
  const used = rules.map(ruleKey);
  for (const added of walk.added) {
    const key = freshKey('own', used);
    used.push(key);
    const rule: CustomRule = { kind: 'custom', key, text: added.text, theme: added.theme, agreed: 'yes' };
    if (added.note !== undefined && !isBlank(added.note)) rule.note = added.note.trim();
    rules.push(rule);
  }
  return { ...draft, rules, agreed: { date: meta.date, present: meta.present } };
}
