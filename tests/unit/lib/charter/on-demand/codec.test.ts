import { fixture } from '../../../../support/paths.ts';
import { afterEach, describe, expect, it } from 'vitest';
import { reduce } from '../../../../../src/lib/charter/actions.ts';
import { FIELDS } from '../../../../../src/lib/charter/fields.ts';
import { loadCatalogue } from '../../../../support/catalogue.ts';
import { translator } from '../../../../../src/lib/i18n.ts';
import {
  byteLength,
  decodeDraft,
  DRAFT_PLACES,
  encodeDraft,
  MAX_DRAFT_BYTES,
  MIGRATIONS,
  type DecodeResult,
  type DraftIssue,
} from '../../../../../src/lib/charter/on-demand/codec.ts';
import { APP_ID, blankDraft, SCHEMA_VERSION, type Draft } from '../../../../../src/lib/charter/draft.ts';
import { presetDraft } from '../../../../support/catalogue.ts';

/** A valid draft with something in every kind of field. */
function sample(): Draft {
  const draft = presetDraft('nb');
  draft.group.name = 'Tirsdagsgruppa på Solvang';
  draft.group.startDate = '2027-01-14';
  draft.rules.push({ kind: 'custom', key: 'own-1', text: 'Vi rydder etter oss.', theme: 'meetings' });
  draft.outline.push({ key: 'part-1', label: 'Kaffe', minutes: 5 });
  draft.roles.push({ key: 'role-1', label: 'Kaffekoker' });
  return draft;
}

/** The sample as a plain object, to break one field at a time. */
function raw(): Record<string, unknown> & { group: Record<string, unknown> } {
  return JSON.parse(JSON.stringify(sample())) as Record<string, unknown> & { group: Record<string, unknown> };
}

describe('decodeDraft refuses what is not a draft', () => {
  it.each<[string, string, DecodeResult]>([
    ['empty', '', { ok: false, error: { kind: 'empty' } }],
    ['only spaces', '  \n\t ', { ok: false, error: { kind: 'empty' } }],
    ['damaged JSON object', '{"app": "groundwork-charter", ', { ok: false, error: { kind: 'damaged' } }],
    ['damaged JSON list', '[1, 2', { ok: false, error: { kind: 'damaged' } }],
    ['damaged after spaces', '\n  {app: 1}', { ok: false, error: { kind: 'damaged' } }],
    [
      'a Markdown charter',
      '# Our group\n\n## Our ground rules\n',
      { ok: false, error: { kind: 'wrong-kind', looksLike: 'markdown' } },
    ],
    [
      'an HTML charter',
      '<!doctype html>\n<html lang="en">',
      { ok: false, error: { kind: 'wrong-kind', looksLike: 'html' } },
    ],
    [
      'HTML without doctype',
      '  <HTML lang="nb"><head>',
      { ok: false, error: { kind: 'wrong-kind', looksLike: 'html' } },
    ],
    [
      'a text charter',
      'Our group\n=========\n',
      { ok: false, error: { kind: 'wrong-kind', looksLike: 'text' } },
    ],
    [
      'JSON of another kind',
      '{"name": "something else"}',
      { ok: false, error: { kind: 'wrong-kind', looksLike: 'json' } },
    ],
    [
      'another app',
      '{"app": "other-app", "schemaVersion": 1}',
      { ok: false, error: { kind: 'wrong-kind', looksLike: 'json' } },
    ],
    [
      'a JSON list',
      `[{"app": "${APP_ID}"}]`,
      { ok: false, error: { kind: 'wrong-kind', looksLike: 'json' } },
    ],
    ['JSON null', 'null', { ok: false, error: { kind: 'wrong-kind', looksLike: 'json' } }],
    ['a JSON number', '42', { ok: false, error: { kind: 'wrong-kind', looksLike: 'json' } }],
    [
      'a JSON string',
      '"groundwork-charter"',
      { ok: false, error: { kind: 'wrong-kind', looksLike: 'json' } },
    ],
  ])('%s', (_name, text, expected) => {
    expect(decodeDraft(text)).toEqual(expected);
  });

  const padded = encodeDraft(sample()) + ' '.repeat(MAX_DRAFT_BYTES);
  it.each([
    ['one byte over', 'x'.repeat(MAX_DRAFT_BYTES + 1), MAX_DRAFT_BYTES + 1],
    // Two bytes each in UTF-8: fewer characters than the limit, more bytes.
    ['letters of two bytes', 'æ'.repeat(MAX_DRAFT_BYTES / 2 + 1), MAX_DRAFT_BYTES + 2],
    ['a valid draft padded past the limit', padded, byteLength(padded)],
  ])('too large: %s', (_name, text, bytes) => {
    expect(decodeDraft(text)).toEqual({
      ok: false,
      error: { kind: 'too-large', bytes, limit: MAX_DRAFT_BYTES },
    });
  });

  it('reads a draft of exactly the largest size', () => {
    const text = encodeDraft(sample());
    const padded = text + ' '.repeat(MAX_DRAFT_BYTES - byteLength(text));
    expect(byteLength(padded)).toBe(MAX_DRAFT_BYTES);
    expect(decodeDraft(padded)).toEqual({ ok: true, draft: sample() });
  });
});

