/**
 * Every change the builder can make to a draft, as a pure function from the
 * old draft to a new one. The island only dispatches these.
 */
import type { Theme } from '../../schemas/rule.ts';
import type { Catalogue, CataloguePreset } from './catalogue.ts';
import { factFromWording, factOf, isFactRule, wordingForFacts } from './facts.ts';
import { fieldSpec, MAX_TEXT_CODE_POINTS } from './fields.ts';
import { parseDate } from './rota.ts';
import { cutToCodePoints } from './text.ts';
import {
  MAX_ROTA_MEETINGS,
  blankDraft,
  defaultOutline,
  ruleKey,
  ruleTheme,
  type CharterLang,
  type CharterLayout,
  type ChosenRule,
  type Draft,
  type DraftRule,
  type OutlineItem,
  type Role,
} from './draft.ts';

/** A change to the draft. */
export type Action =
  | { type: 'set-group'; field: keyof Draft['group']; value: string | number }
  | { type: 'toggle-rule'; id: string; on: boolean }
  | { type: 'set-variant'; id: string; variant: string | undefined }
  | { type: 'set-value'; id: string; value: number }
  | { type: 'set-rule-text'; id: string; text: string | undefined }
  | { type: 'add-custom'; theme: Theme; text: string }
  | { type: 'set-custom'; key: string; text: string }
  | { type: 'set-custom-theme'; key: string; theme: Theme }
  | { type: 'remove-rule'; key: string }
  | { type: 'move-rule'; key: string; by: -1 | 1 }
  | { type: 'set-outline-minutes'; key: string; minutes: number }
  | { type: 'set-outline-label'; key: string; label: string }
  | { type: 'add-outline'; label: string; minutes: number }
  | { type: 'remove-outline'; key: string }
  | { type: 'move-outline'; key: string; by: -1 | 1 }
  | { type: 'reset-outline' }
  | { type: 'set-role-label'; key: string; label: string }
  | { type: 'add-role'; label: string }
  | { type: 'remove-role'; key: string }
  | { type: 'set-absence'; field: 'who' | 'how'; value: string }
  | { type: 'set-when-broken'; value: string }
  | { type: 'set-review'; field: 'date' | 'how'; value: string }
  | { type: 'set-lang'; lang: CharterLang }
  | { type: 'add-member'; name: string }
  | { type: 'set-member'; index: number; name: string }
  | { type: 'remove-member'; index: number }
  | { type: 'set-rota-meetings'; meetings: number }
  | { type: 'set-starter'; starter: Draft['starter'] }
  | { type: 'set-starter-on-charter'; on: boolean }
  | { type: 'set-layout'; layout: CharterLayout }
  | { type: 'set-large-print'; on: boolean };

/** A key not yet used in a list: `own-1`, `own-2`, … */
export function freshKey(prefix: string, used: Iterable<string>): string {
  const taken = new Set(used);
  let n = 1;
  while (taken.has(`${prefix}-${n}`)) n += 1;
  return `${prefix}-${n}`;
}

/** A new draft from a preset: its rules (with its meeting length and wordings), and its group defaults. */
export function draftFromPreset(
  preset: CataloguePreset,
  catalogue: Catalogue,
  lang: CharterLang,
  id?: string,
): Draft {
  const draft = blankDraft(lang, id);
  const d = preset.defaults;
  draft.preset = preset.id;
  draft.group = {
    ...draft.group,
    // The group says how many it expects; a preset's range is advice, not a number for the charter.
    size: 0,
    openness: d.openness,
    setting: d.setting,
    frequency: d.frequency,
    meetingMinutes: d.meetingMinutes,
  };
  draft.outline = defaultOutline(d.meetingMinutes);
  draft.rules = preset.rules.flatMap((id): DraftRule[] => {
    const rule = catalogue.byId.get(id);
    if (!rule) return [];
    return [withFacts({ kind: 'catalogue', id }, draft.group)];
  });
  return draft;
}

/**
 * A chosen catalogue rule with its stored choice set from the group's facts, when it states one
 * (`facts.ts`): the wording for how often, online or not, open or closed; the meeting length.
 * The charter words these rules from the facts anyway; storing the choice keeps the `.json` file
 * saying the same.
 */
function withFacts(rule: ChosenRule, group: Draft['group']): ChosenRule {
  if (!isFactRule(rule.id)) return rule;
  const { variant: _variant, value: _value, ...rest } = rule;
  if (factOf(rule.id) === 'minutes') return { ...rest, value: group.meetingMinutes };
  const wording = wordingForFacts(rule.id, group);
  return wording ? { ...rest, variant: wording } : rest;
}

