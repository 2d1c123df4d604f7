/**
 * Said in a meeting tool's place when the charter's texts of a draft's language could not be fetched
 * (offline, or the connection dropped): what happened, that nothing is lost, and a way to try again.
 */
import type { JSX } from 'preact';
import type { TogetherT } from './together/types.ts';

/** The notice, with "Try again". */
export function TextsFailed({
  lang,
  t,
  onRetry,
}: {
  lang: 'en' | 'nb';
  t: TogetherT;
  onRetry: () => void;
}): JSX.Element {
  return (
    <div class="tool-error-box" role="alert" id="tool-texts-failed">
      <p>{t('builder.lang.failed', { language: t(`builder.lang.name.${lang}`) })}</p>
      <div class="tool-actions">
        <button type="button" class="tool-button tool-secondary" id="tool-texts-retry" onClick={onRetry}>
          {t('builder.lang.retry')}
        </button>
      </div>
    </div>
  );
}
