import { describe, expect, it } from 'vitest';
import {
  charterRules,
  charterSection,
  sectionRows,
  SECTION_IDS,
} from '../../../../src/lib/charter/charter.ts';
import { blankDraft, CHARTER_LANGS } from '../../../../src/lib/charter/draft.ts';
import { translator } from '../../../../src/lib/i18n.ts';
import { apply, charterFor, loadCatalogue, loadPresets, presetDraft } from '../../../support/catalogue.ts';
import { allOutputs, collapse } from '../../../support/outputs.ts';

const catalogue = loadCatalogue();
const CASES = CHARTER_LANGS.flatMap((lang) => loadPresets().map((p) => [lang, p.id] as const));

describe('the charter says one true thing', () => {
  it.each(CASES)('%s · %s: no rule contradicts the group’s facts', (lang, id) => {
    for (const frequency of ['weekly', 'fortnightly', 'monthly'] as const) {
      for (const openness of ['open', 'closed'] as const) {
        const draft = apply(
          presetDraft(lang, id),
          { type: 'set-group', field: 'frequency', value: frequency },
          { type: 'set-group', field: 'openness', value: openness },
        );
        const rules = charterRules(charterFor(draft)).map((r) => r.text);
        const frequencyRule = catalogue.byId.get('meeting-frequency')!;
        const allWordings = (entry: typeof frequencyRule) => [
          entry.text[lang],
          ...(entry.variants?.kind === 'wordings' ? entry.variants.options.map((o) => o.text[lang]) : []),
        ];
        // Of all the ways the catalogue can say how often, only the right one is printed.
        const said = allWordings(frequencyRule).filter((w) => rules.includes(w));
        expect(said.length).toBeLessThanOrEqual(1);
        const closed = catalogue.byId.get('closed-group')!;
        const opennessSaid = allWordings(closed).filter((w) => rules.includes(w));
        expect(opennessSaid.length).toBeLessThanOrEqual(1);
        if (opennessSaid[0]) {
          const open =
            closed.variants?.kind === 'wordings'
              ? closed.variants.options.find((o) => o.id === 'open')
              : undefined;
          expect(opennessSaid[0] === open?.text[lang]).toBe(openness === 'open');
        }
      }
    }
  });

  it.each(CHARTER_LANGS)('%s: the online preset does not say “the same place”', (lang) => {
    const charter = charterFor(presetDraft(lang, 'online-group'));
    const fixed = catalogue.byId.get('fixed-time-and-place')!;
    const texts = charterRules(charter).map((r) => r.text);
    expect(texts).not.toContain(fixed.text[lang]);
    const online =
      fixed.variants?.kind === 'wordings' ? fixed.variants.options.find((o) => o.id === 'online') : undefined;
    expect(texts).toContain(online?.text[lang]);
  });

  it.each(CHARTER_LANGS)(
    '%s: who to tell about absence is a labelled line, written as the group wrote it',
    (lang) => {
      const t = translator(lang);
      const draft = apply(
        blankDraft(lang),
        { type: 'set-absence', field: 'who', value: 'The host of the next meeting' },
        { type: 'set-absence', field: 'how', value: 'A text message before noon' },
      );
      expect(sectionRows(charterFor(draft), 'absence')).toEqual([
        { label: t('charter.absence.who'), value: 'The host of the next meeting', own: true },
        { label: t('charter.absence.how'), value: 'A text message before noon', own: true },
      ]);
    },
  );

  it.each(CHARTER_LANGS)('%s: a preset’s facts are each said once', (lang) => {
    for (const preset of loadPresets()) {
      const charter = charterFor(presetDraft(lang, preset.id));
      const t = translator(lang);
      const labels = sectionRows(charter, 'details').map((r) => r.label);
      // The preset chooses the length rule, so "Length" is not listed again.
      if (preset.rules.includes('meeting-length')) expect(labels).not.toContain(t('charter.length'));
      else expect(labels).toContain(t('charter.length'));
    }
  });

  it('every section the model knows has a place in the print order', () => {
    const charterDraft = apply(
      presetDraft('en'),
      { type: 'set-group', field: 'purpose', value: 'p' },
      { type: 'add-member', name: 'Ann' },
      { type: 'set-absence', field: 'who', value: 'w' },
      { type: 'set-when-broken', value: 'b' },
      { type: 'set-review', field: 'how', value: 'r' },
      {
        type: 'set-starter',
        starter: { centre: 'C', name: 'N', contact: '+47 12345678', onCharter: true },
      },
    );
    const draft = charterFor({
      ...charterDraft,
      rules: charterDraft.rules.map((r, i) => (i === 0 ? { ...r, agreed: 'later' as const } : r)),
    });
    expect(draft.sections.map((s) => s.id)).toEqual([...SECTION_IDS]);
  });

  it('leaves out what the group has not filled in', () => {
    const ids = charterFor(blankDraft('en')).sections.map((s) => s.id);
    for (const id of ['about', 'absence', 'whenBroken', 'review', 'starter', 'rota'] as const)
      expect(ids).not.toContain(id);
    for (const id of ['details', 'outline', 'roles', 'declaration', 'signatures', 'crisis'] as const)
      expect(ids).toContain(id);
  });

  it('the starter is shown only when the group wants it', () => {
    const starter = { centre: 'Solvang', name: 'Kari', contact: 'kari@example.org', onCharter: true };
    const shown = apply(blankDraft('en'), { type: 'set-starter', starter });
    expect(charterSection(charterFor(shown), 'starter')).toBeDefined();
    const hidden = apply(shown, { type: 'set-starter-on-charter', on: false });
    expect(charterSection(charterFor(hidden), 'starter')).toBeUndefined();
  });
});