describe('decodeDraft and versions', () => {
  it.each<[string, unknown, DecodeResult]>([
    [
      'a newer version',
      SCHEMA_VERSION + 1,
      { ok: false, error: { kind: 'newer', version: SCHEMA_VERSION + 1 } },
    ],
    ['a much newer version', 99, { ok: false, error: { kind: 'newer', version: 99 } }],
    ['version 0', 0, { ok: false, error: { kind: 'no-version' } }],
    ['a negative version', -1, { ok: false, error: { kind: 'no-version' } }],
    ['a fractional version', 1.5, { ok: false, error: { kind: 'no-version' } }],
    ['the version as a word', 'two', { ok: false, error: { kind: 'no-version' } }],
    ['no version', undefined, { ok: false, error: { kind: 'no-version' } }],
    ['a null version', null, { ok: false, error: { kind: 'no-version' } }],
    ['an empty version', '', { ok: false, error: { kind: 'no-version' } }],
  ])('%s', (_name, version, expected) => {
    const data = raw();
    data.schemaVersion = version;
    expect(decodeDraft(JSON.stringify(data))).toEqual(expected);
  });

  it('reads a version written as text by hand ("2") as that version', () => {
    const data = raw();
    data.schemaVersion = String(SCHEMA_VERSION);
    expect(decodeDraft(JSON.stringify(data))).toEqual({ ok: true, draft: sample() });
  });

  it('reads the current version without a migration note', () => {
    const result = decodeDraft(encodeDraft(sample()));
    expect(result).toEqual({ ok: true, draft: sample() });
    expect(result).not.toHaveProperty('migratedFrom');
  });

  it('never runs a migration for the current version', () => {
    const migrations = {
      [SCHEMA_VERSION]: () => {
        throw new Error('must not run');
      },
    };
    expect(decodeDraft(encodeDraft(sample()), migrations)).toEqual({ ok: true, draft: sample() });
  });
});

describe('twin rules and twin keys', () => {
  it('refuses a file that lists one catalogue rule twice, naming it', () => {
    const data: Record<string, unknown> = raw();
    data.rules = [
      { kind: 'catalogue', id: 'confidentiality' },
      { kind: 'catalogue', id: 'confidentiality', text: 'Other words' },
    ];
    expect(decodeDraft(JSON.stringify(data))).toEqual({
      ok: false,
      error: { kind: 'twin-rule', id: 'confidentiality' },
    });
  });

  it('gives own rules, parts and roles that share a key keys of their own, and keeps every word', () => {
    const data = raw() as Record<string, unknown>;
    data.rules = [
      { kind: 'custom', key: 'own-1', text: 'First', theme: 'focus' },
      { kind: 'custom', key: 'own-1', text: 'Second', theme: 'focus' },
      { kind: 'catalogue', id: 'confidentiality' },
      { kind: 'custom', key: 'confidentiality', text: 'Third', theme: 'safety' },
    ];
    data.outline = [
      { key: 'opening', minutes: 5 },
      { key: 'opening', label: 'Again', minutes: 5 },
    ];
    data.roles = [{ key: 'host' }, { key: 'host', label: 'Co-host' }];
    const result = decodeDraft(JSON.stringify(data));
    if (!result.ok) throw new Error(result.error.kind);
    const keys = result.draft.rules.map((r) => (r.kind === 'custom' ? r.key : r.id));
    expect(new Set(keys).size).toBe(keys.length);
    expect(result.draft.rules.map((r) => (r.kind === 'custom' ? r.text : r.id))).toEqual([
      'First',
      'Second',
      'confidentiality',
      'Third',
    ]);
    expect(new Set(result.draft.outline.map((o) => o.key)).size).toBe(2);
    expect(new Set(result.draft.roles.map((o) => o.key)).size).toBe(2);
    expect(result.draft.outline[1]?.label).toBe('Again');
  });
});

