/**
 * The first-meeting kit, generated from the draft in the charter's language:
 * discussion cards (one per chosen rule), a short opening text to read aloud
 * at the start of each meeting, and a one-page sheet for newcomers. Like the
 * charter, it is a model that the island renders for print.
 */
import type { Theme } from '../../../schemas/rule.ts';
import type { Catalogue } from '../catalogue.ts';
import { charterRules, charterSection, sectionRows, type Charter, type Translate } from '../charter.ts';
import { ruleTheme, type Draft } from '../draft.ts';
import { isBlank, isolate } from '../text.ts';

/** One discussion card. */
export interface KitCard {
  /** The rule's key in the draft. */
  key: string;
  /** The theme heading. */
  theme: string;
  /** The rule's short name (the catalogue title, or "Our own rule"). */
  title: string;
  /** The wording, as on the charter. */
  text: string;
  /** Why groups use it; empty for the group's own rules. */
  why: string;
  /** A question to talk about. */
  question: string;
}

/** The first-meeting kit. */
export interface Kit {
  /** The charter's language. */
  lang: Draft['lang'];
  /** Whether it prints in large type, as the charter does (at least 16 pt). */
  largePrint: boolean;
  /** Cards, in charter order (grouped by theme). */
  cards: KitCard[];
  /** The text to read aloud at the start of each meeting. */
  opening: { heading: string; paragraphs: string[]; agreed: string; rules: string[]; close: string };
  /** The sheet for someone who joins later. */
  newcomer: { heading: string; intro: string; sections: { heading: string; items: string[] }[] };
  /** Headings and labels. */
  labels: { cards: string; why: string; question: string; opening: string; newcomer: string };
}

/** Rules read aloud at the opening, besides the listening theme. */
const OPENING_RULES = [
  'no-pressure-to-speak',
  'ask-before-comforting',
  'no-unasked-advice',
  'feedback-when-asked',
];

/** Builds the kit for a draft; the charter gives the details and declaration already worded. */
export function buildKit(draft: Draft, catalogue: Catalogue, t: Translate, charter: Charter): Kit {
  const lang = draft.lang;
  const rules = charterRules(charter);
  const cards: KitCard[] = rules.map((rule) => {
    const entry = catalogue.byId.get(rule.key);
    return {
      key: rule.key,
      theme: rule.theme.heading,
      title: entry ? entry.title[lang] : t('kit.ownRule'),
      text: rule.text,
      why: entry ? entry.why[lang] : '',
      question: t(`kit.question.${rule.theme.theme}`),
    };
  });

  // The opening reads the rules as the charter words them.
  const worded = new Map(rules.map((r) => [r.key, r.text]));
  const wording = (id: string) => worded.get(id);
  const listening = draft.rules
    .filter((r) => ruleTheme(r, catalogue) === ('listening' satisfies Theme))
    .map((r) => worded.get(r.kind === 'custom' ? r.key : r.id))
    .filter((text): text is string => !!text && !isBlank(text));
  const extra = OPENING_RULES.map(wording).filter((text): text is string => !!text);
  // The group's name sits inside our sentences ("Welcome to …"), so it is isolated there.
  const name = isolate(charter.title);
  const purpose = isBlank(draft.group.purpose) ? '' : draft.group.purpose.trim();
  const paragraphs = [
    t('kit.opening.welcome', { name }),
    ...(purpose ? [t('kit.opening.purpose', { purpose })] : []),
    wording('confidentiality') ?? t('kit.opening.confidentiality'),
  ];

  const line = (r: { label: string; value: string }) => `${r.label}: ${r.value}`;
  const heading = (id: 'rules' | 'roles' | 'absence' | 'declaration') =>
    charterSection(charter, id)?.heading ?? '';
  const roles =
    charterSection(charter, 'roles')?.blocks.flatMap((b) =>
      b.kind === 'list' ? b.items.map((i) => i.text) : [],
    ) ?? [];
  const absence = sectionRows(charter, 'absence').map(line);
  const declaration =
    charterSection(charter, 'declaration')?.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : [])) ??
    [];
  const sections = [
    {
      heading: t('kit.newcomer.about'),
      items: [...sectionRows(charter, 'about').map(line), ...sectionRows(charter, 'details').map(line)],
    },
    { heading: heading('rules'), items: rules.map((r) => r.text) },
    ...(roles.length > 0
      ? [{ heading: heading('roles'), items: [t('kit.newcomer.roles', { roles: roles.join(', ') })] }]
      : []),
    ...(absence.length > 0 ? [{ heading: heading('absence'), items: absence }] : []),
    ...(declaration.length > 0
      ? [{ heading: heading('declaration'), items: [`${declaration.join(' ')} ${t('kit.newcomer.sign')}`] }]
      : []),
  ].filter((s) => s.items.length > 0);

  return {
    lang,
    largePrint: charter.largePrint,
    cards,
    opening: {
      heading: t('kit.opening.heading'),
      paragraphs,
      agreed: t('kit.opening.agreed'),
      rules: [...listening, ...extra],
      // "You can always pass" is said once: by the rule, if the group chose it, or here.
      close: [
        worded.has('no-pressure-to-speak') ? '' : t('kit.opening.pass'),
        t('kit.opening.close', { minutes: draft.group.meetingMinutes }),
      ]
        .filter(Boolean)
        .join(' '),
    },
    newcomer: {
      heading: t('kit.newcomer.heading', { name }),
      intro: t('kit.newcomer.intro'),
      sections,
    },
    labels: {
      cards: t('kit.cards'),
      why: t('kit.why'),
      question: t('kit.question'),
      opening: t('kit.opening.heading'),
      newcomer: t('kit.newcomer.title'),
    },
  };
}
