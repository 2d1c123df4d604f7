/**
 * Shown instead of the steps while the texts of a draft's charter language load (a draft in the
 * other language opened from a file, a link or this device), and when they cannot be loaded.
 */
import type { JSX } from 'preact';
import type { T } from './context.ts';

/** Instead of the steps while a draft's charter language loads: what is happening, and what to do if it fails. */
export function LangWait({
  load,
  t,
  onRetry,
  onUsePage,
  pageLang,
}: {
  load: { lang: 'en' | 'nb'; failed: boolean } | undefined;
  t: T;
  onRetry: () => void;
  onUsePage: () => void;
  pageLang: 'en' | 'nb';
}): JSX.Element {
  const language = t(`builder.lang.name.${load?.lang ?? pageLang}`);
  if (!load?.failed) {
    return (
      <p class="notice" role="status" id="charter-lang-wait">
        {t('builder.lang.loading', { language })}
      </p>
    );
  }
  return (
    <div class="notice notice-error" role="alert" id="charter-lang-wait">
      <p>{t('builder.lang.failed', { language })}</p>
      <div class="row-actions">
        <button type="button" class="button" onClick={onRetry}>
          {t('builder.lang.retry')}
        </button>
        <button type="button" class="button button-secondary" onClick={onUsePage}>
          {t('builder.lang.usePage', { language: t(`builder.lang.name.${pageLang}`) })}
        </button>
      </div>
    </div>
  );
}
