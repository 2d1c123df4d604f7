/**
 * Members' cards: what one card says for a draft, in the charter's language,
 * from a given day (tables of drafts and what the card must show).
 */
import { describe, expect, it } from 'vitest';
import type { Action } from '../../../../src/lib/charter/actions.ts';
import { buildCard, CARDS_PER_SHEET, MAX_CARD_SHEETS, today } from '../../../../src/lib/charter/cards.ts';
import type { CharterLang, Draft } from '../../../../src/lib/charter/draft.ts';
import { ruleText } from '../../../../src/lib/rules.ts';
import { apply, charterT, crisisFor, loadCatalogue, presetDraft } from '../../../support/catalogue.ts';
import { HOSTILE } from '../../../support/hostile.ts';
import { CONTROLS } from '../../../support/outputs.ts';
import { stripControls } from '../../../../src/lib/charter/text.ts';

const catalogue = loadCatalogue();

/** A group that meets every Tuesday from 5 January 2027 at 18:00, with four members. */
function tuesdayGroup(lang: CharterLang, ...more: Action[]): Draft {
  return apply(
    presetDraft(lang, 'rehab-centre'),
    { type: 'set-group', field: 'name', value: 'Tirsdagsgruppa' },
    { type: 'set-group', field: 'place', value: 'Rom 2, Sunnaas' },
    { type: 'set-group', field: 'startDate', value: '2027-01-05' },
    { type: 'set-group', field: 'startTime', value: '18:00' },
    ...['Anne', 'Bo', 'Cato', 'Dina'].map((name): Action => ({ type: 'add-member', name })),
    ...more,
  );
}

function card(draft: Draft, from = '2027-01-01') {
  return buildCard(draft, catalogue, charterT(draft.lang), crisisFor(draft.lang), from);
}

