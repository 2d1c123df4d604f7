import { describe, expect, it } from 'vitest';
import { reduce, type Action } from '../../../../src/lib/charter/actions.ts';
import { charterRules, sectionRows } from '../../../../src/lib/charter/charter.ts';
import {
  blankDraft,
  CHARTER_LANGS,
  type CharterLang,
  type Draft,
} from '../../../../src/lib/charter/draft.ts';
import {
  FACT_RULES,
  factConflicts,
  factsInText,
  type FactRuleId,
} from '../../../../src/lib/charter/facts.ts';
import { warnings } from '../../../../src/lib/charter/warnings.ts';
import { ruleText } from '../../../../src/lib/rules.ts';
import { translator } from '../../../../src/lib/i18n.ts';
import { apply, charterFor, loadCatalogue } from '../../../support/catalogue.ts';

const catalogue = loadCatalogue();

/** Every value of each fact the group sets on step 2, as the action that sets it. */
const FACT_VALUES: Record<'frequency' | 'openness' | 'setting' | 'minutes', Action[]> = {
  frequency: (['weekly', 'fortnightly', 'monthly'] as const).map((value) => ({
    type: 'set-group',
    field: 'frequency',
    value,
  })),
  openness: (['closed', 'open'] as const).map((value) => ({ type: 'set-group', field: 'openness', value })),
  setting: (['in-person', 'online'] as const).map((value) => ({
    type: 'set-group',
    field: 'setting',
    value,
  })),
  minutes: ([60, 90, 120] as const).map((value) => ({ type: 'set-group', field: 'meetingMinutes', value })),
};

/** The rule's wording the charter must print for the group's facts: found from the catalogue, not from the code under test. */
function expectedWording(id: FactRuleId, draft: Draft, lang: CharterLang): string {
  const entry = catalogue.byId.get(id)!;
  const g = draft.group;
  if (entry.variants?.kind === 'parameter') return ruleText(entry, lang, { value: g.meetingMinutes });
  if (entry.variants?.kind === 'wordings') {
    const value = {
      'meeting-frequency': g.frequency,
      'closed-group': g.openness,
      'fixed-time-and-place': g.setting,
    }[id as 'meeting-frequency' | 'closed-group' | 'fixed-time-and-place'];
    const option = entry.variants.options.find((o) => o.id === value);
    return option ? option.text[lang] : entry.text[lang];
  }
  return entry.text[lang];
}

const FACT_RULE_CASES = CHARTER_LANGS.flatMap((lang) =>
  (Object.keys(FACT_RULES) as FactRuleId[])
    .filter((id) => FACT_RULES[id].fact !== 'plan')
    .flatMap((id) =>
      FACT_VALUES[FACT_RULES[id].fact as keyof typeof FACT_VALUES].map((set) => [lang, id, set] as const),
    ),
);

