/**
 * What the builder has to tell the person about their draft: the latest
 * message (with Undo), a draft that came in by link, another tab's newer
 * save, a draft that is not being saved on this device, and saved drafts that
 * could not be read and were kept aside. Each offers the way out.
 */
import type { JSX } from 'preact';
import type { Draft } from '../../lib/charter/draft.ts';
import type { SessionState } from '../../lib/charter/session.ts';
import { isBlank } from '../../lib/charter/text.ts';
import type { T } from './context.ts';
import { issuesText } from './messages.ts';

interface Props {
  /** The session's state. */
  state: SessionState;
  /** The interface's translator. */
  t: T;
  /** Brings back the draft from before the last change. */
  onUndo: () => void;
  /** Opens the draft that came by link. */
  onOpenIncoming: () => void;
  /** Leaves it. */
  onIgnoreIncoming: () => void;
  /** Two tabs: load the other tab's version. */
  onLoadNewer: () => void;
  /** Two tabs: keep this one. */
  onKeepMine: () => void;
  /** Saves the draft as a `.json` file. */
  onSaveFile: () => void;
  /** Saves the unreadable drafts kept aside as files. */
  onSaveAside: () => void;
  /** Forgets them, once saved. */
  onClearAside: () => void;
}

/** A group name as the person would recognise it; "Untitled" when it shows nothing (spaces, zero-width or bidi controls only). */
export function draftName(draft: Draft, t: T): string {
  const name = draft.group.name.trim();
  return isBlank(name) ? t('builder.untitled') : name;
}

/** The notices above the step. */
export function Notices(props: Props): JSX.Element {
  const { state, t } = props;
  const { notice, incoming, conflict, save, aside, undo } = state;
  return (
    <>
      {notice && (
        <div class="notice" role="status">
          <p>
            {t(notice.key as Parameters<T>[0], {
              ...notice.vars,
              ...(notice.issues ? { issues: issuesText(t, notice.issues) } : {}),
            })}
            {notice.also && <> {t(notice.also as Parameters<T>[0])}</>}{' '}
            {notice.undo && undo && (
              <button type="button" class="button-small" id="undo" onClick={props.onUndo}>
                {t('builder.manage.undo')}
              </button>
            )}
          </p>
        </div>
      )}
      {incoming && (
        <section class="notice incoming" aria-labelledby="incoming-title">
          <h3 id="incoming-title">{t('builder.incoming.heading')}</h3>
          <p>
            {t('builder.incoming.found', { count: incoming.rules.length })}{' '}
            <bdi>{draftName(incoming, t)}</bdi>
          </p>
          {state.started && <p>{t('builder.incoming.replaceNote')}</p>}
          <div class="row-actions">
            <button type="button" class="button" id="open-incoming" onClick={props.onOpenIncoming}>
              {t('builder.incoming.open')}
            </button>
            <button type="button" class="button button-secondary" onClick={props.onIgnoreIncoming}>
              {t(state.started ? 'builder.incoming.keep' : 'builder.incoming.notNow')}
            </button>
          </div>
        </section>
      )}
      {conflict !== null && (
        <div class="notice notice-warning" role="alert">
          <p>{t('builder.tabs.changed')}</p>
          <div class="row-actions">
            <button type="button" class="button" id="load-newer" onClick={props.onLoadNewer}>
              {t('builder.tabs.load')}
            </button>
            <button type="button" class="button button-secondary" id="keep-mine" onClick={props.onKeepMine}>
              {t('builder.tabs.keep')}
            </button>
            <button type="button" class="button button-secondary" onClick={props.onSaveFile}>
              {t('builder.tabs.copy')}
            </button>
          </div>
        </div>
      )}
      {save && !save.ok && state.started && (
        <div class="notice notice-warning" role="alert" id="not-saved">
          <p>{t('builder.status.notSaved', { reason: t(`builder.status.reason.${save.reason}`) })}</p>
          <button type="button" class="button button-secondary" onClick={props.onSaveFile}>
            {t('builder.status.saveFile')}
          </button>
        </div>
      )}
      {aside > 0 && (
        <section class="notice notice-warning" aria-labelledby="aside-title" id="aside">
          <h3 id="aside-title">{t('builder.aside.heading', { count: aside })}</h3>
          <p>{t('builder.aside.lead')}</p>
          <div class="row-actions">
            <button type="button" class="button" id="save-aside" onClick={props.onSaveAside}>
              {t('builder.aside.save', { count: aside })}
            </button>
            <button
              type="button"
              class="button button-secondary"
              id="clear-aside"
              onClick={props.onClearAside}
            >
              {t('builder.aside.clear', { count: aside })}
            </button>
          </div>
        </section>
      )}
    </>
  );
}
