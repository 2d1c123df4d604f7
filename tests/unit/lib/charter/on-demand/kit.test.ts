import { describe, expect, it } from 'vitest';
import { buildKit } from '../../../../../src/lib/charter/on-demand/kit.ts';
import { draftFromPreset } from '../../../../../src/lib/charter/actions.ts';
import { buildCharter, charterRules } from '../../../../../src/lib/charter/charter.ts';
import { blankDraft, CHARTER_LANGS } from '../../../../../src/lib/charter/draft.ts';
import { ruleText } from '../../../../../src/lib/rules.ts';
import {
  apply,
  charterT,
  crisisFor,
  loadCatalogue,
  loadPresets,
  preset,
} from '../../../../support/catalogue.ts';

const catalogue = loadCatalogue();
const presets = loadPresets();

describe('the first-meeting kit', () => {
  const t = charterT;
  const crisis = crisisFor('en');

  it.each(presets.map((p) => p.id))(
    '%s: one card per rule, each with a question, in the charter order',
    (id) => {
      const draft = draftFromPreset(preset(id), catalogue, 'nb', 'kit');
      const charter = buildCharter(draft, catalogue, t('nb'), crisis);
      const kit = buildKit(draft, catalogue, t('nb'), charter);
      expect(kit.cards.map((c) => c.key)).toEqual(charterRules(charter).map((r) => r.key));
      expect(kit.cards.every((c) => c.question.length > 0 && !c.question.startsWith('kit.'))).toBe(true);
      expect(kit.lang).toBe('nb');
    },
  );

  it.each([
    ['the standard layout', [], false],
    ['large print', [{ type: 'set-large-print', on: true }], true],
    ['the easy-read layout', [{ type: 'set-layout', layout: 'easy-read' }], true],
    [
      'large print turned off again',
      [
        { type: 'set-large-print', on: true },
        { type: 'set-large-print', on: false },
      ],
      false,
    ],
  ] as const)('prints in large type as the charter does: %s', (_name, actions, large) => {
    const draft = apply(draftFromPreset(preset('rehab-centre'), catalogue, 'en', 'kit'), ...actions);
    const charter = buildCharter(draft, catalogue, t('en'), crisis);
    expect(charter.largePrint).toBe(large);
    expect(buildKit(draft, catalogue, t('en'), charter).largePrint).toBe(large);
  });

  it('reads the group\'s purpose, confidentiality and listening rules aloud, and says "you can pass" once', () => {
    let draft = draftFromPreset(preset('community-group'), catalogue, 'en', 'kit');
    draft = apply(
      draft,
      { type: 'set-group', field: 'name', value: 'Tuesday' },
      { type: 'set-group', field: 'purpose', value: 'We share.' },
    );
    const charter = buildCharter(draft, catalogue, t('en'), crisis);
    const opening = buildKit(draft, catalogue, t('en'), charter).opening;
    const all = [...opening.paragraphs, ...opening.rules, opening.close].join(' ');
    expect(opening.paragraphs[0]).toContain('Tuesday');
    expect(all).toContain('We share.');
    expect(all).toContain(ruleText(catalogue.byId.get('confidentiality')!, 'en'));
    expect(all).toContain(ruleText(catalogue.byId.get('listen-without-interrupting')!, 'en'));
    const pass = (text: string) => text.split('always pass').length - 1;
    expect(pass(all)).toBe(1);
  });

  it("puts the group's own listening rule in the opening, as written", () => {
    const draft = apply(blankDraft('en', 'kit'), {
      type: 'add-custom',
      theme: 'listening',
      text: 'We speak slowly.',
    });
    const charter = buildCharter(draft, catalogue, t('en'), crisis);
    const kit = buildKit(draft, catalogue, t('en'), charter);
    expect(kit.opening.rules).toContain('We speak slowly.');
    expect(kit.cards[0]).toMatchObject({ title: 'Our own rule', why: '', text: 'We speak slowly.' });
  });
});

describe('the group’s name in the kit’s sentences', () => {
  it.each(CHARTER_LANGS)('is isolated, so a right-to-left override cannot turn them around (%s)', (lang) => {
    const draft = apply(draftFromPreset(presets[0]!, catalogue, lang, 'kit-draft'), {
      type: 'set-group',
      field: 'name',
      value: '\u202Eevil',
    });
    const charter = buildCharter(draft, catalogue, charterT(lang), crisisFor(lang));
    const kit = JSON.stringify(buildKit(draft, catalogue, charterT(lang), charter));
    expect(kit).toContain(
      JSON.stringify(charterT(lang)('kit.opening.welcome', { name: '\u2068\u202Eevil\u2069' })).slice(1, -1),
    );
    expect(kit).not.toMatch(/[^\u2068]\u202Eevil/);
  });
});