describe('a member’s card', () => {
  it.each([
    [
      'en',
      {
        name: 'Tirsdagsgruppa',
        rows: [
          { label: 'When', value: 'Every Tuesday at 18:00', own: false },
          { label: 'Where', value: 'Rom 2, Sunnaas', own: true },
        ],
        meetingsHeading: 'Next meetings',
        role: 'Host',
        days: ['Tuesday 5 January', 'Tuesday 12 January', 'Tuesday 19 January', 'Tuesday 26 January'],
        help: { label: 'Help now', phone: '113' },
      },
    ],
    [
      'nb',
      {
        name: 'Tirsdagsgruppa',
        rows: [
          { label: 'Når', value: 'Hver tirsdag klokka 18.00', own: false },
          { label: 'Hvor', value: 'Rom 2, Sunnaas', own: true },
        ],
        meetingsHeading: 'De neste møtene',
        role: 'Vert',
        days: ['Tirsdag 5. januar', 'Tirsdag 12. januar', 'Tirsdag 19. januar', 'Tirsdag 26. januar'],
        help: { label: 'Hjelp nå', phone: '113' },
      },
    ],
  ] as const)(
    'is in the charter’s language (%s): when, where, four dates with the host, help now',
    (lang, want) => {
      const c = card(tuesdayGroup(lang));
      expect(c.lang).toBe(lang);
      expect(c.name).toBe(want.name);
      expect(c.rows).toEqual(want.rows);
      expect(c.meetingsHeading).toBe(want.meetingsHeading);
      expect(c.role).toBe(want.role);
      expect(c.meetings.map((m) => m.day)).toEqual(want.days);
      expect(c.meetings.map((m) => m.holder)).toEqual(['Anne', 'Bo', 'Cato', 'Dina']);
      expect(c.help).toMatchObject(want.help);
      expect(c.help?.name).toBe(crisisFor(lang).lines[0]?.name);
    },
  );

  it.each([
    ['the first meeting', '2027-01-05', '2027-01-05', 'Anne'],
    ['a day between meetings', '2027-01-06', '2027-01-12', 'Bo'],
    ['past the rota’s listed length (it goes round again)', '2027-03-02', '2027-03-02', 'Anne'],
    ['long before the start', '2026-06-01', '2027-01-05', 'Anne'],
  ])('lists the four meetings from %s', (_name, from, first, holder) => {
    const c = card(tuesdayGroup('en'), from);
    expect(c.meetings).toHaveLength(4);
    expect(c.meetings[0]).toMatchObject({ date: first, holder });
  });

  it.each([
    ['no date for the first meeting', [{ type: 'set-group', field: 'startDate', value: '' }], 0, 'Host'],
    ['no members', [0, 1, 2, 3].map((): Action => ({ type: 'remove-member', index: 0 })), 4, ''],
  ] as const)('with %s: the dates it can, and no host beside them', (_name, actions, dates, role) => {
    const c = card(tuesdayGroup('en', ...actions));
    expect(c.meetings).toHaveLength(dates);
    expect(c.role).toBe(dates === 0 ? '' : role);
    if (dates === 0) expect(c.rows.map((r) => r.label)).toEqual(['Where']);
    for (const m of c.meetings) expect(m.holder).toBe('');
  });

  it('names the role as the group renamed it', () => {
    const c = card(tuesdayGroup('en', { type: 'set-role-label', key: 'host', label: 'Chair' }));
    expect(c.role).toBe('Chair');
  });

  it('says "Online" for an online group, and keeps the group’s own note on when it meets', () => {
    const c = card(
      tuesdayGroup(
        'en',
        { type: 'set-group', field: 'setting', value: 'online' },
        { type: 'set-group', field: 'when', value: 'Not in July' },
      ),
    );
    expect(c.rows.map((r) => r.label)).toEqual(['When', 'Also', 'Online']);
    expect(c.rows[1]).toEqual({ label: 'Also', value: 'Not in July', own: true });
  });

  it.each([
    [
      'who and how',
      { who: 'Anne', how: 'text message' },
      { lead: "Can't come? Tell", text: 'Anne (text message)' },
    ],
    ['only who', { who: 'Anne', how: '' }, { lead: "Can't come? Tell", text: 'Anne' }],
    [
      'only how',
      { who: '', how: 'Send a text to 900 00 000' },
      { lead: "If you can't come:", text: 'Send a text to 900 00 000' },
    ],
  ])('who to tell if you can’t come: the group’s words (%s)', (_name, absence, want) => {
    const c = card(
      tuesdayGroup(
        'en',
        { type: 'set-absence', field: 'who', value: absence.who },
        { type: 'set-absence', field: 'how', value: absence.how },
      ),
    );
    expect(c.absence).toEqual({ ...want, own: true });
  });

  it('without the group’s words: its rule about telling, worded as the charter words it (easy read too)', () => {
    const rule = catalogue.byId.get('absence-notice')!;
    const draft = tuesdayGroup('nb');
    const chosen = draft.rules.find((r) => r.kind === 'catalogue' && r.id === 'absence-notice');
    expect(chosen?.kind).toBe('catalogue');
    if (chosen?.kind !== 'catalogue') return;
    const standard = ruleText(rule, 'nb', chosen, 'standard');
    const simple = ruleText(rule, 'nb', chosen, 'easy');
    expect(simple).not.toBe(standard);
    expect(card(draft).absence).toEqual({ lead: '', text: standard, own: false });
    const easy = apply(draft, { type: 'set-layout', layout: 'easy-read' });
    expect(card(easy).absence).toEqual({ lead: '', text: simple, own: false });
    const without = apply(draft, { type: 'toggle-rule', id: 'absence-notice', on: false });
    expect(card(without).absence).toBeUndefined();
  });

  it.each([
    ['no members and no size', 0, 0, CARDS_PER_SHEET],
    ['four members', 4, 0, CARDS_PER_SHEET],
    ['a size of 12', 4, 12, 2 * CARDS_PER_SHEET],
    ['a size of 200 (at most five sheets)', 4, 200, MAX_CARD_SHEETS * CARDS_PER_SHEET],
  ])('prints whole sheets of eight: %s', (_name, members, size, count) => {
    let draft = tuesdayGroup('en', { type: 'set-group', field: 'size', value: size });
    while (draft.members.length > members) draft = apply(draft, { type: 'remove-member', index: 0 });
    expect(card(draft).count).toBe(count);
  });

  it('has a name when the group has none yet, and a file word in its language', () => {
    const c = card(tuesdayGroup('nb', { type: 'set-group', field: 'name', value: '   ' }));
    expect(c.name).toBe('Gruppa vår');
    expect(c.fileWord).toBe('kort');
    expect(c.title).toBe('Kort til deltakerne');
  });

  it.each(HOSTILE)('keeps the group’s text as typed, without control characters: %s', (_name, value) => {
    const draft = tuesdayGroup(
      'en',
      { type: 'set-group', field: 'name', value },
      { type: 'set-group', field: 'place', value },
      { type: 'set-member', index: 0, name: value },
      { type: 'set-absence', field: 'who', value },
    );
    const c = card(draft, '2027-01-05');
    const typed = (text: string) => stripControls(text).trim();
    expect(c.name).toBe(typed(draft.group.name));
    expect(c.rows.find((r) => r.own)?.value).toBe(typed(draft.group.place));
    expect(c.meetings[0]?.holder).toBe(typed(draft.members[0] ?? ''));
    expect(c.absence).toEqual({ lead: "Can't come? Tell", text: typed(draft.absence.who), own: true });
    for (const text of [
      c.name,
      ...c.rows.map((r) => r.value),
      c.meetings[0]?.holder ?? '',
      c.absence?.text ?? '',
    ])
      expect(text).not.toMatch(CONTROLS);
  });
});

describe('today', () => {
  it('is the day on this device’s calendar, as YYYY-MM-DD', () => {
    expect(today(new Date(2027, 0, 5, 23, 59))).toBe('2027-01-05');
    expect(today(new Date(2027, 11, 31, 0, 0))).toBe('2027-12-31');
  });
});