describe('one edit never reaches two rules', () => {
  it.each<[string, Record<string, unknown>[], 'rules' | 'outline' | 'roles']>([
    [
      'two own rules with one key',
      [
        { kind: 'custom', key: 'own-1', text: 'First', theme: 'focus' },
        { kind: 'custom', key: 'own-1', text: 'Second', theme: 'focus' },
      ],
      'rules',
    ],
    [
      'an own rule keyed like a catalogue rule',
      [
        { kind: 'catalogue', id: 'confidentiality' },
        { kind: 'custom', key: 'confidentiality', text: 'Second', theme: 'safety' },
      ],
      'rules',
    ],
    [
      'two parts with one key',
      [
        { key: 'part-1', label: 'First', minutes: 5 },
        { key: 'part-1', label: 'Second', minutes: 5 },
      ],
      'outline',
    ],
    [
      'two roles with one key',
      [
        { key: 'role-1', label: 'First' },
        { key: 'role-1', label: 'Second' },
      ],
      'roles',
    ],
  ])('%s: editing the first leaves the second as it was', (_name, items, list) => {
    const data = raw() as Record<string, unknown>;
    data[list] = items;
    const result = decodeDraft(JSON.stringify(data));
    if (!result.ok) throw new Error(result.error.kind);
    const draft = result.draft;
    const catalogue = loadCatalogue();
    const edited =
      list === 'rules'
        ? draft.rules[0]?.kind === 'custom'
          ? reduce(draft, { type: 'set-custom', key: draft.rules[0].key, text: 'Edited' }, catalogue)
          : reduce(draft, { type: 'set-rule-text', id: 'confidentiality', text: 'Edited' }, catalogue)
        : list === 'outline'
          ? reduce(
              draft,
              { type: 'set-outline-label', key: draft.outline[0]!.key, label: 'Edited' },
              catalogue,
            )
          : reduce(draft, { type: 'set-role-label', key: draft.roles[0]!.key, label: 'Edited' }, catalogue);
    const second = (d: Draft) => {
      const item = d[list][1] as { text?: string; label?: string } | undefined;
      return item?.text ?? item?.label;
    };
    expect(second(edited)).toBe('Second');
    expect(JSON.stringify(edited[list][0])).toContain('Edited');
  });
});

describe('the hard caps are the same numbers when typing and when reading', () => {
  it('refuses text over a field’s cap, naming the field, and reads text at the cap', () => {
    const cap = FIELDS['group-name'].maxCodePoints ?? 0;
    const at = raw() as Record<string, unknown> & { group: Record<string, unknown> };
    at.group.name = 'a' + '\u0301'.repeat(cap - 1);
    expect(decodeDraft(JSON.stringify(at)).ok).toBe(true);
    const over = raw() as Record<string, unknown> & { group: Record<string, unknown> };
    over.group.name = 'a' + '\u0301'.repeat(cap);
    expect(decodeDraft(JSON.stringify(over))).toEqual({
      ok: false,
      error: { kind: 'invalid', issues: [{ place: 'group-name', expected: 'too-long' }] },
    });
  });

  it('whatever the builder’s changes make, it reads back', () => {
    let draft = sample();
    const huge = 'x'.repeat(100_000);
    for (const action of [
      { type: 'set-group', field: 'name', value: huge },
      { type: 'set-group', field: 'purpose', value: huge },
      { type: 'add-custom', theme: 'focus', text: huge },
      { type: 'set-when-broken', value: huge },
      { type: 'add-member', name: huge },
      { type: 'add-role', label: huge },
      { type: 'set-group', field: 'startDate', value: '2027-02-31' },
    ] as const) {
      draft = reduce(draft, action, loadCatalogue());
    }
    expect(decodeDraft(encodeDraft(draft))).toEqual({ ok: true, draft });
  });
});