describe('the group’s name inside our sentences', () => {
  const RLO = '\u202Eevil.exe';
  it.each(CHARTER_LANGS)(
    'the document’s title (the tab, a saved PDF, the .html file) isolates the name (%s)',
    (lang) => {
      const charter = charterFor(apply(presetDraft(lang), { type: 'set-group', field: 'name', value: RLO }));
      expect(charter.documentTitle).toBe(
        translator(lang)('charter.documentTitle', { name: `\u2068${RLO}\u2069` }),
      );
      // The heading itself is the name alone, as the group wrote it.
      expect(charter.title).toBe(RLO);
    },
  );
});

describe('one document everywhere', () => {
  it.each(CHARTER_LANGS)('%s: the starter line reaches the preview, the print and every file', (lang) => {
    const starter = {
      centre: 'Solvang rehabilitering',
      name: 'Kari Nordmann',
      contact: '+47 912 34 567',
      onCharter: true,
    };
    const outputs = allOutputs(charterFor(apply(presetDraft(lang), { type: 'set-starter', starter })));
    for (const [name, text] of Object.entries(outputs)) {
      const flat = collapse(text.replace(/\\/g, ''));
      for (const part of ['Solvang rehabilitering', 'Kari Nordmann', '+47 912 34 567'])
        expect(flat, name).toContain(part);
    }
  });

  it.each(CHARTER_LANGS)(
    '%s: “our own words” is on the screen only, not on the signed copy or in files',
    (lang) => {
      const t = translator(lang);
      const charter = charterFor(
        apply(presetDraft(lang), { type: 'add-custom', theme: 'focus', text: 'We keep our phones off.' }),
      );
      const { screen, print, html, md, txt } = allOutputs(charter);
      expect(screen).toContain(t('charter.ownWords'));
      for (const [name, text] of Object.entries({ print, html, md, txt }))
        expect(text, name).not.toContain(t('charter.ownWords'));
    },
  );
});

