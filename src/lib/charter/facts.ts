/**
 * The group's facts (how often it meets, for how long, in a room or online,
 * open or closed, the plan of a meeting) and the catalogue rules that state
 * them. A rule that states a fact is worded from the fact, so the charter
 * cannot say "every week" in one place and "every month" in another: the
 * fact is the one source, and the rule's wording follows it.
 *
 * Text the group wrote itself (its own rules, a reworded rule, when it
 * meets) can still say something else. {@link factConflicts} finds the
 * common ways of saying each fact in both languages and reports where the
 * group's words disagree with its facts, so the review step can say so.
 */
import type { Catalogue } from './catalogue.ts';
import { ruleKey, type CharterLang, type Draft, type Frequency, type Group } from './draft.ts';
import { parseDate } from './rota.ts';
import { isBlank } from './text.ts';

/** A fact of the group that a rule can state. */
export type Fact = 'frequency' | 'minutes' | 'setting' | 'openness' | 'plan' | 'weekday';

/** For each catalogue rule that states a fact: which fact, and which of its wordings says each value. */
export const FACT_RULES = {
  'meeting-frequency': {
    fact: 'frequency',
    wordings: { weekly: undefined, fortnightly: 'fortnightly', monthly: 'monthly' },
  },
  'closed-group': { fact: 'openness', wordings: { closed: undefined, open: 'open' } },
  'fixed-time-and-place': { fact: 'setting', wordings: { 'in-person': undefined, online: 'online' } },
  'meeting-length': { fact: 'minutes' },
  'meeting-structure': { fact: 'plan' },
} as const satisfies Record<string, { fact: Fact; wordings?: Record<string, string | undefined> }>;

/** A catalogue rule that states a fact. */
export type FactRuleId = keyof typeof FACT_RULES;

/** Whether a catalogue rule id is one that states a fact. */
export function isFactRule(id: string): id is FactRuleId {
  return Object.hasOwn(FACT_RULES, id);
}

/** The fact a catalogue rule states, if it states one. */
export function factOf(id: string): Fact | undefined {
  return isFactRule(id) ? FACT_RULES[id].fact : undefined;
}

/**
 * The wording id (undefined for the default wording) that says the group's
 * value of the fact a rule states; undefined for rules without wordings.
 */
export function wordingForFacts(id: FactRuleId, group: Group): string | undefined {
  const rule = FACT_RULES[id];
  if (rule.fact === 'frequency') return rule.wordings[group.frequency];
  if (rule.fact === 'openness') return rule.wordings[group.openness];
  if (rule.fact === 'setting') return rule.wordings[group.setting];
  return undefined;
}

/** The group field a wording of a fact rule sets, when the group picks that wording on the rule. */
export function factFromWording(
  id: FactRuleId,
  wording: string | undefined,
): { field: 'frequency' | 'openness' | 'setting'; value: string } | undefined {
  const rule = FACT_RULES[id];
  if (!('wordings' in rule)) return undefined;
  const entry = Object.entries(rule.wordings).find(([, w]) => w === wording);
  if (!entry) return undefined;
  return { field: rule.fact, value: entry[0] };
}

/** What a piece of the group's own text says that disagrees with its facts. */
export interface FactConflict {
  /** The fact. */
  fact: Fact;
  /** Where the text is: the field's id on the page (`rule-text-<key>` or `group-when`). */
  field: string;
  /** The words in the text that state the fact, as written. */
  says: string;
  /** What the text says, as a value of the fact. */
  saysValue: string;
  /** The group's actual value. */
  actual: string;
}

/** A pattern compiled on its first use: building all of them (Unicode word edges) cost a slow phone about 50 ms as the builder loaded. */
interface Matcher {
  exec(text: string): RegExpExecArray | null;
}

type Pattern = { value: string; re: Matcher };

const DAYS_EN = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?';
const DAYS_NB = '(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)(?:en)?';

// Word edges that work for Norwegian letters too (\b only knows ASCII), without lookbehind, which
// older Safari cannot parse. The words themselves are the first group.
// They are built when a text is first checked, not when the builder loads.
const re = (body: string): Matcher => {
  let compiled: RegExp | undefined;
  return {
    exec: (text) =>
      (compiled ??= new RegExp(`(?:^|[^\\p{L}\\p{N}])(${body})(?![\\p{L}\\p{N}])`, 'iu')).exec(text),
  };
};

