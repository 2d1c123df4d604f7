/**
 * Step 6: the whole charter as it prints, gentle warnings that link to the
 * step that fixes them, the charter's language, printing (the charter, the
 * rota and the first-meeting kit), downloads, calendar files and a share link.
 */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { Charter } from '../../lib/charter/charter.ts';
import { CHARTER_LANGS } from '../../lib/charter/draft.ts';

import type { Warning } from '../../lib/charter/warnings.ts';
import type { BuilderContext } from './context.ts';
import { CharterView } from './CharterView.tsx';

import type { KitPart } from './KitView.tsx';

/** The download formats, in the order they are offered. */
export const DOWNLOADS = ['json', 'md', 'html', 'txt'] as const;

const LANGUAGE_NAMES: Record<(typeof CHARTER_LANGS)[number], string> = {
  en: 'English',
  nb: 'Norsk (bokmål)',
};

interface Props {
  /** Shared builder context. */
  ctx: BuilderContext;
  /** The charter to show. */
  charter: Charter;

  /** The warnings that apply. */
  warnings: Warning[];
  /** Prints the charter, the rota or a part of the kit. */
  onPrint: (part: 'charter' | 'rota' | KitPart) => void;
  /** Downloads one format of the charter. */
  onDownload: (kind: (typeof DOWNLOADS)[number]) => void;
  /** Which extra files the draft has what it needs for. */
  extras: Record<'csv' | 'review' | 'meetings', boolean>;
  /** Saves an extra file: the rota spreadsheet or a calendar file. */
  onExtra: (kind: 'csv' | 'review' | 'meetings') => void;
  /** The share link once made for the current draft, and whether it is short enough for chat apps. */
  shareLink: { url: string; chatSafe: boolean } | null;
  /** Makes the share link. */
  onMakeLink: () => void;
}

