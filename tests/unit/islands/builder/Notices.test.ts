/**
 * The notices above the builder's steps: the panel for a draft that came by link is headed for
 * receiving, counts its rules with the plural rules of the page's language, and names the draft
 * isolated, or "Untitled" when its name shows nothing; a refused link lists what is wrong in words.
 */
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { blankDraft, type Draft } from '../../../../src/lib/charter/draft.ts';
import { Session, type SessionState } from '../../../../src/lib/charter/session.ts';
import { translator } from '../../../../src/lib/i18n.ts';
import { draftName, Notices } from '../../../../src/islands/builder/Notices.tsx';
import { loadCatalogue, presetDraft } from '../../../support/catalogue.ts';

const LANGS = ['en', 'nb'] as const;
const noop = () => undefined;

/** The notices for a state, as HTML. */
function render(state: SessionState, lang: (typeof LANGS)[number]): string {
  return renderToString(
    h(Notices, {
      state,
      t: translator(lang),
      onUndo: noop,
      onOpenIncoming: noop,
      onIgnoreIncoming: noop,
      onLoadNewer: noop,
      onKeepMine: noop,
      onSaveFile: noop,
      onSaveAside: noop,
      onClearAside: noop,
    }),
  );
}

/** A session's state with a draft waiting to be opened from a link. */
function receiving(draft: Draft): SessionState {
  const session = new Session({ storage: undefined, catalogue: loadCatalogue(), lang: 'en' });
  session.receive(draft);
  return session.state;
}

/** A draft with this name and this many rules. */
function withRules(name: string, count: number): Draft {
  const draft = presetDraft('en');
  return { ...draft, group: { ...draft.group, name }, rules: draft.rules.slice(0, count) };
}

/** The text of HTML, tags removed and entities of quotes read. */
const textOf = (html: string) => html.replace(/<[^>]+>/g, '').replace(/&#39;|&#x27;/g, "'");

describe.each(LANGS)('the panel for a shared draft (%s)', (lang) => {
  const t = translator(lang);

  it.each([1, 2, 5])('is headed for receiving and counts %i rule(s) in the page’s words', (count) => {
    const html = render(receiving(withRules('Tuesday group', count)), lang);
    expect(html).toContain(`<h3 id="incoming-title">${t('builder.incoming.heading')}</h3>`);
    expect(textOf(html)).toContain(t('builder.incoming.found', { count }));
    expect(html).toContain('<bdi>Tuesday group</bdi>');
  });

  it('says “1 rule” and “2 rules”, never “1 rules”', () => {
    const one = textOf(render(receiving(withRules('A', 1)), lang));
    const two = textOf(render(receiving(withRules('A', 2)), lang));
    expect(one).toMatch(lang === 'en' ? /\b1 rule:/ : /\b1 regel:/);
    expect(two).toMatch(lang === 'en' ? /\b2 rules:/ : /\b2 regler:/);
  });

  it.each([
    ['empty', ''],
    ['only spaces', '   '],
    ['zero-width characters', '\u200B\u200C\u200D\u2060\uFEFF'],
    ['bidi controls', '\u202E\u202C\u2066\u2069\u200F\u200E\u061C'],
    ['a Hangul filler and a Braille blank', '\u3164\u2800'],
  ])('names a draft whose name is %s “%s”', (_name, name) => {
    const untitled = t('builder.untitled');
    expect(draftName(withRules(name, 1), t)).toBe(untitled);
    expect(render(receiving(withRules(name, 1)), lang)).toContain(`<bdi>${untitled}</bdi>`);
  });

  it('keeps a name that shows something, as written, isolated', () => {
    const html = render(receiving(withRules('\u202Eevil.exe', 1)), lang);
    expect(html).toContain('<bdi>\u202Eevil.exe</bdi>');
  });

  it('lists the wrong parts of a refused link in the page’s words', () => {
    const session = new Session({ storage: undefined, catalogue: loadCatalogue(), lang });
    session.linkRefused({
      ok: false,
      reason: 'invalid',
      issues: [{ place: 'group-length', expected: 'choice' }],
    });
    const issues = t('builder.file.expected.choice', { place: t('builder.file.place.group-length') });
    expect(textOf(render(session.state, lang))).toContain(t('builder.share.invalid', { issues }));
    expect(textOf(render(session.state, lang))).not.toMatch(/meetingMinutes|→/);
  });

  it('shows nothing for a session with no news', () => {
    const session = new Session({ storage: undefined, catalogue: loadCatalogue(), lang });
    expect(render({ ...session.state, draft: blankDraft(lang) }, lang)).toBe('');
  });
});