/** Common ways of saying how often a group meets, per language. Order matters: the first match wins. */
const FREQUENCY: Record<CharterLang, Pattern[]> = {
  en: [
    {
      value: 'fortnightly',
      re: re(`every (?:other|second|two) (?:weeks?|${DAYS_EN})|fortnight(?:ly)?|biweekly`),
    },
    { value: 'monthly', re: re('(?:every|each|once a) month|monthly') },
    { value: 'weekly', re: re(`(?:every|each|once a) week|weekly|every ${DAYS_EN}`) },
  ],
  nb: [
    {
      value: 'fortnightly',
      re: re(
        `annenhver (?:uke|${DAYS_NB})|hver (?:andre|annen) (?:uke|${DAYS_NB})|hver fjortende dag|(?:annenhver|hver annen) uke`,
      ),
    },
    { value: 'monthly', re: re('hver måned|månedlig|(?:en|én) gang i måneden|hver mnd') },
    {
      value: 'weekly',
      re: re(`hver uke|ukentlig|(?:en|én) gang i uka|(?:en|én) gang i uken|hver ${DAYS_NB}`),
    },
  ],
};

/** Common ways of saying how long a meeting lasts (45 minutes and more, or hours), per language. */
const LENGTH: Record<CharterLang, { re: Matcher; minutes: (m: RegExpExecArray) => number }[]> = {
  en: [
    { re: re('(\\d{2,3})[ -]?(?:minutes?|mins?)'), minutes: (m) => Number(m[2]) },
    { re: re('(?:an|one) hour and a half|1\\.5 hours|one and a half hours'), minutes: () => 90 },
    { re: re('(one|two|three|an|1|2|3) hours?'), minutes: (m) => 60 * hours(m[2] ?? '') },
  ],
  nb: [
    { re: re('(\\d{2,3})[ -]?(?:minutter|minutt|min)'), minutes: (m) => Number(m[2]) },
    { re: re('halvannen time|1,5 time(?:r)?'), minutes: () => 90 },
    { re: re('(en|én|ei|to|tre|1|2|3) timer?'), minutes: (m) => 60 * hours(m[2] ?? '') },
  ],
};

function hours(word: string): number {
  const n: Record<string, number> = { one: 1, an: 1, two: 2, three: 3, en: 1, én: 1, ei: 1, to: 2, tre: 3 };
  return n[word.toLowerCase()] ?? Number(word);
}

/** Ways of saying the group meets online, or in a room, per language. */
const SETTING: Record<CharterLang, Pattern[]> = {
  en: [
    { value: 'online', re: re('online|by video|video call|on zoom|on teams|same link') },
    { value: 'in-person', re: re('in person|same (?:room|place)') },
  ],
  nb: [
    { value: 'online', re: re('på nett|digitalt|på video|videomøte|samme lenke') },
    { value: 'in-person', re: re('fysisk|samme (?:sted|rom)') },
  ],
};

/** Ways of saying the group is closed to new members, or open to them, per language. */
const OPENNESS: Record<CharterLang, Pattern[]> = {
  en: [
    { value: 'closed', re: re('(?:group is|is a) closed(?: group)?|closed group|no new members') },
    {
      value: 'open',
      re: re('(?:group is|is an) open(?: group)?|open group|new members (?:can|may|are welcome to) join'),
    },
  ],
  nb: [
    {
      value: 'closed',
      re: re('lukket(?: gruppe)?|(?:tar|slipper) (?:vi )?ikke inn nye|ingen nye (?:deltakere|medlemmer)'),
    },
    { value: 'open', re: re('(?:gruppa|gruppa vår) er åpen|åpen gruppe|nye kan bli med|nye er velkomne') },
  ],
};