describe('decodeDraft reports invalid fields', () => {
  it.each<[string, (d: Record<string, unknown> & { group: Record<string, unknown> }) => void, DraftIssue[]]>([
    ['size as text', (d) => (d.group.size = 'ten'), [{ place: 'group-size', expected: 'number' }]],
    ['size too big', (d) => (d.group.size = 100), [{ place: 'group-size', expected: 'number' }]],
    ['size negative', (d) => (d.group.size = -1), [{ place: 'group-size', expected: 'number' }]],
    ['size a fraction', (d) => (d.group.size = 1.5), [{ place: 'group-size', expected: 'number' }]],
    ['an unknown language', (d) => (d.lang = 'de'), [{ place: 'charter-lang', expected: 'choice' }]],
    [
      'an unknown meeting length',
      (d) => (d.group.meetingMinutes = 45),
      [{ place: 'group-length', expected: 'choice' }],
    ],
    ['the name as a number', (d) => (d.group.name = 5), [{ place: 'group-name', expected: 'text' }]],
    [
      'a date in words',
      (d) => (d.group.startDate = 'tomorrow'),
      [{ place: 'group-start', expected: 'date' }],
    ],
    ['rules not a list', (d) => (d.rules = {}), [{ place: 'rules', expected: 'list' }]],
    [
      'no group',
      (d) => delete (d as Record<string, unknown>).group,
      [{ place: 'group', expected: 'section' }],
    ],
    ['absence as text', (d) => (d.absence = 'the host'), [{ place: 'absence', expected: 'section' }]],
    [
      'an unknown kind of rule',
      (d) => (d.rules = [{ kind: 'other', id: 'x' }]),
      [{ place: 'rules', expected: 'choice' }],
    ],
    [
      'a rule id that is not an id',
      (d) => (d.rules = [{ kind: 'catalogue', id: 'Not an id' }]),
      [{ place: 'rules', expected: 'text' }],
    ],
    [
      'a rule value of 0',
      (d) => (d.rules = [{ kind: 'catalogue', id: 'meeting-length', value: 0 }]),
      [{ place: 'rules', expected: 'number' }],
    ],
    [
      'an unknown theme',
      (d) => (d.rules = [{ kind: 'custom', key: 'own-1', text: 'x', theme: 'misc' }]),
      [{ place: 'rules', expected: 'choice' }],
    ],
    [
      'too many minutes',
      (d) => (d.outline = [{ key: 'opening', minutes: 601 }]),
      [{ place: 'outline', expected: 'number' }],
    ],
    [
      'a role label of null',
      (d) => (d.roles = [{ key: 'host', label: null }]),
      [{ place: 'roles', expected: 'text' }],
    ],
    [
      'an agreement state that is not one',
      (d) => (d.rules = [{ kind: 'catalogue', id: 'confidentiality', agreed: 'maybe' }]),
      [{ place: 'rules', expected: 'choice' }],
    ],
    [
      'a note on a rule as a number',
      (d) => (d.rules = [{ kind: 'catalogue', id: 'confidentiality', note: 3 }]),
      [{ place: 'rules', expected: 'text' }],
    ],
    [
      'agreed on a day that does not exist',
      (d) => (d.agreed = { date: '2027-02-30', present: 5 }),
      [{ place: 'agreement', expected: 'date' }],
    ],
    [
      'agreed with no date',
      (d) => (d.agreed = { date: '', present: 5 }),
      [{ place: 'agreement', expected: 'date' }],
    ],
    [
      'agreed by nobody',
      (d) => (d.agreed = { date: '2027-03-03', present: 0 }),
      [{ place: 'agreement', expected: 'number' }],
    ],
    ['an unknown layout', (d) => (d.layout = 'poster'), [{ place: 'layout', expected: 'choice' }]],
    ['large print as text', (d) => (d.largePrint = 'yes'), [{ place: 'layout', expected: 'value' }]],
  ])('%s', (_name, breakIt, issues) => {
    const data = raw();
    breakIt(data);
    expect(decodeDraft(JSON.stringify(data))).toEqual({ ok: false, error: { kind: 'invalid', issues } });
  });

  it('reports at most five issues', () => {
    const data = raw();
    data.group = {};
    const result = decodeDraft(JSON.stringify(data));
    expect(result.ok).toBe(false);
    if (result.ok || result.error.kind !== 'invalid') throw new Error('expected invalid');
    expect(result.error.issues).toHaveLength(5);
    expect(result.error.issues[0]).toEqual({ place: 'group-name', expected: 'text' });
  });
});

