/**
 * Gentle warnings: choices that risk the ways groups are known to go wrong,
 * from the study and the practice of self-help organisations, and places
 * where the group's own words disagree with its facts. Warnings never block;
 * each names the step (and the element) where the group can fix it.
 */
import type { Catalogue } from './catalogue.ts';
import type { CharterLang, Draft, Step } from './draft.ts';
import { factConflicts, type Fact } from './facts.ts';

/** The failure modes the builder warns about. */
export const WARNING_IDS = [
  'no-time-limit',
  'no-rotation',
  'no-confidentiality',
  'no-absence',
  'no-focus',
  'online-no-privacy',
  'outline-too-long',
  'small-group',
  'fact-conflict',
] as const;

/** A warning's id. */
export type WarningId = (typeof WARNING_IDS)[number];

/** One warning, with where to fix it. */
export interface Warning {
  /** Which failure mode. */
  id: WarningId;
  /** The step that fixes it. */
  step: Step;
  /** The id of the element on that step to go to. */
  target: string;
  /** Values for the message, such as the outline's total and the meeting length. */
  values?: Record<string, number | string>;
  /** For a fact conflict: which fact the words disagree with. */
  fact?: Fact;
}

/** The catalogue rules whose presence answers each warning. */
export const WARNING_RULES: Record<
  'no-time-limit' | 'no-rotation' | 'no-confidentiality' | 'no-absence' | 'online-no-privacy',
  readonly string[]
> = {
  'no-time-limit': ['meeting-length'],
  'no-rotation': ['shared-leadership', 'rotate-roles'],
  'no-confidentiality': ['confidentiality'],
  'no-absence': ['absence-notice'],
  'online-no-privacy': ['online-private-space'],
};

/** Every warning that applies to a draft, in the order of the steps. */
export function warnings(draft: Draft, catalogue: Catalogue, siteLang?: CharterLang): Warning[] {
  const chosen = new Set(draft.rules.flatMap((r) => (r.kind === 'catalogue' ? [r.id] : [])));
  const has = (ids: readonly string[]) => ids.some((id) => chosen.has(id));
  const list: Warning[] = [];

  if (draft.group.size > 0 && draft.group.size < 4) {
    list.push({ id: 'small-group', step: 'group', target: 'group-size', values: { size: draft.group.size } });
  }
  for (const c of factConflicts(draft, catalogue, siteLang)) {
    list.push({
      id: 'fact-conflict',
      step: c.field === 'group-when' ? 'group' : 'rules',
      target: c.field,
      fact: c.fact,
      values: { says: c.says, actual: c.actual },
    });
  }
  if (!has(WARNING_RULES['no-confidentiality']))
    list.push({ id: 'no-confidentiality', step: 'rules', target: 'theme-safety' });
  if (draft.group.setting === 'online' && !has(WARNING_RULES['online-no-privacy']))
    list.push({ id: 'online-no-privacy', step: 'rules', target: 'card-online-private-space' });
  if (!has(WARNING_RULES['no-time-limit']))
    list.push({ id: 'no-time-limit', step: 'rules', target: 'theme-meetings' });
  if (!has(WARNING_RULES['no-rotation']) || draft.roles.length === 0) {
    list.push({
      id: 'no-rotation',
      step: has(WARNING_RULES['no-rotation']) ? 'meetings' : 'rules',
      target: has(WARNING_RULES['no-rotation']) ? 'roles' : 'theme-leadership',
    });
  }
  if (!has(WARNING_RULES['no-absence']))
    list.push({ id: 'no-absence', step: 'rules', target: 'theme-attendance' });
  const focus =
    draft.rules.some((r) => r.kind === 'custom' && r.theme === 'focus') ||
    [...chosen].some((id) => catalogue.byId.get(id)?.theme === 'focus');
  if (!focus) list.push({ id: 'no-focus', step: 'rules', target: 'theme-focus' });
  const total = draft.outline.reduce((sum, o) => sum + o.minutes, 0);
  if (total > draft.group.meetingMinutes) {
    list.push({
      id: 'outline-too-long',
      step: 'meetings',
      target: 'outline',
      values: { total, length: draft.group.meetingMinutes },
    });
  }
  return list;
}
