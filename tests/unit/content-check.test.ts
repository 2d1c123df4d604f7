import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  checkContent,
  componentRefs,
  formatProblems,
  type ContentBundle,
  type ContentFile,
} from '../../src/lib/content-check.ts';
import { readContent } from '../../src/integrations/read-content.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
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

  it('passes every check', () => {
    const problems = checkContent(real);
    expect(formatProblems(problems)).toBe('');
  });
});

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
];

describe('bad content is rejected with the file and the field', () => {
  it.each(cases)('%s', (_name, breakIt, file, field, message) => {
    const bundle = copy();
    breakIt(bundle);
    const problems = checkContent(bundle);
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