describe('a rule that states a fact says what the group decided', () => {
  it('every rule bound to a fact has a wording for each of its values in the catalogue', () => {
    for (const [id, binding] of Object.entries(FACT_RULES)) {
      const entry = catalogue.byId.get(id);
      expect(entry, id).toBeDefined();
      if ('wordings' in binding) {
        const options = entry?.variants?.kind === 'wordings' ? entry.variants.options.map((o) => o.id) : [];
        for (const wording of Object.values(binding.wordings))
          if (wording) expect(options, id).toContain(wording);
      }
    }
  });

  it.each(FACT_RULE_CASES)('%s · %s · %j', (lang, id, set) => {
    // Chosen first, then the fact changed; and the fact set first, then the rule chosen.
    const before = apply(blankDraft(lang), { type: 'toggle-rule', id, on: true }, set);
    const after = apply(blankDraft(lang), set, { type: 'toggle-rule', id, on: true });
    for (const draft of [before, after]) {
      const charter = charterFor(draft);
      const printed = charterRules(charter).find((r) => r.key === id);
      expect(printed?.text).toBe(expectedWording(id, draft, lang));
      // The fact is said once: not again in the list of facts.
      const labels = sectionRows(charter, 'details').map((r) => r.label);
      const t = translator(lang);
      const row = {
        'meeting-frequency': 'charter.frequency',
        'meeting-length': 'charter.length',
        'closed-group': 'charter.openness',
      }[id as 'meeting-frequency'];
      if (row) expect(labels).not.toContain(t(row as 'charter.frequency'));
      expect(warnings(draft, catalogue).filter((w) => w.id === 'fact-conflict')).toEqual([]);
    }
  });

  it.each(CHARTER_LANGS)('%s: picking a wording on the rule changes the fact too', (lang) => {
    const draft = apply(
      blankDraft(lang),
      { type: 'toggle-rule', id: 'meeting-frequency', on: true },
      {
        type: 'set-variant',
        id: 'meeting-frequency',
        variant: 'monthly',
      },
    );
    expect(draft.group.frequency).toBe('monthly');
    const open = apply(
      blankDraft(lang),
      { type: 'toggle-rule', id: 'closed-group', on: true },
      {
        type: 'set-variant',
        id: 'closed-group',
        variant: 'open',
      },
    );
    expect(open.group.openness).toBe('open');
  });

  it.each(CHARTER_LANGS)('%s: the plan rule points to the plan instead of naming other parts', (lang) => {
    const draft = apply(blankDraft(lang), { type: 'toggle-rule', id: 'meeting-structure', on: true });
    const charter = charterFor(draft);
    const t = translator(lang);
    const text = charterRules(charter).find((r) => r.key === 'meeting-structure')?.text;
    expect(text).toBe(t('charter.fact.plan', { heading: t('charter.outlineHeading') }));
    expect(charter.sections.map((s) => s.id)).toContain('outline');
  });

  it('a file whose stored wording disagrees with its facts still prints the facts', () => {
    const draft: Draft = {
      ...apply(blankDraft('en'), { type: 'set-group', field: 'frequency', value: 'monthly' }),
      rules: [{ kind: 'catalogue', id: 'meeting-frequency' }],
    };
    expect(charterRules(charterFor(draft))[0]?.text).toBe(expectedWording('meeting-frequency', draft, 'en'));
  });
});

