/**
 * Step 6: the charter as it prints, with one clear next action. Printing
 * comes first; then keeping and sharing (a link, a file to open again, the
 * text to copy); the other files sit under "More files", named by what people
 * do with them. Gentle warnings link to what fixes them and come back here.
 */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { Charter } from '../../lib/charter/charter.ts';
import type { DownloadKind } from '../../lib/charter/downloads.ts';
import { CHARTER_LANGS, type Step } from '../../lib/charter/draft.ts';
import type { Warning } from '../../lib/charter/warnings.ts';
import { formatWeekday } from '../../lib/format.ts';
import { CharterDocument } from '../../components/charter/CharterDocument.tsx';
import type { BuilderContext, T } from './context.ts';
import type { PrintPart } from './PrintArea.tsx';
import { PrintChoices } from './PrintChoices.tsx';

/** Each charter language's name, in that language. */
const LANGUAGE_NAMES: Record<(typeof CHARTER_LANGS)[number], string> = {
  en: 'English',
  nb: 'Norsk (bokmål)',
};

/** The files under "More files", in the order they are offered. */
const MORE_FILES = [
  'txt',
  'html',
  'md',
  'csv',
  'ics-review',
  'ics-meetings',
] as const satisfies DownloadKind[];

/** A weekday's name (ISO: 1 is Monday) in a language, from a week known to start on a Monday (5 January 2026). */
function weekdayName(iso: number, lang: 'en' | 'nb'): string {
  return formatWeekday(new Date(Date.UTC(2026, 0, 4 + iso)), lang);
}

/** A warning in words: a fact conflict quotes the group's words and says the fact. */
export function warningText(w: Warning, t: T, lang: 'en' | 'nb'): string {
  if (w.id === 'fact-conflict' && w.fact) {
    const actual = String(w.values?.actual ?? '');
    const says = String(w.values?.says ?? '');
    if (w.fact === 'weekday')
      return t('warning.fact.weekday', { says, actual: weekdayName(Number(actual), lang) });
    const fact =
      w.fact === 'minutes'
        ? t('builder.fact.minutes', { minutes: actual })
        : t(`builder.fact.${w.fact}.${actual}` as Parameters<T>[0]);
    const key =
      w.fact === 'minutes'
        ? 'warning.fact.minutes'
        : w.fact === 'openness'
          ? 'warning.fact.openness'
          : 'warning.fact.meet';
    return t(key, { says, actual: fact });
  }
  return t(`warning.${w.id as Exclude<Warning['id'], 'fact-conflict'>}`, w.values);
}

interface Props {
  /** Shared builder context. */
  ctx: BuilderContext;
  /** The charter to show. */
  charter: Charter;
  /** The warnings that apply. */
  warnings: Warning[];
  /** Which downloads the draft has what it needs for. */
  available: Record<DownloadKind, boolean>;
  /** Prints the charter, the rota or a part of the kit. */
  onPrint: (part: PrintPart) => void;
  /** Saves a file. */
  onDownload: (kind: DownloadKind) => void;
  /** Goes to a step to fix a warning, with a way back here. */
  onFix: (step: Step, target: string) => void;
  /** A charter language being loaded after the group chose it, or that failed to load. */
  langChoice: { lang: 'en' | 'nb'; failed: boolean } | undefined;
  /** The group chose a language for the charter: it changes once that language's texts are here. */
  onLang: (lang: 'en' | 'nb') => void;
}

