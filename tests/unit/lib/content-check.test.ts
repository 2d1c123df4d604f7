import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  checkContent,
  citeTags,
  easyReadProblems,
  claimText,
  componentRefs,
  formatProblems,
  paragraphs,
  type ContentBundle,
  type ContentFile,
  type Problem,
} from '../../../src/lib/content-check.ts';
import { readContent } from '../../../src/integrations/read-content.ts';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const real = readContent(root);

/** A deep copy of the real content, to break one thing at a time. */
function copy(): ContentBundle {
  return structuredClone(real);
}

function find(files: ContentFile[], path: string): ContentFile & { data: Record<string, unknown> } {
  const file = files.find((f) => f.file === path);
  if (!file) throw new Error(`fixture needs ${path}`);
  return file as ContentFile & { data: Record<string, unknown> };
}

describe('the real content', () => {
  it('has every collection filled', () => {
    expect(real.guides.length).toBeGreaterThanOrEqual(26);
    expect(real.rules.length).toBeGreaterThanOrEqual(30);
    expect(real.presets.length).toBe(4);
    expect(real.sources.length).toBeGreaterThan(0);
    expect(real.pages.length).toBeGreaterThan(0);
    expect(real.site).toBeDefined();
  });

  it('reads the glossary and the interface strings too', () => {
    expect(real.glossary?.file).toBe('content/glossary.yaml');
    expect(real.strings?.map((f) => f.file)).toEqual(['src/i18n/en.json', 'src/i18n/nb.json']);
  });

  it('passes every check', () => {
    const problems = checkContent(real);
    expect(formatProblems(problems)).toBe('');
  });

  it('passes every check outside the guides (rules, presets, sources, site, glossary, strings)', () => {
    const problems = checkContent(real).filter((p) => !p.file.startsWith('content/guides/'));
    expect(formatProblems(problems)).toBe('');
  });
});

/** The problems the unbroken content already has, so a case only counts a problem its break made. */
const baseline = new Set(checkContent(real).map(key));

function key(p: Problem): string {
  return `${p.file} → ${p.field}: ${p.message}`;
}

/** Appends text to a guide's body and returns the file line the appended text starts on. */
function append(b: ContentBundle, path: string, text: string): number {
  const guide = find(b.guides, path);
  const before = guide.body ?? '';
  guide.body = `${before}\n${text}\n`;
  return (guide.bodyStart ?? 1) + before.split('\n').length;
}

type Case = [name: string, breakIt: (b: ContentBundle) => void, file: string, field: string, message: RegExp];