/** A draft with every field the schema knows filled in, optional ones too. */
function everyField(): Record<string, unknown> {
  const draft = sample();
  draft.group.startTime = '18:00';
  draft.members = ['Kari'];
  draft.starter = { centre: 'Solvang', name: 'Ola', contact: 'ola@example.org', onCharter: true };
  const chosen = draft.rules.findIndex((r) => r.kind === 'catalogue');
  const first = draft.rules[chosen];
  if (first?.kind !== 'catalogue') throw new Error('the preset has no catalogue rule');
  draft.rules[chosen] = {
    ...first,
    variant: 'short',
    value: 90,
    text: 'Våre ord',
    agreed: 'yes',
    note: 'Merknad',
  };
  draft.rules.push({ kind: 'custom', key: 'own-2', text: 'x', theme: 'focus', agreed: 'later', note: 'y' });
  draft.review = { date: '2027-06-01', how: 'Sammen' };
  draft.agreed = { date: '2027-03-03', present: 5 };
  draft.layout = 'easy-read';
  draft.largePrint = true;
  return JSON.parse(JSON.stringify(draft)) as Record<string, unknown>;
}

/** Every path into a value: its own, and those of everything inside it. */
function pathsOf(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  const inner =
    Array.isArray(value) || (typeof value === 'object' && value !== null)
      ? Object.entries(value).flatMap(([k, v]) => pathsOf(v, [...path, Array.isArray(value) ? Number(k) : k]))
      : [];
  return path.length > 0 ? [path, ...inner] : inner;
}

/** The draft with the value at `path` replaced by one of the wrong kind. */
function brokenAt(path: (string | number)[]): Record<string, unknown> {
  const data = everyField();
  let parent = data as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  parent[last] = typeof parent[last] === 'string' ? 12 : 'wrong';
  return data;
}