describe('the group’s own words against its facts', () => {
  it.each<[CharterLang, string, string, ReturnType<typeof factsInText>]>([
    ['en', 'We meet every week.', 'weekly', { frequency: { value: 'weekly', says: 'every week' } }],
    [
      'en',
      'Every other Tuesday at six.',
      'fortnightly',
      {
        frequency: { value: 'fortnightly', says: 'Every other Tuesday' },
        weekday: { value: '2', says: 'Tuesday' },
      },
    ],
    [
      'en',
      'We meet once a month, for 2 hours.',
      'monthly',
      {
        frequency: { value: 'monthly', says: 'once a month' },
        minutes: { value: '120', says: '2 hours' },
      },
    ],
    [
      'en',
      'Meetings last 90 minutes online.',
      '',
      {
        minutes: { value: '90', says: '90 minutes' },
        setting: { value: 'online', says: 'online' },
      },
    ],
    ['en', 'A 10 minute break.', '', {}],
    [
      'en',
      'Our group is closed once we start.',
      '',
      { openness: { value: 'closed', says: 'group is closed' } },
    ],
    ['nb', 'Vi møtes hver uke.', '', { frequency: { value: 'weekly', says: 'hver uke' } }],
    [
      'nb',
      'Vi møtes annenhver tirsdag.',
      '',
      {
        frequency: { value: 'fortnightly', says: 'annenhver tirsdag' },
        weekday: { value: '2', says: 'tirsdag' },
      },
    ],
    [
      'nb',
      'Hver tirsdag klokka 18.',
      '',
      { frequency: { value: 'weekly', says: 'Hver tirsdag' }, weekday: { value: '2', says: 'tirsdag' } },
    ],
    [
      'nb',
      'Møtene varer halvannen time, på nett.',
      '',
      {
        minutes: { value: '90', says: 'halvannen time' },
        setting: { value: 'online', says: 'på nett' },
      },
    ],
    ['nb', 'Gruppa er åpen for alle.', '', { openness: { value: 'open', says: 'Gruppa er åpen' } }],
    ['nb', 'Vi tar ikke inn nye.', '', { openness: { value: 'closed', says: 'tar ikke inn nye' } }],
  ])('%s: %j', (lang, text, _unused, expected) => {
    expect(factsInText(text, lang)).toEqual(expected);
  });

  it.each<[CharterLang, Action[], string, { field: string; says: string; actual: string }]>([
    [
      'en',
      [{ type: 'set-group', field: 'frequency', value: 'monthly' }],
      'We meet every week.',
      { field: 'rule-text-own-1', says: 'every week', actual: 'monthly' },
    ],
    [
      'nb',
      [{ type: 'set-group', field: 'frequency', value: 'monthly' }],
      'Vi møtes hver uke.',
      { field: 'rule-text-own-1', says: 'hver uke', actual: 'monthly' },
    ],
    [
      'en',
      [{ type: 'set-group', field: 'meetingMinutes', value: 90 }],
      'We stop after two hours.',
      { field: 'rule-text-own-1', says: 'two hours', actual: '90' },
    ],
    [
      'nb',
      [{ type: 'set-group', field: 'setting', value: 'online' }],
      'Vi møtes på samme sted hver gang.',
      { field: 'rule-text-own-1', says: 'samme sted', actual: 'online' },
    ],
    [
      'en',
      [{ type: 'set-group', field: 'openness', value: 'open' }],
      'No new members after we start.',
      { field: 'rule-text-own-1', says: 'No new members', actual: 'open' },
    ],
  ])('%s: an own rule that disagrees is a warning that points to it', (lang, facts, text, conflict) => {
    const draft = apply(blankDraft(lang), ...facts, { type: 'add-custom', theme: 'meetings', text });
    expect(factConflicts(draft, catalogue)).toMatchObject([conflict]);
    const warning = warnings(draft, catalogue).find((w) => w.id === 'fact-conflict');
    expect(warning).toMatchObject({
      step: 'rules',
      target: conflict.field,
      values: { says: conflict.says, actual: conflict.actual },
    });
  });

  it('a reworded catalogue rule is checked too, and "when" is checked for how often', () => {
    let draft = apply(
      blankDraft('en'),
      { type: 'set-group', field: 'frequency', value: 'fortnightly' },
      {
        type: 'toggle-rule',
        id: 'meeting-frequency',
        on: true,
      },
    );
    draft = reduce(
      draft,
      { type: 'set-rule-text', id: 'meeting-frequency', text: 'We meet each week, no matter what.' },
      catalogue,
    );
    draft = reduce(draft, { type: 'set-group', field: 'when', value: 'Every Tuesday at 18:00' }, catalogue);
    expect(factConflicts(draft, catalogue).map((c) => [c.field, c.saysValue])).toEqual([
      ['rule-text-meeting-frequency', 'weekly'],
      ['group-when', 'weekly'],
    ]);
  });

  it.each<[CharterLang, string, string]>([
    ['en', 'We meet on Mondays.', 'Mondays'],
    ['nb', 'Vi møtes på mandager.', 'mandager'],
  ])('%s: a day in the words that is not the first meeting’s day is a warning', (lang, text, says) => {
    // 5 January 2027 is a Tuesday.
    const draft = apply(
      blankDraft(lang),
      { type: 'set-group', field: 'startDate', value: '2027-01-05' },
      { type: 'set-group', field: 'when', value: text },
    );
    expect(factConflicts(draft, catalogue)).toMatchObject([
      { fact: 'weekday', field: 'group-when', says, actual: '2' },
    ]);
    const same = apply(draft, { type: 'set-group', field: 'startDate', value: '2027-01-04' });
    expect(factConflicts(same, catalogue)).toEqual([]);
  });

  it('words that agree are no warning', () => {
    const draft = apply(blankDraft('nb'), {
      type: 'add-custom',
      theme: 'meetings',
      text: 'Vi møtes hver uke i to timer.',
    });
    expect(factConflicts(draft, catalogue)).toEqual([]);
  });
});