const cases: Case[] = [
  [
    'a rule without its why',
    (b) => delete find(b.rules, 'content/rules/absence-notice.yaml').data.why,
    'content/rules/absence-notice.yaml',
    'why',
    /missing/,
  ],
  [
    'a rule without its Norwegian wording',
    (b) => delete (find(b.rules, 'content/rules/absence-notice.yaml').data.text as Record<string, string>).nb,
    'content/rules/absence-notice.yaml',
    'text.nb',
    /missing/,
  ],
  [
    'a rule with a theme that does not exist',
    (b) => (find(b.rules, 'content/rules/confidentiality.yaml').data.theme = 'secrets'),
    'content/rules/confidentiality.yaml',
    'theme',
    /safety/,
  ],
  [
    'a parameter rule whose text lacks the placeholder',
    (b) =>
      ((find(b.rules, 'content/rules/meeting-length.yaml').data.text as Record<string, string>).en =
        'Our meetings are short.'),
    'content/rules/meeting-length.yaml',
    'text.en',
    /\{minutes\}/,
  ],
  [
    'a rule with an unknown field',
    (b) => (find(b.rules, 'content/rules/confidentiality.yaml').data.colour = 'blue'),
    'content/rules/confidentiality.yaml',
    '(file)',
    /Unknown field\(s\): colour/,
  ],
  [
    'a rule citing an unknown source',
    (b) => (find(b.rules, 'content/rules/confidentiality.yaml').data.sources = ['landstad-2020', 'made-up']),
    'content/rules/confidentiality.yaml',
    'sources.1',
    /Unknown source id "made-up"/,
  ],
  [
    'a rule file whose name is not a valid id',
    (b) => {
      const rule = find(b.rules, 'content/rules/confidentiality.yaml');
      b.rules.push({ ...rule, file: 'content/rules/Bad_Name.yaml' });
    },
    'content/rules/Bad_Name.yaml',
    '(file name)',
    /not a valid id/,
  ],
  [
    'a preset naming an unknown rule id',
    (b) =>
      (find(b.presets, 'content/presets/community-group.yaml').data.rules as string[]).push('no-such-rule'),
    'content/presets/community-group.yaml',
    'rules.',
    /Unknown rule id "no-such-rule"/,
  ],
  [
    'a preset listing a rule twice',
    (b) => {
      const rules = find(b.presets, 'content/presets/community-group.yaml').data.rules as string[];
      rules.push(rules[0] ?? '');
    },
    'content/presets/community-group.yaml',
    'rules.',
    /listed twice/,
  ],
  [
    'a preset with a meeting length not on offer',
    (b) =>
      ((
        find(b.presets, 'content/presets/community-group.yaml').data.defaults as Record<string, unknown>
      ).meetingMinutes = 45),
    'content/presets/community-group.yaml',
    'defaults.meetingMinutes',
    /./,
  ],
  [
    'a guide whose translation is missing',
    (b) => (b.guides = b.guides.filter((g) => g.file !== 'content/guides/nb/ground-rules.mdx')),
    'content/guides/en/ground-rules.mdx',
    '(translation)',
    /Norwegian Bokmål \(nb\) translation is missing: add content\/guides\/nb\/ground-rules\.mdx/,
  ],
  [
    'a guide with a description over 160 characters',
    (b) => (find(b.guides, 'content/guides/en/ground-rules.mdx').data.description = 'x'.repeat(161)),
    'content/guides/en/ground-rules.mdx',
    'description',
    /160 characters/,
  ],
  [
    'a guide citing an unknown source',
    (b) => (find(b.guides, 'content/guides/en/ground-rules.mdx').data.sources = ['nowhere']),
    'content/guides/en/ground-rules.mdx',
    'sources.0',
    /Unknown source id "nowhere"/,
  ],
  [
    'a guide showing a rule card for an unknown rule',
    (b) =>
      (find(b.guides, 'content/guides/en/ground-rules.mdx').body += '\n<RuleCard id="no-such-rule" />\n'),
    'content/guides/en/ground-rules.mdx',
    '<RuleCard id>',
    /Unknown rule id "no-such-rule"/,
  ],
  [
    'a guide citing a source it does not list',
    (b) => {
      const guide = find(b.guides, 'content/guides/en/ground-rules.mdx');
      guide.data.sources = (guide.data.sources as string[]).filter((s) => s !== 'landstad-2020');
      guide.body += '\n<Cite id="landstad-2020" />\n';
    },
    'content/guides/en/ground-rules.mdx',
    '<Cite id>',
    /not listed in this page's sources/,
  ],
  [
    'a guide whose order differs between languages',
    (b) => (find(b.guides, 'content/guides/nb/ground-rules.mdx').data.order = 99),
    'content/guides/nb/ground-rules.mdx',
    'order',
    /must match/,
  ],
  [
    'a guide that links nowhere',
    (b) => {
      const guide = find(b.guides, 'content/guides/en/ground-rules.mdx');
      guide.body = 'Just text, no links.';
    },
    'content/guides/en/ground-rules.mdx',
    '(body)',
    /at least one other page/,
  ],
  [
    'a Norwegian guide linking to an English page',
    (b) => (find(b.guides, 'content/guides/nb/ground-rules.mdx').body += '\n[x](/en/rules/)\n'),
    'content/guides/nb/ground-rules.mdx',
    '(body)',
    /start it with \/nb\//,
  ],
  [
    'a guide in a language the site does not have',
    (b) => {
      const guide = find(b.guides, 'content/guides/en/ground-rules.mdx');
      b.guides.push({ ...guide, file: 'content/guides/de/ground-rules.mdx' });
    },
    'content/guides/de/ground-rules.mdx',
    '(folder)',
    /"de" is not one of: en, nb/,
  ],
  [
    'a guide whose frontmatter could not be parsed',
    (b) => {
      const guide = find(b.guides, 'content/guides/en/ground-rules.mdx');
      guide.data = undefined as never;
      guide.parseError = 'bad indentation';
    },
    'content/guides/en/ground-rules.mdx',
    '(file)',
    /Could not be read: bad indentation/,
  ],
  [
    'a page whose translation is missing',
    (b) => (b.pages = b.pages.filter((p) => p.file !== 'content/pages/en/privacy.mdx')),
    'content/pages/nb/privacy.mdx',
    '(translation)',
    /English \(en\) translation is missing/,
  ],
  [
    'a source with a malformed DOI',
    (b) => (find(b.sources, 'content/sources/landstad-2020.yaml').data.doi = 'doi.org/10.1080'),
    'content/sources/landstad-2020.yaml',
    'doi',
    /starts with "10\."/,
  ],
  [
    'a source with a plain http address',
    (b) => (find(b.sources, 'content/sources/mind.yaml').data.url = 'http://www.mind.org.uk/'),
    'content/sources/mind.yaml',
    'url',
    /./,
  ],
  ['site settings that are missing', (b) => delete b.site, 'content/site.yaml', '(file)', /missing/],
  [
    'a primary crisis country with no contacts',
    (b) => ((b.site?.data as { crisis: { primary: string } }).crisis.primary = 'SE'),
    'content/site.yaml',
    'crisis.primary',
    /one of crisis.countries/,
  ],
  [
    'a crisis number with letters in it',
    (b) =>
      ((
        b.site?.data as { crisis: { countries: { contacts: { phone: string }[] }[] } }
      ).crisis.countries[0]!.contacts[0]!.phone = 'call 113'),
    'content/site.yaml',
    'crisis.countries.0.contacts.0.phone',
    /digits and spaces/,
  ],
  [
    'a crisis chat on plain http',
    (b) =>
      ((
        b.site?.data as { crisis: { countries: { contacts: { chat?: string }[] }[] } }
      ).crisis.countries[0]!.contacts[4]!.chat = 'http://sidetmedord.no/'),
    'content/site.yaml',
    'crisis.countries.0.contacts.4.chat',
    /https/,
  ],
  [
    'a crisis country that does not say where its numbers work',
    (b) =>
      delete (b.site?.data as { crisis: { countries: { heading?: unknown }[] } }).crisis.countries[0]!
        .heading,
    'content/site.yaml',
    'crisis.countries.0.heading',
    /missing/,
  ],
  [
    'crisis contacts without a line for readers elsewhere',
    (b) => delete (b.site?.data as { crisis: { fallback?: unknown } }).crisis.fallback,
    'content/site.yaml',
    'crisis.fallback',
    /missing/,
  ],
  [
    'two numbers marked as the emergency number',
    (b) =>
      ((
        b.site?.data as { crisis: { countries: { contacts: { emergency?: boolean }[] }[] } }
      ).crisis.countries[0]!.contacts[1]!.emergency = true),
    'content/site.yaml',
    'crisis.countries.0.contacts',
    /exactly one/,
  ],
  // ── Citing the study: the place it rests on
  [
    'a guide citing the study without at',
    (b) => append(b, 'content/guides/en/ground-rules.mdx', 'Members said so <Cite id="landstad-2020" />.'),
    'content/guides/en/ground-rules.mdx',
    '<Cite id="landstad-2020"> (body, line',
    /needs the place it rests on.*sounding-board/,
  ],
  [
    'a guide citing a place the study does not declare',
    (b) =>
      append(
        b,
        'content/guides/nb/ground-rules.mdx',
        'Slik var det <Cite id="landstad-2020" at="nowhere" />.',
      ),
    'content/guides/nb/ground-rules.mdx',
    '<Cite id="landstad-2020">',
    /"nowhere" is not a place in landstad-2020/,
  ],
  [
    'a guide giving a place to a source that declares none',
    (b) =>
      append(
        b,
        'content/guides/en/ground-rules.mdx',
        'Review it often <Cite id="mind" at="sounding-board" />.',
      ),
    'content/guides/en/ground-rules.mdx',
    '<Cite id="mind">',
    /mind declares no places/,
  ],
  [
    'a rule citing the study without at',
    (b) => delete find(b.rules, 'content/rules/meeting-length.yaml').data.at,
    'content/rules/meeting-length.yaml',
    'at',
    /cites the study "landstad-2020": name the places/,
  ],
  [
    'a rule naming a place the study does not declare',
    (b) => (find(b.rules, 'content/rules/meeting-length.yaml').data.at = ['sounding-board', 'nowhere']),
    'content/rules/meeting-length.yaml',
    'at.1',
    /"nowhere" is not a place in landstad-2020: use one of .*sounding-board/,
  ],
  [
    'a rule naming places but citing no study',
    (b) => (find(b.rules, 'content/rules/phones-away.yaml').data.at = ['sounding-board']),
    'content/rules/phones-away.yaml',
    'at',
    /cites no study/,
  ],
  [
    'a study without places',
    (b) => delete find(b.sources, 'content/sources/landstad-2020.yaml').data.places,
    'content/sources/landstad-2020.yaml',
    'places',
    /must list its places/,
  ],
  // ── Paragraphs that attribute to the study or to research
  [
    'an English guide paragraph saying what the study found, with no citation',
    (b) => append(b, 'content/guides/en/ground-rules.mdx', 'The study found that members liked tea.'),
    'content/guides/en/ground-rules.mdx',
    '(body, line',
    /says what the study or research found \(“the study”\) but cites no place/,
  ],
  [
    'a Norwegian guide paragraph citing forskning with a practice source only',
    (b) =>
      append(b, 'content/guides/nb/ground-rules.mdx', 'Forskning viser at te hjelper <Cite id="mind" />.'),
    'content/guides/nb/ground-rules.mdx',
    '(body, line',
    /“forskning”/,
  ],
  [
    'a paragraph whose study citation has no at',
    (b) =>
      append(
        b,
        'content/guides/en/ground-rules.mdx',
        'A study\'s members liked tea <Cite id="landstad-2020" />.',
      ),
    'content/guides/en/ground-rules.mdx',
    '(body, line',
    /“study's”/,
  ],
  [
    'an inShort that says what the study found',
    (b) =>
      (find(b.guides, 'content/guides/en/ground-rules.mdx').data.inShort = 'In the study, rules helped.'),
    'content/guides/en/ground-rules.mdx',
    'inShort',
    /inShort cannot carry a citation/,
  ],
  [
    'a Norwegian description that says what the study found',
    (b) =>
      (find(b.guides, 'content/guides/nb/ground-rules.mdx').data.description =
        'Studien viser at regler hjelper.'),
    'content/guides/nb/ground-rules.mdx',
    'description',
    /“studien”/,
  ],
  // ── Crisis numbers are not typed into guides
  [
    'a guide that types a helpline number',
    (b) => append(b, 'content/guides/en/ground-rules.mdx', 'If you feel low, call 116 123.'),
    'content/guides/en/ground-rules.mdx',
    '(body, line',
    /crisis number 116 123 is typed/,
  ],
  [
    'a guide that types a number without spaces, as a tel: link',
    (b) => append(b, 'content/guides/nb/ground-rules.mdx', 'Ring [Kirkens SOS](tel:22400040).'),
    'content/guides/nb/ground-rules.mdx',
    '(body, line',
    /crisis number 22 40 00 40/,
  ],
  [
    'a guide that types the emergency number',
    (b) => append(b, 'content/guides/en/ground-rules.mdx', 'Call 113 if a life is at risk.'),
    'content/guides/en/ground-rules.mdx',
    '(body, line',
    /113.*<EmergencyNumber \/>/,
  ],
  // ── The glossary's words to avoid
  [
    'a Norwegian guide calling members likepersoner',
    (b) => append(b, 'content/guides/nb/ground-rules.mdx', 'Alle likepersoner får ordet.'),
    'content/guides/nb/ground-rules.mdx',
    '(body, line',
    /“likepersoner”.*write “deltaker/,
  ],
  [
    'an English guide calling the starter a facilitator',
    (b) =>
      (find(b.guides, 'content/guides/en/ground-rules.mdx').data.title = 'Ground rules for the facilitator'),
    'content/guides/en/ground-rules.mdx',
    'title',
    /“facilitator”/,
  ],
  [
    'a rule calling the group a kaffeklubb',
    (b) =>
      ((
        find(b.rules, 'content/rules/working-group-not-social-club.yaml').data.text as Record<string, string>
      ).nb = 'Vi er ikke en kaffeklubb.'),
    'content/rules/working-group-not-social-club.yaml',
    'text.nb',
    /“kaffeklubb”.*koseklubb/,
  ],
  [
    'a wording variant that says signere',
    (b) => {
      const rule = find(b.rules, 'content/rules/confidentiality-declaration.yaml').data as {
        variants: { options: { label: Record<string, string> }[] };
      };
      rule.variants.options[0]!.label.nb = 'Signer i stedet';
    },
    'content/rules/confidentiality-declaration.yaml',
    'variants.options.0.label.nb',
    /“signer”/,
  ],
  [
    'a preset that says ordstyrer',
    (b) =>
      ((
        find(b.presets, 'content/presets/community-group.yaml').data.description as Record<string, string>
      ).nb = 'Med fast ordstyrer.'),
    'content/presets/community-group.yaml',
    'description.nb',
    /“ordstyrer”.*vert/,
  ],
  [
    'a source summary that says gruppen',
    (b) =>
      ((find(b.sources, 'content/sources/mind.yaml').data.summary as Record<string, string>).nb =
        'Om gruppen.'),
    'content/sources/mind.yaml',
    'summary.nb',
    /“gruppen”.*gruppa/,
  ],
  [
    'site settings that say veiledere',
    (b) => ((b.site?.data as { tagline: Record<string, string> }).tagline.nb = 'Veiledere for grupper.'),
    'content/site.yaml',
    'tagline.nb',
    /“veiledere”/,
  ],
  [
    'an interface string that says linken',
    (b) => ((b.strings?.[1]?.data as Record<string, string>)['rules.link'] = 'Linken til regelen'),
    'src/i18n/nb.json',
    'rules.link',
    /“linken”/,
  ],
  [
    'an interface string with the English word link in lower case',
    (b) => ((b.strings?.[1]?.data as Record<string, string>)['rules.link'] = 'Del en link'),
    'src/i18n/nb.json',
    'rules.link',
    /“link”/,
  ],
  [
    'an English interface string that says coffee club',
    (b) =>
      ((b.strings?.[0]?.data as Record<string, string>)['warning.no-focus'] = 'Do not become a coffee club.'),
    'src/i18n/en.json',
    'warning.no-focus',
    /“coffee club”.*social club/,
  ],
  ['a missing glossary', (b) => delete b.glossary, 'content/glossary.yaml', '(file)', /missing/],
  [
    'a glossary without the attribution words',
    (b) => delete (b.glossary?.data as Record<string, unknown>).attribution,
    'content/glossary.yaml',
    'attribution',
    /missing/,
  ],
  // ── Easy read: every rule, and every wording of it, said simply
  [
    'a rule without its easy-read wording',
    (b) => delete find(b.rules, 'content/rules/absence-notice.yaml').data.easyRead,
    'content/rules/absence-notice.yaml',
    'easyRead',
    /missing/,
  ],
  [
    'a wording variant without its easy-read wording',
    (b) => {
      const rule = find(b.rules, 'content/rules/absence-notice.yaml').data as {
        variants: { options: { easyRead?: unknown }[] };
      };
      delete rule.variants.options[1]!.easyRead;
    },
    'content/rules/absence-notice.yaml',
    'variants.options.1.easyRead',
    /missing/,
  ],
  [
    'an English easy-read wording that is not easy (Flesch under 80)',
    (b) =>
      ((find(b.rules, 'content/rules/confidentiality.yaml').data.easyRead as Record<string, string>).en =
        'Confidentiality obligations, notwithstanding contractual stipulations, necessitate considerable deliberation.'),
    'content/rules/confidentiality.yaml',
    'easyRead.en',
    /Flesch reading ease is .*at least 80/,
  ],
  [
    'a Norwegian easy-read wording that is not easy (LIX over 25)',
    (b) =>
      ((find(b.rules, 'content/rules/confidentiality.yaml').data.easyRead as Record<string, string>).nb =
        'Taushetserklæringen forplikter deltakerne overfor hverandre, uavhengig av omstendighetene.'),
    'content/rules/confidentiality.yaml',
    'easyRead.nb',
    /LIX is .*at most 25/,
  ],
  [
    'an easy-read variant with a sentence over 15 words',
    (b) => {
      const rule = find(b.rules, 'content/rules/review-the-charter.yaml').data as {
        variants: { options: { easyRead: Record<string, string> }[] };
      };
      rule.variants.options[0]!.easyRead.en =
        'We look at all of our rules and we talk and we see if we want to change one of them now.';
    },
    'content/rules/review-the-charter.yaml',
    'variants.options.0.easyRead.en',
    /sentence has 22 words; easy read allows 15/,
  ],
  [
    'a parameter rule whose easy-read wording lacks the placeholder',
    (b) =>
      ((find(b.rules, 'content/rules/meeting-length.yaml').data.easyRead as Record<string, string>).nb =
        'Møtene er korte.'),
    'content/rules/meeting-length.yaml',
    'easyRead.nb',
    /must contain \{minutes\}/,
  ],
];

