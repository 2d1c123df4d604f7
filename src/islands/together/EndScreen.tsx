/**
 * The end of the walk: the rules the group agreed, the ones to come back to
 * and the ones left out, the day and how many were there, and "Make this our
 * charter", which turns the result into the builder's draft (with undo).
 */
import type { JSX, RefObject } from 'preact';
import { useState } from 'preact/hooks';
import type { Translate } from '../../lib/charter/charter.ts';
import type { KitCard } from '../../lib/charter/on-demand/kit.ts';
import { parseDate } from '../../lib/charter/rota.ts';
import { formatDate } from '../../lib/format.ts';
import {
  makeProblems,
  MAX_PRESENT,
  NOTE_LIMIT,
  walkCounts,
  type Walk,
  type WalkAction,
} from '../../lib/together.ts';
import type { Theme } from '../../schemas/rule.ts';
import { AddRule } from './AddRule.tsx';
import { BackButton } from './BackButton.tsx';
import { useFocusSoon } from './focus.ts';
import type { TogetherT } from './types.ts';

interface Props {
  t: TogetherT;
  charterT: Translate;
  walk: Walk;
  cards: Map<string, KitCard>;
  themes: Theme[];
  headingRef: RefObject<HTMLHeadingElement>;
  dispatch: (action: WalkAction, say?: string) => void;
  made: 'made' | 'undone' | null;
  /** The page's language (the lists are in the charter's). */
  pageLang: 'en' | 'nb';
  builderUrl: string;
  onMake: () => void;
  onUndo: () => void;
  onAgain: () => void;
}

/** The line the charter will print under its title. */
function agreementLine(charterT: Translate, walk: Walk): string {
  const date = parseDate(walk.date);
  const text = date
    ? formatDate(new Date(Date.UTC(date.year, date.month - 1, date.day)), walk.draft.lang)
    : '';
  return charterT('charter.agreedTogether', { date: text, count: walk.present });
}