/** Every chosen rule that states a fact, brought in line with the group's facts. */
function alignFacts(draft: Draft): Draft {
  return {
    ...draft,
    rules: draft.rules.map((r) =>
      r.kind === 'catalogue' && isFactRule(r.id) ? withFacts(r, draft.group) : r,
    ),
  };
}

function mapRule(draft: Draft, key: string, fn: (rule: DraftRule) => DraftRule): Draft {
  return { ...draft, rules: draft.rules.map((r) => (ruleKey(r) === key ? fn(r) : r)) };
}

function move<T>(list: readonly T[], index: number, target: number): T[] {
  if (index < 0 || target < 0 || target >= list.length) return [...list];
  const copy = [...list];
  const [item] = copy.splice(index, 1);
  copy.splice(target, 0, item as T);
  return copy;
}

function outlineMatchesDefault(outline: readonly OutlineItem[], minutes: number): boolean {
  const expected = defaultOutline(minutes);
  return (
    outline.length === expected.length &&
    outline.every(
      (item, i) => item.key === expected[i]?.key && item.minutes === expected[i]?.minutes && !item.label,
    )
  );
}

/**
 * Text for a field, cut to the field's hard cap on code points (`fields.ts`). The screen cuts as
 * people type and says so; this makes sure no change can give the draft more than it could read back.
 */
function capped(field: string, text: string): string {
  return cutToCodePoints(text, fieldSpec(field)?.maxCodePoints ?? MAX_TEXT_CODE_POINTS);
}

/** A real calendar day, YYYY-MM-DD, or empty: anything else (31 February) becomes empty. */
function realDate(value: string): string {
  return parseDate(value) ? value : '';
}

const GROUP_TEXT: Partial<Record<keyof Draft['group'], string>> = {
  name: 'group-name',
  purpose: 'group-purpose',
  audience: 'group-audience',
  place: 'group-place',
  when: 'group-when',
};