describe('bad content is rejected with the file and the field', () => {
  it.each(cases)('%s', (_name, breakIt, file, field, message) => {
    const bundle = copy();
    breakIt(bundle);
    const problems = checkContent(bundle).filter((p) => !baseline.has(key(p)));
    const match = problems.find(
      (p) => p.file === file && p.field.startsWith(field) && message.test(p.message),
    );
    expect(
      match,
      `expected a problem in ${file} → ${field} matching ${message}; got:\n${formatProblems(problems)}`,
    ).toBeDefined();
  });
});

describe('componentRefs', () => {
  it.each([
    ['<RuleCard id="a" /> and <RuleCard id=\'b\'/>', 'RuleCard', ['a', 'b']],
    ['<RuleCardX id="a" />', 'RuleCard', []],
    ['<Cite lang="en" id="x" />', 'Cite', ['x']],
    ['no components', 'Cite', []],
  ])('%s → %j', (body, component, expected) => {
    expect(componentRefs(body, component)).toEqual(expected);
  });
});

type Fine = [name: string, breakIt: (b: ContentBundle) => void];

const fine: Fine[] = [
  [
    'a paragraph that says what the study found and cites its place',
    (b) =>
      append(
        b,
        'content/guides/en/ground-rules.mdx',
        'The study found rules helped <Cite id="landstad-2020" at="sounding-board" />.',
      ),
  ],
  [
    'a list item that cites the place, right after one that needs none',
    (b) =>
      append(
        b,
        'content/guides/nb/ground-rules.mdx',
        '- Ta med kaffe.\n- Studien viser at reglene hjalp <Cite id="landstad-2020" at="sounding-board" />.',
      ),
  ],
  [
    'a link to the page about the research',
    (b) =>
      append(
        b,
        'content/guides/en/ground-rules.mdx',
        'Read [about the research](/en/guides/about-the-research/).',
      ),
  ],
  [
    'a heading that names the study',
    (b) => append(b, 'content/guides/en/ground-rules.mdx', '## What the study found'),
  ],
  [
    'the paper worksheet',
    (b) => append(b, 'content/guides/en/ground-rules.mdx', 'Print the paper worksheet and bring it.'),
  ],
  [
    'LINK, the centres, in capitals',
    (b) => append(b, 'content/guides/nb/ground-rules.mdx', 'Spør LINK Oslo om hjelp.'),
  ],
  [
    'a compound that contains an avoided word',
    (b) => append(b, 'content/guides/nb/ground-rules.mdx', 'Det heter likepersonsstøtte.'),
  ],
  [
    'a number that only contains a crisis number',
    (b) => append(b, 'content/guides/en/ground-rules.mdx', 'We had 1130 visits and 2113 pages.'),
  ],
  [
    'the emergency number component',
    (b) => append(b, 'content/guides/en/ground-rules.mdx', 'Call <EmergencyNumber /> if a life is at risk.'),
  ],
];