describe('every part a refused file can name is named in people’s words, in both languages', () => {
  // Fields whose problems are said another way (the kind of file, its version), or that a person never wrote.
  const notNamed = new Set(['app', 'schemaVersion']);
  const ownDetails = new Set(['id', 'preset']);
  const paths = pathsOf(everyField()).filter((p) => !notNamed.has(String(p[0])));
  const places = new Map<string, string>();
  for (const path of paths) {
    const result = decodeDraft(JSON.stringify(brokenAt(path)));
    const issues = !result.ok && result.error.kind === 'invalid' ? result.error.issues : [];
    places.set(path.join('.'), issues.map((i) => i.place).join());
  }

  it('starts from a draft the builder reads', () => {
    expect(decodeDraft(JSON.stringify(everyField())).ok).toBe(true);
  });

  it.each(paths.map((p) => [p.join('.')]))('a wrong value at %s is refused and named', (path) => {
    const place = places.get(path) ?? '';
    // One part, named once: a wrong value anywhere is not reported as a problem somewhere else.
    expect(place, path).toMatch(/^[a-z-]+$/);
    // Only the draft's own details (its id, the preset it came from) are named as such.
    if (ownDetails.has(path.split('.')[0] ?? '')) expect(place).toBe('draft');
    else expect(place, path).not.toBe('draft');
  });

  it('reaches every named part, so no part has words no file can need', () => {
    const reached = new Set([...places.values()].flatMap((p) => p.split(',')));
    expect(DRAFT_PLACES.filter((p) => !reached.has(p))).toEqual([]);
  });

  it.each(['en', 'nb'] as const)('names every part in %s, in words, never as a path', (lang) => {
    const t = translator(lang) as (key: string) => string;
    for (const place of DRAFT_PLACES) {
      const words = t(`builder.file.place.${place}`);
      expect(words, place).not.toBe(`builder.file.place.${place}`);
      expect(words, place).not.toMatch(/→|->|\.|\[|[a-z][A-Z]/);
    }
    // The Norwegian page says every part in Norwegian: none is the English words.
    if (lang === 'nb') {
      const en = translator('en') as (key: string) => string;
      for (const place of DRAFT_PLACES)
        expect(t(`builder.file.place.${place}`), place).not.toBe(en(`builder.file.place.${place}`));
    }
  });
});

describe('decodeDraft keeps only the known fields', () => {
  afterEach(() => {
    // If a test ever pollutes the prototype, do not let it leak into other tests.
    delete (Object.prototype as Record<string, unknown>).polluted;
  });

  it.each([
    ['__proto__ at the top', (json: string) => json.replace('{', '{"__proto__": {"polluted": 1},')],
    [
      'constructor.prototype at the top',
      (json: string) => json.replace('{', '{"constructor": {"prototype": {"polluted": 1}},'),
    ],
    [
      '__proto__ in a section',
      (json: string) => json.replace('"group": {', '"group": {"__proto__": {"polluted": 1},'),
    ],
    [
      '__proto__ in a rule',
      (json: string) =>
        json.replace('"kind": "catalogue"', '"__proto__": {"polluted": 1}, "kind": "catalogue"'),
    ],
  ])('%s', (_name, inject) => {
    const text = inject(encodeDraft(sample()));
    expect(text).toMatch(/__proto__|constructor/);
    const result = decodeDraft(text);
    expect(result).toEqual({ ok: true, draft: sample() });
    if (!result.ok) return;
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.hasOwn(result.draft, '__proto__')).toBe(false);
    expect(Object.hasOwn(result.draft, 'constructor')).toBe(false);
    expect(Object.hasOwn(result.draft.group, '__proto__')).toBe(false);
    expect(Object.getPrototypeOf(result.draft)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(result.draft.group)).toBe(Object.prototype);
    expect((result.draft as unknown as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('drops unknown fields at every level', () => {
    const data = raw();
    data.extra = 'x';
    data.group.colour = 'blue';
    (data.rules as Record<string, unknown>[])[0]!.remark = 'x';
    (data.outline as Record<string, unknown>[])[0]!.note = 'x';
    const result = decodeDraft(JSON.stringify(data));
    expect(result).toEqual({ ok: true, draft: sample() });
    if (!result.ok) return;
    expect(result.draft).not.toHaveProperty('extra');
    expect(result.draft.group).not.toHaveProperty('colour');
    expect(result.draft.rules[0]).not.toHaveProperty('remark');
    expect(result.draft.outline[0]).not.toHaveProperty('note');
  });
});

describe('encodeDraft', () => {
  it('writes indented JSON with a final newline that reads back as the same draft', () => {
    const text = encodeDraft(sample());
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('\n  "app": "groundwork-charter",\n');
    expect(decodeDraft(text)).toEqual({ ok: true, draft: sample() });
  });

  it.each([blankDraft('en'), blankDraft('nb')])('reads back a blank draft (%#)', (draft) => {
    expect(decodeDraft(encodeDraft(draft))).toEqual({ ok: true, draft });
  });
});

describe('migration from every older version', () => {
  const v1 = fixture('drafts/v1-self-help-centre.json');

  it('opens a version 1 draft as the current version, keeping everything the group chose', () => {
    const old = JSON.parse(v1) as Record<string, unknown> & {
      group: Record<string, unknown>;
      rules: unknown[];
    };
    expect(old.schemaVersion).toBe(1);
    const result = decodeDraft(v1);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.migratedFrom).toBe(1);
    const draft = result.draft;
    expect(draft.schemaVersion).toBe(SCHEMA_VERSION);
    expect(draft.group).toEqual({ ...old.group, startTime: '' });
    expect(draft.rules).toEqual(old.rules);
    expect(draft.members).toEqual([]);
    expect(draft.rota).toEqual({ meetings: 12 });
    expect(draft.starter).toBeUndefined();
    expect(draft.id).toMatch(/^m-[a-z0-9]{7,}$/);
  });

  it('gives the same id each time the same old file is opened', () => {
    const a = decodeDraft(v1);
    const b = decodeDraft(v1);
    expect(a.ok && b.ok && a.draft.id === b.draft.id).toBe(true);
  });

  it('opens a version 2 draft as the current version, with every field as it was', () => {
    const v2 = fixture('drafts/v2-rehab-centre.json');
    const old = JSON.parse(v2) as Record<string, unknown>;
    expect(old.schemaVersion).toBe(2);
    const result = decodeDraft(v2);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.migratedFrom).toBe(2);
    expect(result.draft).toEqual({ ...old, schemaVersion: SCHEMA_VERSION });
    // Nothing was agreed together in version 2, and the charter keeps its standard layout.
    expect(result.draft).not.toHaveProperty('agreed');
    expect(result.draft).not.toHaveProperty('layout');
  });

  it('every older version has a migration step', () => {
    for (let v = 1; v < SCHEMA_VERSION; v += 1)
      expect(MIGRATIONS[v], `migration from ${v}`).toBeTypeOf('function');
  });
});