/** The review step. */
export function StepReview(props: Props): JSX.Element {
  const { ctx, charter, warnings, onPrint, onDownload, extras, onExtra, shareLink, onMakeLink } = props;
  const { t, goTo, draft, dispatch } = ctx;
  const [copied, setCopied] = useState(false);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(shareLink?.url ?? '');
      setCopied(true);
    } catch {
      // Without clipboard access, select the link so the person can copy it themselves.
      const field = document.getElementById('share-link') as HTMLInputElement | null;
      field?.focus();
      field?.select();
    }
  };

  return (
    <div class="step-review">
      <p class="lead">{t('builder.review.lead')}</p>
      <section class="warnings" aria-labelledby="warnings-title">
        <h3 id="warnings-title">{t('builder.review.warnings')}</h3>
        {warnings.length === 0 ? (
          <p>{t('builder.review.noWarnings')}</p>
        ) : (
          <ul>
            {warnings.map((w) => (
              <li key={w.id} id={`warning-${w.id}`}>
                <p>{t(`warning.${w.id}`, w.values)}</p>
                <a
                  href={`?step=${w.step}`}
                  onClick={(e) => {
                    e.preventDefault();
                    goTo(w.step, w.target);
                  }}
                >
                  {t('builder.review.fix')}
                  <span class="visually-hidden">: {t(`builder.step.${w.step}`)}</span>
                </a>
              </li>
            ))}
          </ul>
        )}
      </section>

      <fieldset class="choice" id="charter-lang">
        <legend>{t('builder.lang.legend')}</legend>
        <p class="hint" id="charter-lang-hint">
          {t('builder.lang.hint')}
        </p>
        {CHARTER_LANGS.map((l) => (
          <div class="radio" key={l}>
            <input
              type="radio"
              id={`charter-lang-${l}`}
              name="charter-lang"
              checked={draft.lang === l}
              aria-describedby="charter-lang-hint"
              onChange={() => dispatch({ type: 'set-lang', lang: l })}
            />
            <label for={`charter-lang-${l}`} lang={l}>
              {LANGUAGE_NAMES[l]}
            </label>
          </div>
        ))}
      </fieldset>

      <section class="review-actions" aria-labelledby="actions-title">
        <h3 id="actions-title">{t('builder.review.actions')}</h3>
        <div class="row-actions">
          <button type="button" class="button" id="print-charter" onClick={() => onPrint('charter')}>
            {t('builder.review.print')}
          </button>
          {charter.rota && (
            <button
              type="button"
              class="button button-secondary"
              id="print-rota"
              onClick={() => onPrint('rota')}
            >
              {t('builder.kit.rota')}
            </button>
          )}
        </div>
        <h4>{t('builder.review.downloads')}</h4>
        <ul class="downloads">
          {DOWNLOADS.map((kind) => (
            <li key={kind}>
              <button
                type="button"
                class="button button-secondary"
                id={`download-${kind}`}
                onClick={() => onDownload(kind)}
              >
                {t(`builder.review.${kind}`)}
              </button>
            </li>
          ))}
          {extras.csv && (
            <li>
              <button
                type="button"
                class="button button-secondary"
                id="download-csv"
                onClick={() => onExtra('csv')}
              >
                {t('builder.rota.csv')}
              </button>
            </li>
          )}
        </ul>
        {!charter.rota && <p class="hint">{t('builder.rota.needs')}</p>}
      </section>

      <section aria-labelledby="calendar-title">
        <h3 id="calendar-title">{t('builder.calendar.heading')}</h3>
        <ul class="downloads">
          {extras.review && (
            <li>
              <button
                type="button"
                class="button button-secondary"
                id="download-ics-review"
                onClick={() => onExtra('review')}
              >
                {t('builder.calendar.review')}
              </button>
            </li>
          )}
          {extras.meetings && (
            <li>
              <button
                type="button"
                class="button button-secondary"
                id="download-ics-meetings"
                onClick={() => onExtra('meetings')}
              >
                {t('builder.calendar.meetings')}
              </button>
            </li>
          )}
        </ul>
        {!extras.review && <p class="hint">{t('builder.calendar.needsReview')}</p>}
        {!extras.meetings && <p class="hint">{t('builder.calendar.needsStart')}</p>}
      </section>

      <section aria-labelledby="kit-title">
        <h3 id="kit-title">{t('builder.kit.heading')}</h3>
        <p>{t('builder.kit.lead')}</p>
        <div class="row-actions">
          <button
            type="button"
            class="button button-secondary"
            id="print-cards"
            onClick={() => onPrint('cards')}
          >
            {t('builder.kit.cards')} ({charter.themes.reduce((n, th) => n + th.rules.length, 0)})
          </button>
          <button
            type="button"
            class="button button-secondary"
            id="print-opening"
            onClick={() => onPrint('opening')}
          >
            {t('builder.kit.opening')}
          </button>
          <button
            type="button"
            class="button button-secondary"
            id="print-newcomer"
            onClick={() => onPrint('newcomer')}
          >
            {t('builder.kit.newcomer')}
          </button>
        </div>
      </section>

      <section aria-labelledby="share-title">
        <h3 id="share-title">{t('builder.share.heading')}</h3>
        <p>{t('builder.share.lead')}</p>
        {shareLink ? (
          <div class="share">
            <div class="field">
              <label for="share-link">{t('builder.share.label')}</label>
              <input
                id="share-link"
                type="text"
                readOnly
                value={shareLink.url}
                aria-describedby="share-length"
              />
              <p class="hint" id="share-length">
                {t('builder.share.length', { length: shareLink.url.length })}
              </p>
            </div>
            {!shareLink.chatSafe && <p class="notice notice-warning">{t('builder.share.tooLong')}</p>}
            <button type="button" class="button" id="copy-link" onClick={() => void copy()}>
              {t('builder.share.copy')}
            </button>
            <p role="status" class="copied">
              {copied ? t('builder.share.copied') : ''}
            </p>
          </div>
        ) : (
          <button type="button" class="button button-secondary" id="make-link" onClick={onMakeLink}>
            {t('builder.share.make')}
          </button>
        )}
      </section>

      <CharterView charter={charter} id="charter-review" class="charter-screen" />
    </div>
  );
}