describe('content that keeps to the rules is not flagged', () => {
  it.each(fine)('%s', (_name, change) => {
    const bundle = copy();
    change(bundle);
    const fresh = checkContent(bundle).filter((p) => !baseline.has(key(p)));
    expect(formatProblems(fresh)).toBe('');
  });
});

describe('a flagged paragraph is named by the line it starts on', () => {
  it('names the list item, not the list', () => {
    const bundle = copy();
    const line = append(
      bundle,
      'content/guides/en/ground-rules.mdx',
      '- Bring tea.\n- Researchers say tea helps.\n- Bring cups.',
    );
    const fresh = checkContent(bundle).filter((p) => !baseline.has(key(p)));
    expect(fresh.map((p) => p.field)).toEqual([`(body, line ${line + 1})`]);
  });
});

describe('paragraphs', () => {
  it.each([
    [
      'one\ntwo\n\nthree',
      [
        ['one\ntwo', 1],
        ['three', 4],
      ],
    ],
    [
      'Intro:\n- a\n  more a\n- b\n\nEnd',
      [
        ['Intro:', 1],
        ['- a\n  more a', 2],
        ['- b', 4],
        ['End', 6],
      ],
    ],
    [
      '1. first\n2. second',
      [
        ['1. first', 1],
        ['2. second', 2],
      ],
    ],
    ['\n\n', []],
  ] as const)('%j', (body, expected) => {
    expect(paragraphs(body).map((p) => [p.text, p.line])).toEqual(expected);
  });
});