/** The review step. */
export function StepReview(props: Props): JSX.Element {
  const { ctx, charter, warnings, available, onPrint, onDownload, langChoice, onLang } = props;
  const { t, draft } = ctx;
  const [link, setLink] = useState<{ url: string; chatSafe: boolean } | null>(null);
  const [status, setStatus] = useState('');
  const rules = charter.sections
    .flatMap((s) => s.blocks)
    .reduce((n, b) => n + (b.kind === 'rules' ? b.themes.reduce((m, th) => m + th.rules.length, 0) : 0), 0);

  const copy = async (text: string, done: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(done);
      return true;
    } catch {
      return false;
    }
  };

  // The share link and the charter's text: their code loads on first use.
  const makeLink = async () => {
    const { encodeShare, isChatSafe, shareUrl } = await import('../../lib/charter/on-demand/share.ts');
    const url = shareUrl(`${window.location.origin}${window.location.pathname}`, await encodeShare(draft));
    return { url, chatSafe: isChatSafe(url) };
  };
  const copyText = async () => {
    const { charterToText } = await import('../../lib/charter/on-demand/plain-text.ts');
    try {
      await navigator.clipboard.writeText(charterToText(charter));
      return true;
    } catch {
      return false;
    }
  };

  const share = async () => {
    const made = link ?? (await makeLink());
    setLink(made);
    if (made.chatSafe && typeof navigator.share === 'function') {
      try {
        await navigator.share({ title: charter.documentTitle, url: made.url });
        return;
      } catch (error) {
        // The person closed the share sheet: nothing more to do.
        if (error instanceof DOMException && error.name === 'AbortError') return;
      }
    }
    if (!(await copy(made.url, t('builder.share.copied')))) {
      // Without clipboard access, select the link so the person can copy it themselves.
      requestAnimationFrame(() => {
        const field = document.getElementById('share-link') as HTMLInputElement | null;
        field?.focus();
        field?.select();
      });
    }
  };

  return (
    <div class="step-review">
      <p class="lead">{t('builder.review.lead')}</p>
      {warnings.length === 0 ? (
        <p class="all-clear" id="all-clear">
          {t('builder.review.noWarnings')}
        </p>
      ) : (
        <section class="warnings" aria-labelledby="warnings-title">
          <h3 id="warnings-title">{t('builder.review.warnings')}</h3>
          <ul>
            {warnings.map((w, i) => (
              <li key={`${w.id}-${i}`} id={`warning-${w.id}-${i}`}>
                <p>{warningText(w, t, ctx.lang)}</p>
                <a
                  href={`?step=${w.step}`}
                  onClick={(e) => {
                    e.preventDefault();
                    props.onFix(w.step, w.target);
                  }}
                >
                  {t('builder.review.fix')}
                  <span class="visually-hidden">: {t(`builder.step.${w.step}`)}</span>
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section class="review-print" aria-labelledby="print-title">
        <h3 id="print-title">{t('builder.review.printHeading')}</h3>
        <div class="row-actions">
          <button
            type="button"
            class="button button-main"
            id="print-charter"
            onClick={() => onPrint('charter')}
          >
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
        <PrintChoices ctx={ctx} charter={charter} onPrint={onPrint} />
      </section>

      <section class="review-keep" aria-labelledby="keep-title">
        <h3 id="keep-title">{t('builder.review.keepHeading')}</h3>
        <p class="hint">{t('builder.share.lead')}</p>
        <div class="row-actions">
          <button type="button" class="button" id="share" onClick={() => void share()}>
            {t('builder.share.share')}
          </button>
          <button
            type="button"
            class="button button-secondary"
            id="download-json"
            onClick={() => onDownload('json')}
          >
            {t('builder.review.json')}
          </button>
          <button
            type="button"
            class="button button-secondary"
            id="copy-text"
            onClick={() =>
              void copyText().then((ok) =>
                setStatus(t(ok ? 'builder.review.copied' : 'builder.review.notCopied')),
              )
            }
          >
            {t('builder.review.copyText')}
          </button>
        </div>
        {link && (
          <div class="share field">
            <label for="share-link">{t('builder.share.label')}</label>
            <input
              id="share-link"
              type="text"
              readOnly
              value={link.url}
              onFocus={(e) => e.currentTarget.select()}
            />
            {!link.chatSafe && (
              <p class="notice notice-warning" id="share-too-long">
                {t('builder.share.tooLong', { length: link.url.length })}{' '}
                <button type="button" class="button-small" onClick={() => onDownload('json')}>
                  {t('builder.review.json')}
                </button>
              </p>
            )}
          </div>
        )}
        <p role="status" class="copied">
          {status}
        </p>
      </section>

      <details class="more-files" id="more-files">
        <summary>{t('builder.review.moreFiles')}</summary>
        <ul class="downloads">
          {MORE_FILES.filter((kind) => available[kind]).map((kind) => (
            <li key={kind}>
              <button
                type="button"
                class="button button-secondary"
                id={`download-${kind}`}
                onClick={() => onDownload(kind)}
              >
                {t(`builder.download.${kind}`)}
              </button>
            </li>
          ))}
        </ul>
        {!available.csv && <p class="hint">{t('builder.rota.needs')}</p>}
        {!available['ics-review'] && <p class="hint">{t('builder.calendar.needsReview')}</p>}
        {!available['ics-meetings'] && <p class="hint">{t('builder.calendar.needsStart')}</p>}
      </details>

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
              checked={(langChoice && !langChoice.failed ? langChoice.lang : draft.lang) === l}
              aria-describedby="charter-lang-hint"
              onChange={() => onLang(l)}
            />
            <label for={`charter-lang-${l}`} lang={l}>
              {LANGUAGE_NAMES[l]}
            </label>
          </div>
        ))}
        <p
          class={langChoice?.failed ? 'field-error' : 'hint'}
          id="charter-lang-status"
          role={langChoice?.failed ? 'alert' : 'status'}
        >
          {langChoice &&
            t(langChoice.failed ? 'builder.lang.failed' : 'builder.lang.loading', {
              language: t(`builder.lang.name.${langChoice.lang}`),
            })}
        </p>
      </fieldset>

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
            {t('builder.kit.cards', { count: rules })}
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

      {/* The two meeting tools, beside the builder (relative links: the builder is /<lang>/builder/). */}
      <section class="review-tools">
        <h3>{t('builder.review.tools')}</h3>
        <ul>
          <li>
            <a href="together/">{t('together.title')}</a>
          </li>
          <li>
            <a href="meeting/">{t('meeting.link')}</a>
          </li>
        </ul>
      </section>

      <CharterDocument charter={charter} id="charter-review" class="charter-screen" screen />
    </div>
  );
}
