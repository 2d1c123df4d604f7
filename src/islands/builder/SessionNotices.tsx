/**
 * The notices wired to the session: undo, a shared draft to open or leave, the other tab's version,
 * and the unreadable drafts kept aside.
 */
import type { JSX } from 'preact';
import type { Session, SessionState } from '../../lib/charter/session.ts';
import type { Step } from '../../lib/charter/draft.ts';
import type { T } from './context.ts';
import { Notices } from './Notices.tsx';
import { dropFragment } from './useSession.ts';

interface Props {
  /** The session. */
  session: Session;
  /** Its state. */
  state: SessionState;
  /** The interface's translator. */
  t: T;
  /** Goes to a step. */
  goTo: (step: Step) => void;
  /** Saves this tab's draft as a file (when another tab saved a newer one). */
  onSaveFile: () => void;
  /** Saves the drafts kept aside as files. */
  onSaveAside: () => void;
}

/** The session's notices. */
export function SessionNotices({ session, state, t, goTo, onSaveFile, onSaveAside }: Props): JSX.Element {
  return (
    <Notices
      state={state}
      t={t}
      onUndo={() => {
        const to = state.undo?.step ?? 'start';
        session.undo();
        goTo(to);
      }}
      onOpenIncoming={() => {
        dropFragment();
        session.openIncoming();
        goTo('review');
      }}
      onIgnoreIncoming={() => {
        dropFragment();
        session.ignoreIncoming();
      }}
      onLoadNewer={() => void session.loadNewer()}
      onKeepMine={() => session.keepMine()}
      onSaveFile={onSaveFile}
      onSaveAside={onSaveAside}
      onClearAside={() => window.confirm(t('builder.aside.clearConfirm')) && session.clearAside()}
    />
  );
}