describe('claimText', () => {
  it.each([
    ['The study found <Cite id="landstad-2020" at="feedback" />.', 'The study found  .'],
    ['See [about the research](/en/guides/about-the-research/).', 'See  .'],
    ['See [the paper](https://doi.org/10.1/x).', 'See the paper.'],
    ['<KeyPoint title="What the study found">Tea.</KeyPoint>', ' Tea. '],
    ['## The study\nText', ' \nText'],
  ])('%j → %j', (paragraph, expected) => {
    expect(claimText(paragraph)).toBe(expected);
  });
});

describe('citeTags', () => {
  it('reads id, at and line', () => {
    expect(citeTags('a <Cite id="x" />\nb <Cite at="p" id=\'y\'/>')).toEqual([
      { id: 'x', line: 1 },
      { id: 'y', at: 'p', line: 2 },
    ]);
  });
});

describe('the easy-read gate', () => {
  it.each([
    ['en', 'We meet once a week.', []],
    ['nb', 'Vi møtes hver uke.', []],
    ['en', 'Considerable organisational responsibilities necessitate deliberation.', [/Flesch/]],
    ['nb', 'Igangsetteren gjennomgår taushetserklæringen sammen med deltakerne.', [/LIX/]],
    [
      'nb',
      'Vi ser på alle reglene våre og vi snakker sammen og vi ser om vi vil endre en av dem nå.',
      [/LIX/, /sentence has 21 words/],
    ],
  ] as const)('%s: %j', (lang, text, expected) => {
    const found = easyReadProblems(text, lang);
    expect(found).toHaveLength(expected.length);
    expected.forEach((pattern, index) => expect(found[index]).toMatch(pattern));
  });

  it('holds every rule and wording in the catalogue to the gate, in both languages', () => {
    const easy = real.rules.flatMap((f) => {
      const rule = f.data as {
        easyRead: Record<'en' | 'nb', string>;
        variants?: { kind: string; options?: { easyRead: Record<'en' | 'nb', string> }[] };
      };
      return [rule.easyRead, ...(rule.variants?.options ?? []).map((o) => o.easyRead)];
    });
    expect(easy.length).toBeGreaterThanOrEqual(real.rules.length);
    for (const text of easy) {
      expect(text.en.trim()).not.toBe('');
      expect(text.nb.trim()).not.toBe('');
    }
  });
});
