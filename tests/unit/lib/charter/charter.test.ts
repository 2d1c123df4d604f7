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
    const charter = charterFor(
      apply(
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
      ),
    );
    expect(charter.sections.map((s) => s.id)).toEqual([...SECTION_IDS]);
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
