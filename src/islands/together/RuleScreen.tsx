/**
 * One rule of the walk, in large text: its wording, why groups use it and the
 * question to talk about, then the four decisions, a note, Back and Next, and
 * "Add a rule we thought of". Changing the wording edits it in place.
 */
import type { JSX, RefObject } from 'preact';
import { useState } from 'preact/hooks';
import type { KitCard } from '../../lib/charter/on-demand/kit.ts';
import { NOTE_LIMIT, RULE_CAP, type Walk, type WalkAction } from '../../lib/together.ts';
import { BoxFull } from './BoxFull.tsx';
import type { Theme } from '../../schemas/rule.ts';
import { ReadAloud } from '../ReadAloud.tsx';
import { AddRule } from './AddRule.tsx';
import { BackButton } from './BackButton.tsx';
import { useFocusSoon } from './focus.ts';
import type { TogetherT } from './types.ts';

interface Props {
  t: TogetherT;
  walk: Walk;
  cards: Map<string, KitCard>;
  themes: Theme[];
  headingRef: RefObject<HTMLHeadingElement>;
  dispatch: (action: WalkAction, say?: string) => void;
}

/** The rule the group is at. */
export function RuleScreen({ t, walk, cards, themes, headingRef, dispatch }: Props): JSX.Element {
  const item = walk.items[walk.at];
  const [rewording, setRewording] = useState(false);
  const [words, setWords] = useState('');
  const focusSoon = useFocusSoon();
  if (!item) return <></>;
  const card = cards.get(item.key);
  const text = item.text ?? card?.text ?? '';
  const lang = walk.draft.lang;
  const total = walk.items.length;
  const decided = item.decision ? t(`together.decided.${item.decision}`) : '';

  const startReword = () => {
    setWords(text);
    setRewording(true);
    focusSoon('together-words');
  };
  const saveWords = (event: Event) => {
    event.preventDefault();
    if (!words.trim()) return;
    setRewording(false);
    dispatch({ type: 'reword', key: item.key, text: words }, t('together.decided.reword'));
  };
  const decide = (decision: 'agree' | 'leave-out' | 'later') =>
    dispatch({ type: 'decide', key: item.key, decision }, t(`together.decided.${decision}`));

  return (
    <section class="together-rule" aria-labelledby="together-heading">
      <div class="together-place">
        <h2 id="together-heading" class="tool-heading" tabIndex={-1} ref={headingRef}>
          {t('together.progress', { n: walk.at + 1, total })}
        </h2>
        <progress class="together-bar" max={total} value={walk.at} aria-hidden="true" />
      </div>
      <div lang={lang}>
        <p class="together-theme">
          {card?.theme}
          {card?.title ? ` · ${card.title}` : ''}
        </p>
        <p class="together-text" id="together-text">
          {text}
        </p>
        {card?.why && (
          <>
            <h3 class="together-sub">{t('together.why')}</h3>
            <p class="together-why">{card.why}</p>
          </>
        )}
        {card?.question && (
          <>
            <h3 class="together-sub">{t('together.question')}</h3>
            <p class="together-question">{card.question}</p>
          </>
        )}
      </div>
      <ReadAloud
        lang={lang}
        t={t}
        describedBy="together-text"
        text={() => [text, card?.why ?? '', card?.question ?? ''].filter(Boolean).join('\n\n')}
      />
      {decided && (
        <p class="together-decided" id="together-decided">
          {decided}
        </p>
      )}
      {rewording ? (
        <form class="together-reword" onSubmit={saveWords}>
          <label for="together-words">{t('together.rewordLabel')}</label>
          <textarea
            id="together-words"
            lang={lang}
            rows={4}
            maxLength={RULE_CAP}
            value={words}
            aria-describedby={words.length >= RULE_CAP ? 'together-words-full' : undefined}
            onInput={(e) => setWords(e.currentTarget.value)}
          />
          {words.length >= RULE_CAP && <BoxFull id="together-words-full" t={t} />}
          <div class="tool-actions">
            <button type="submit" class="tool-button">
              {t('together.rewordSave')}
            </button>
            <button
              type="button"
              class="tool-button tool-secondary"
              onClick={() => {
                setRewording(false);
                focusSoon('together-reword');
              }}
            >
              {t('together.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <div class="together-decisions" role="group" aria-labelledby="together-decide">
          <p id="together-decide" class="together-sub">
            {t('together.decide')}
          </p>
          <button
            type="button"
            class="tool-button tool-big"
            id="together-agree"
            onClick={() => decide('agree')}
          >
            {t('together.agree')}
          </button>
          <button
            type="button"
            class="tool-button tool-big tool-secondary"
            id="together-reword"
            onClick={startReword}
          >
            {t('together.reword')}
          </button>
          <button
            type="button"
            class="tool-button tool-big tool-secondary"
            id="together-leave-out"
            onClick={() => decide('leave-out')}
          >
            {t('together.leaveOut')}
          </button>
          <button
            type="button"
            class="tool-button tool-big tool-secondary"
            id="together-later"
            onClick={() => decide('later')}
          >
            {t('together.later')}
          </button>
          {item.decision === 'reword' && (
            <button
              type="button"
              class="tool-button tool-secondary"
              id="together-first-wording"
              onClick={() => dispatch({ type: 'first-wording', key: item.key })}
            >
              {t('together.firstWording')}
            </button>
          )}
        </div>
      )}
      <div class="together-note">
        <label for="together-note">{t('together.note')}</label>
        <p class="tool-hint" id="together-note-hint">
          {t('together.noteHint')}
        </p>
        <textarea
          id="together-note"
          lang={lang}
          rows={2}
          maxLength={NOTE_LIMIT * 2}
          aria-describedby="together-note-hint"
          value={item.note ?? ''}
          onInput={(e) => dispatch({ type: 'note', key: item.key, text: e.currentTarget.value })}
        />
      </div>
      <div class="tool-actions together-nav">
        {walk.at > 0 && <BackButton t={t} dispatch={dispatch} />}
        {item.decision && (
          <button
            type="button"
            class="tool-button tool-secondary"
            id="together-next"
            onClick={() => dispatch({ type: 'next' })}
          >
            {t('together.next')}
          </button>
        )}
      </div>
      <AddRule t={t} walk={walk} themes={themes} dispatch={dispatch} />
    </section>
  );
}