/** The days of the week, Monday first (ISO 8601: 1 is Monday), as people write them. */
const WEEKDAYS: Record<CharterLang, Matcher[]> = {
  en: ['mondays?', 'tuesdays?', 'wednesdays?', 'thursdays?', 'fridays?', 'saturdays?', 'sundays?'].map((d) =>
    re(d),
  ),
  nb: [
    'mandag(?:er|en)?',
    'tirsdag(?:er|en)?',
    'onsdag(?:er|en)?',
    'torsdag(?:er|en)?',
    'fredag(?:er|en)?',
    'lørdag(?:er|en)?',
    'søndag(?:er|en)?',
  ].map((d) => re(d)),
};

/** The ISO weekday (1 = Monday) of a YYYY-MM-DD date, or undefined. */
export function isoWeekday(date: string): number | undefined {
  const day = parseDate(date);
  if (!day) return undefined;
  const js = new Date(Date.UTC(day.year, day.month - 1, day.day)).getUTCDay();
  return js === 0 ? 7 : js;
}

function firstMatch(text: string, patterns: Pattern[]): { value: string; says: string } | undefined {
  for (const p of patterns) {
    const m = p.re.exec(text);
    if (m) return { value: p.value, says: m[1] ?? m[0] };
  }
  return undefined;
}

/** What a text says about each fact, when it says something. Exported for the table tests. */
export function factsInText(
  text: string,
  lang: CharterLang,
): Partial<
  Record<'frequency' | 'minutes' | 'setting' | 'openness' | 'weekday', { value: string; says: string }>
> {
  const found: ReturnType<typeof factsInText> = {};
  const frequency = firstMatch(text, FREQUENCY[lang]);
  if (frequency) found.frequency = frequency;
  for (const p of LENGTH[lang]) {
    const m = p.re.exec(text);
    if (m) {
      const minutes = p.minutes(m);
      if (minutes >= 45) found.minutes = { value: String(minutes), says: m[1] ?? m[0] };
      break;
    }
  }
  const setting = firstMatch(text, SETTING[lang]);
  if (setting) found.setting = setting;
  const openness = firstMatch(text, OPENNESS[lang]);
  if (openness) found.openness = openness;
  for (const [i, pattern] of WEEKDAYS[lang].entries()) {
    const m = pattern.exec(text);
    if (m) {
      found.weekday = { value: String(i + 1), says: m[1] ?? m[0] };
      break;
    }
  }
  return found;
}

const FREQUENCIES: readonly Frequency[] = ['weekly', 'fortnightly', 'monthly'];

/**
 * Where the group's own words disagree with its facts: its own rules and reworded rules (in
 * the charter's language, and the site's if it is another) and the "when" it wrote.
 */
export function factConflicts(draft: Draft, catalogue: Catalogue, siteLang?: CharterLang): FactConflict[] {
  const langs: CharterLang[] = siteLang && siteLang !== draft.lang ? [draft.lang, siteLang] : [draft.lang];
  const g = draft.group;
  const actual = {
    frequency: g.frequency,
    minutes: String(g.meetingMinutes),
    setting: g.setting,
    openness: g.openness,
    // The day of the first meeting; without one, no day can disagree.
    weekday: String(isoWeekday(g.startDate) ?? ''),
  };
  const texts: { field: string; text: string; facts: readonly (keyof typeof actual)[] }[] = [
    ...draft.rules.flatMap((rule) => {
      const text = rule.text;
      if (text === undefined || isBlank(text)) return [];
      if (rule.kind === 'catalogue' && !catalogue.byId.has(rule.id)) return [];
      return [
        {
          field: `rule-text-${ruleKey(rule)}`,
          text,
          facts: ['frequency', 'minutes', 'setting', 'openness'] as const,
        },
      ];
    }),
    ...(isBlank(g.when)
      ? []
      : [{ field: 'group-when', text: g.when, facts: ['frequency', 'weekday'] as const }]),
  ];
  const conflicts: FactConflict[] = [];
  for (const { field, text, facts } of texts) {
    for (const fact of facts) {
      const said = langs.map((lang) => factsInText(text, lang)[fact]).find((x) => x !== undefined);
      if (!said || said.value === actual[fact] || actual[fact] === '') continue;
      if (fact === 'frequency' && !FREQUENCIES.includes(said.value as Frequency)) continue;
      conflicts.push({ fact, field, says: said.says, saysValue: said.value, actual: actual[fact] });
    }
  }
  return conflicts;
}