/** Applies one change to a draft and returns the new draft; the old one is never changed. */
export function reduce(draft: Draft, action: Action, catalogue: Catalogue): Draft {
  switch (action.type) {
    case 'set-group': {
      const field = GROUP_TEXT[action.field];
      const value =
        field && typeof action.value === 'string'
          ? capped(field, action.value)
          : action.field === 'startDate'
            ? realDate(String(action.value))
            : action.value;
      const group = { ...draft.group, [action.field]: value } as Draft['group'];
      // Rules that state a fact follow it; an untouched outline follows the meeting length.
      const next = alignFacts({ ...draft, group });
      if (
        action.field === 'meetingMinutes' &&
        typeof action.value === 'number' &&
        outlineMatchesDefault(draft.outline, draft.group.meetingMinutes)
      ) {
        next.outline = defaultOutline(action.value);
      }
      return next;
    }
    case 'toggle-rule': {
      const present = draft.rules.some((r) => r.kind === 'catalogue' && r.id === action.id);
      if (action.on === present || !catalogue.byId.has(action.id)) return draft;
      if (!action.on)
        return {
          ...draft,
          rules: draft.rules.filter((r) => !(r.kind === 'catalogue' && r.id === action.id)),
        };
      return {
        ...draft,
        rules: [...draft.rules, withFacts({ kind: 'catalogue', id: action.id }, draft.group)],
      };
    }
    case 'set-variant': {
      // Choosing how a fact rule is worded changes the fact itself, so the two never disagree.
      const fact = isFactRule(action.id) ? factFromWording(action.id, action.variant) : undefined;
      if (fact) return reduce(draft, { type: 'set-group', field: fact.field, value: fact.value }, catalogue);
      return mapRule(draft, action.id, (r) => {
        if (r.kind !== 'catalogue') return r;
        const { variant: _old, ...rest } = r;
        return action.variant ? { ...rest, variant: action.variant } : rest;
      });
    }
    case 'set-value': {
      const next = mapRule(draft, action.id, (r) =>
        r.kind === 'catalogue' ? { ...r, value: action.value } : r,
      );
      if (
        action.id === 'meeting-length' &&
        (action.value === 60 || action.value === 90 || action.value === 120)
      ) {
        return reduce(next, { type: 'set-group', field: 'meetingMinutes', value: action.value }, catalogue);
      }
      return next;
    }
    case 'set-rule-text':
      return mapRule(draft, action.id, (r) => {
        if (r.kind !== 'catalogue') return r;
        const { text: _old, ...rest } = r;
        return action.text === undefined ? rest : { ...rest, text: capped('rule-text-', action.text) };
      });
    case 'add-custom': {
      const key = freshKey('own', draft.rules.map(ruleKey));
      return {
        ...draft,
        rules: [
          ...draft.rules,
          { kind: 'custom', key, text: capped('rule-text-', action.text), theme: action.theme },
        ],
      };
    }
    case 'set-custom':
      return mapRule(draft, action.key, (r) =>
        r.kind === 'custom' ? { ...r, text: capped('rule-text-', action.text) } : r,
      );
    case 'set-custom-theme':
      return mapRule(draft, action.key, (r) => (r.kind === 'custom' ? { ...r, theme: action.theme } : r));
    case 'remove-rule':
      return { ...draft, rules: draft.rules.filter((r) => ruleKey(r) !== action.key) };
    case 'move-rule': {
      // Rules print grouped by theme, so a rule moves past the next rule of its own theme.
      const index = draft.rules.findIndex((r) => ruleKey(r) === action.key);
      const rule = draft.rules[index];
      if (!rule) return draft;
      const theme = ruleTheme(rule, catalogue);
      let target = index + action.by;
      while (
        target >= 0 &&
        target < draft.rules.length &&
        ruleTheme(draft.rules[target]!, catalogue) !== theme
      ) {
        target += action.by;
      }
      if (target < 0 || target >= draft.rules.length) return draft;
      return { ...draft, rules: move(draft.rules, index, target) };
    }
    case 'set-outline-minutes':
      return {
        ...draft,
        outline: draft.outline.map((o) =>
          o.key === action.key
            ? { ...o, minutes: Math.max(0, Math.min(600, Math.round(action.minutes) || 0)) }
            : o,
        ),
      };
    case 'set-outline-label':
      return {
        ...draft,
        outline: draft.outline.map((o) =>
          o.key === action.key ? { ...o, label: capped('outline-label-', action.label) } : o,
        ),
      };
    case 'add-outline': {
      const key = freshKey(
        'part',
        draft.outline.map((o) => o.key),
      );
      return {
        ...draft,
        outline: [
          ...draft.outline,
          { key, label: capped('outline-label-', action.label), minutes: action.minutes },
        ],
      };
    }
    case 'remove-outline':
      return { ...draft, outline: draft.outline.filter((o) => o.key !== action.key) };
    case 'move-outline': {
      const index = draft.outline.findIndex((o) => o.key === action.key);
      return { ...draft, outline: move(draft.outline, index, index + action.by) };
    }
    case 'reset-outline':
      return { ...draft, outline: defaultOutline(draft.group.meetingMinutes) };
    case 'set-role-label':
      return {
        ...draft,
        roles: draft.roles.map((r): Role =>
          r.key === action.key ? { ...r, label: capped('role-label-', action.label) } : r,
        ),
      };
    case 'add-role': {
      const key = freshKey(
        'role',
        draft.roles.map((r) => r.key),
      );
      return { ...draft, roles: [...draft.roles, { key, label: capped('role-label-', action.label) }] };
    }
    case 'remove-role':
      return { ...draft, roles: draft.roles.filter((r) => r.key !== action.key) };
    case 'set-absence':
      return {
        ...draft,
        absence: { ...draft.absence, [action.field]: capped(`absence-${action.field}`, action.value) },
      };
    case 'set-when-broken':
      return { ...draft, whenBroken: capped('when-broken', action.value) };
    case 'set-review':
      return {
        ...draft,
        review: {
          ...draft.review,
          [action.field]:
            action.field === 'how' ? capped('review-how', action.value) : realDate(action.value),
        },
      };
    case 'set-lang':
      return { ...draft, lang: action.lang };
    case 'add-member':
      return { ...draft, members: [...draft.members, capped('member-', action.name)] };
    case 'set-member':
      return {
        ...draft,
        members: draft.members.map((m, i) => (i === action.index ? capped('member-', action.name) : m)),
      };
    case 'remove-member':
      return { ...draft, members: draft.members.filter((_m, i) => i !== action.index) };
    case 'set-rota-meetings':
      return {
        ...draft,
        rota: {
          ...draft.rota,
          meetings: Math.max(1, Math.min(MAX_ROTA_MEETINGS, Math.round(action.meetings) || 1)),
        },
      };
    case 'set-starter': {
      if (action.starter) return { ...draft, starter: action.starter };
      const { starter: _gone, ...rest } = draft;
      return rest;
    }
    case 'set-starter-on-charter':
      return draft.starter ? { ...draft, starter: { ...draft.starter, onCharter: action.on } } : draft;
    case 'set-layout': {
      // The standard layout is the default; a draft that never chose one stays without the field.
      if (action.layout === 'easy-read') return { ...draft, layout: 'easy-read' };
      const { layout: _old, ...rest } = draft;
      return rest;
    }
    case 'set-large-print': {
      if (action.on) return { ...draft, largePrint: true };
      const { largePrint: _old, ...rest } = draft;
      return rest;
    }
  }
}
