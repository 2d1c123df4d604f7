/** Starting over and deleting the draft from this device, both with a question first and Undo after. */
import type { JSX } from 'preact';
import type { T } from './context.ts';

interface Props {
  /** The interface's translator. */
  t: T;
  /** Starts over or deletes. */
  onReset: (kind: 'start-over' | 'delete') => void;
}

/** The draft's management buttons. */
export function Manage({ t, onReset }: Props): JSX.Element {
  return (
    <section class="manage" aria-labelledby="manage-title">
      <h3 id="manage-title">{t('builder.manage.heading')}</h3>
      <div class="row-actions">
        <button
          type="button"
          class="button button-secondary"
          onClick={() => window.confirm(t('builder.manage.startOverConfirm')) && onReset('start-over')}
        >
          {t('builder.manage.startOver')}
        </button>
        <button
          type="button"
          class="button button-danger"
          onClick={() => window.confirm(t('builder.manage.deleteConfirm')) && onReset('delete')}
        >
          {t('builder.manage.delete')}
        </button>
      </div>
    </section>
  );
}
