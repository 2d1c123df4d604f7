/**
 * Instead of a later step while its code loads, or when it could not be loaded. Trying again loads
 * the page again (a browser keeps a module that failed to load as failed until then); the draft is
 * saved on the device, so nothing is lost.
 */
import type { JSX } from 'preact';
import type { T } from './context.ts';

/** The wait, or the failure and a way to try again. */
export function LaterWait({ failed, t }: { failed: boolean; t: T }): JSX.Element {
  if (!failed) {
    return (
      <p class="notice" role="status" id="later-wait">
        {t('builder.later.loading')}
      </p>
    );
  }
  return (
    <div class="notice notice-error" role="alert" id="later-wait">
      <p>{t('builder.later.failed')}</p>
      <button type="button" class="button" onClick={() => window.location.reload()}>
        {t('builder.lang.retry')}
      </button>
    </div>
  );
}