/** The end screen. */
export function EndScreen(props: Props): JSX.Element {
  const { t, charterT, walk, cards, themes, headingRef, dispatch, made } = props;
  const [tried, setTried] = useState(false);
  const focusSoon = useFocusSoon();
  const counts = walkCounts(walk);
  const problems = makeProblems(walk);
  const lang = walk.draft.lang;
  const textOf = (key: string) => walk.items.find((i) => i.key === key)?.text ?? cards.get(key)?.text ?? key;
  const number = (key: string) => walk.items.findIndex((i) => i.key === key) + 1;
  const agreed = walk.items.filter((i) => i.decision === 'agree' || i.decision === 'reword');
  const later = walk.items.filter((i) => i.decision === 'later' || !i.decision);
  const left = walk.items.filter((i) => i.decision === 'leave-out');
  const isMade = walk.made !== undefined && made !== 'undone';

  const make = () => {
    if (problems.length > 0) {
      setTried(true);
      focusSoon('together-problems');
      return;
    }
    setTried(false);
    props.onMake();
    focusSoon('together-made');
  };

  return (
    <section class="together-end" aria-labelledby="together-heading">
      <h2 id="together-heading" class="tool-heading" tabIndex={-1} ref={headingRef}>
        {t('together.end.heading')}
      </h2>
      <p>
        {t('together.counts', {
          agreed: counts.agree + counts.reword + counts.added,
          later: counts.later + counts.open,
          left: counts['leave-out'],
        })}
      </p>
      <h3 class="together-sub">{t('together.end.agreed')}</h3>
      {agreed.length + walk.added.length > 0 ? (
        <ul class="together-list" lang={lang}>
          {agreed.map((i) => (
            <li key={i.key}>
              {textOf(i.key)}
              {i.decision === 'reword' && <span lang={props.pageLang}> {t('together.end.own')}</span>}
            </li>
          ))}
          {walk.added.map((rule) => (
            <li key={rule.key}>
              <span id={`together-added-${rule.key}`}>{rule.text}</span>{' '}
              <span lang={props.pageLang}>{t('together.end.addedTag')}</span>{' '}
              <button
                type="button"
                class="tool-button tool-secondary tool-small"
                aria-describedby={`together-added-${rule.key}`}
                onClick={() => dispatch({ type: 'remove-added', key: rule.key })}
              >
                {t('together.end.remove')}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('together.end.none')}</p>
      )}
      <h3 class="together-sub">{t('together.end.later')}</h3>
      {later.length > 0 ? (
        <ul class="together-list" lang={lang}>
          {later.map((i) => (
            <li key={i.key}>
              {textOf(i.key)}{' '}
              <button
                type="button"
                class="tool-button tool-secondary tool-small"
                onClick={() => dispatch({ type: 'go', at: number(i.key) - 1 })}
              >
                {t('together.end.goTo', { n: number(i.key) })}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('together.end.none')}</p>
      )}
      <h3 class="together-sub">{t('together.end.left')}</h3>
      {left.length > 0 ? (
        <ul class="together-list" lang={lang}>
          {left.map((i) => (
            <li key={i.key}>{textOf(i.key)}</li>
          ))}
        </ul>
      ) : (
        <p>{t('together.end.none')}</p>
      )}
      <AddRule t={t} walk={walk} themes={themes} dispatch={dispatch} />
      <fieldset class="together-meeting">
        <legend>{t('together.end.meeting')}</legend>
        <label for="together-date">{t('together.end.date')}</label>
        <input
          type="date"
          id="together-date"
          value={walk.date}
          onChange={(e) => dispatch({ type: 'set-date', date: e.currentTarget.value })}
        />
        <label for="together-present">{t('together.end.present')}</label>
        <input
          type="number"
          id="together-present"
          inputMode="numeric"
          min={1}
          max={MAX_PRESENT}
          value={walk.present > 0 ? walk.present : ''}
          onInput={(e) => dispatch({ type: 'set-present', present: Number(e.currentTarget.value) })}
        />
      </fieldset>
      {tried && problems.length > 0 && (
        <div class="tool-error-box" id="together-problems" tabIndex={-1} role="alert">
          <p>{t('together.end.problems')}</p>
          <ul>
            {problems.map((p) => (
              <li key={`${p.kind}-${'key' in p ? p.key : ''}`}>
                {p.kind === 'date'
                  ? t('together.problem.date')
                  : p.kind === 'present'
                    ? t('together.problem.present')
                    : p.kind === 'open'
                      ? t('together.problem.open', { n: number(p.key) })
                      : t('together.problem.note', { limit: NOTE_LIMIT })}
              </li>
            ))}
          </ul>
        </div>
      )}
      {isMade ? (
        <div class="tool-card together-made" id="together-made" tabIndex={-1}>
          <p>{t('together.made', { line: agreementLine(charterT, walk) })}</p>
          <p>{t('together.madeKept')}</p>
          <div class="tool-actions">
            <a class="tool-button" id="together-open-builder" href={`${props.builderUrl}?step=review`}>
              {t('together.openBuilder')}
            </a>
            {made === 'made' && (
              <button
                type="button"
                class="tool-button tool-secondary"
                id="together-undo"
                onClick={() => {
                  props.onUndo();
                  focusSoon('together-made');
                }}
              >
                {t('together.undo')}
              </button>
            )}
          </div>
        </div>
      ) : (
        <>
          {made === 'undone' && (
            <p class="tool-card" id="together-made" tabIndex={-1}>
              {t('together.undone')}
            </p>
          )}
          <button type="button" class="tool-button tool-big" id="together-make" onClick={make}>
            {t('together.end.make')}
          </button>
        </>
      )}
      <div class="tool-actions">
        {walk.items.length > 0 && <BackButton t={t} dispatch={dispatch} />}
        <button type="button" class="tool-button tool-secondary" id="together-again" onClick={props.onAgain}>
          {t('together.again')}
        </button>
      </div>
    </section>
  );
}