describe('a charter agreed together', () => {
  const agreed = (lang: 'en' | 'nb') => {
    const draft = presetDraft(lang);
    return {
      ...draft,
      agreed: { date: '2027-03-03', present: 6 },
      rules: draft.rules.map((r, i) =>
        i < 2 ? { ...r, agreed: 'later' as const } : { ...r, agreed: 'yes' as const },
      ),
    };
  };

  it.each([
    ['en', 'Agreed together on 3 March 2027 by 6 members'],
    ['nb', 'Vedtatt i fellesskap 3. mars 2027 av 6 medlemmer'],
  ] as const)('%s: says when it was agreed and by how many', (lang, line) => {
    expect(charterFor(agreed(lang)).agreement).toBe(line);
    for (const [format, output] of Object.entries(allOutputs(charterFor(agreed(lang)))))
      expect(collapse(output), format).toContain(line);
  });

  it('uses the singular for one member', () => {
    const draft = { ...agreed('en'), agreed: { date: '2027-03-03', present: 1 } };
    expect(charterFor(draft).agreement).toBe('Agreed together on 3 March 2027 by 1 member');
  });

  it('says nothing about agreeing when the group has not been through it together', () => {
    expect(charterFor(presetDraft('en')).agreement).toBe('');
  });

  it('lists rules to come back to apart from the agreed rules, not among them', () => {
    const draft = agreed('en');
    const charter = charterFor(draft);
    const later = charterSection(charter, 'later');
    expect(later).toBeDefined();
    const items = later!.blocks.flatMap((b) => (b.kind === 'list' ? b.items.map((i) => i.text) : []));
    expect(items).toHaveLength(2);
    const agreedTexts = charterRules(charter).map((r) => r.text);
    for (const text of items) expect(agreedTexts).not.toContain(text);
    expect(charterRules(charter)).toHaveLength(draft.rules.length - 2);
  });

  it('has no section to come back to when every rule was agreed', () => {
    const draft = presetDraft('en');
    const all = { ...draft, rules: draft.rules.map((r) => ({ ...r, agreed: 'yes' as const })) };
    expect(charterSection(charterFor(all), 'later')).toBeUndefined();
  });

  it('a fact rule left to come back to does not hide that fact from the details', () => {
    const draft = presetDraft('en');
    const length = draft.rules.find((r) => r.kind === 'catalogue' && r.id === 'meeting-length');
    expect(length).toBeDefined();
    const labels = (d: typeof draft) => sectionRows(charterFor(d), 'details').map((r) => r.label);
    expect(labels(draft)).not.toContain('Length');
    const later = {
      ...draft,
      rules: draft.rules.map((r) => (r === length ? { ...r, agreed: 'later' as const } : r)),
    };
    expect(labels(later)).toContain('Length');
  });
});

describe('the easy-read layout', () => {
  it.each(CHARTER_LANGS)(
    '%s: every catalogue rule uses its easy-read wording; the group’s own words stay',
    (lang) => {
      const base = apply(presetDraft(lang), {
        type: 'add-custom',
        theme: 'listening',
        text: 'Our own words, kept.',
      });
      const easy = apply(base, { type: 'set-layout', layout: 'easy-read' });
      const charter = charterFor(easy);
      expect(charter.layout).toBe('easy-read');
      expect(charter.largePrint).toBe(true);
      const standard = charterRules(charterFor(base));
      const shown = charterRules(charter);
      expect(shown.map((r) => r.key)).toEqual(standard.map((r) => r.key));
      for (const rule of shown) {
        if (rule.own) {
          expect(rule.text).toBe(standard.find((r) => r.key === rule.key)!.text);
          continue;
        }
        const entry = catalogue.byId.get(rule.key)!;
        const easyWordings = [
          entry.easyRead[lang],
          ...(entry.variants?.kind === 'wordings' ? entry.variants.options.map((o) => o.easyRead[lang]) : []),
        ];
        const planLine = translator(lang)('charter.fact.plan', {
          heading: translator(lang)('charter.outlineHeading'),
        });
        const filled = easyWordings.map((w) => w.replace(/\{[a-z]+\}/, String(easy.group.meetingMinutes)));
        expect([...filled, planLine]).toContain(rule.text);
      }
    },
  );

  it('the standard layout is the default, and large print is off unless chosen', () => {
    const draft = presetDraft('en');
    expect(charterFor(draft)).toMatchObject({ layout: 'standard', largePrint: false });
    expect(charterFor(apply(draft, { type: 'set-large-print', on: true }))).toMatchObject({
      layout: 'standard',
      largePrint: true,
    });
  });

  it('choosing the standard layout or no large print again leaves the draft as it was', () => {
    const draft = presetDraft('en');
    const back = apply(
      draft,
      { type: 'set-layout', layout: 'easy-read' },
      { type: 'set-large-print', on: true },
      { type: 'set-layout', layout: 'standard' },
      { type: 'set-large-print', on: false },
    );
    expect(back).toEqual(draft);
  });
});
