/**
 * The hook that wires the session (`src/lib/charter/session.ts`) to the page:
 * it starts the session when the island wakes, saves a moment after each
 * change and when the page is hidden, follows Back and Forward, listens for
 * other tabs and for share links pasted into the address, and keeps each step
 * a history entry. The decisions are the session's; this only listens.
 */
import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import type { Catalogue } from '../../lib/charter/catalogue.ts';
import { STEPS, type CharterLang, type Step } from '../../lib/charter/draft.ts';
import { isStep, Session, type SessionState } from '../../lib/charter/session.ts';
import { isShareFragment } from '../../lib/charter/share-fragment.ts';
import { browserStorage, STORAGE_KEY } from '../../lib/charter/storage.ts';

/** Removes a share link from the address, so a reload does not ask again. */
export function dropFragment(): void {
  window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
}

/** What the hook gives the island. */
export interface SessionHandle {
  /** The session, for its actions. */
  session: Session;
  /** Its state, re-rendered on every change. */
  state: SessionState;
  /** Goes to a step as a new history entry. */
  navigate: (step: Step, returnTo?: Step | null) => void;
}

/** Starts the builder's session and keeps it in step with the page. */
export function useSession(
  catalogue: Catalogue,
  lang: CharterLang,
  onStep: (step: Step, initial: boolean) => void,
): SessionHandle {
  const session = useMemo(
    () => new Session({ storage: browserStorage(), catalogue, lang }),
    [catalogue, lang],
  );
  const [state, setState] = useState(session.state);

  // Start in the frame the island hydrates, so the builder is ready as soon as it shows. The screen
  // listens first, so no change the session makes while it starts is missed.
  useLayoutEffect(() => {
    const unsubscribe = session.subscribe(setState);
    const urlStep = new URLSearchParams(window.location.search).get('step');
    void session.start(isStep(urlStep) ? urlStep : undefined).then(() => {
      const step = session.state.step;
      window.history.replaceState({ step }, '', window.location.href);
      onStep(step, true);
    });

    const onPop = (event: PopStateEvent) => {
      const fromState = (event.state as { step?: unknown } | null)?.step;
      const fromUrl = new URLSearchParams(window.location.search).get('step');
      const step = isStep(fromState) ? fromState : isStep(fromUrl) ? fromUrl : 'start';
      session.go(step);
      onStep(session.state.step, false);
    };
    // Another tab saved: the session decides whether this tab must stop and ask.
    const onStorage = (event: StorageEvent) => {
      if (event.key === STORAGE_KEY) void session.otherTabSaved();
    };
    // A share link carries a draft in the fragment; one pasted into this tab changes only the fragment.
    const onFragment = () => {
      const fragment = window.location.hash;
      if (!isShareFragment(fragment)) return;
      void import('../../lib/charter/on-demand/share.ts').then(async ({ decodeShare }) => {
        const result = await decodeShare(fragment);
        if (result.ok) session.receive(result.draft);
        else {
          session.linkRefused(result);
          dropFragment();
        }
      });
    };
    const onHide = () => session.save();
    onFragment();
    window.addEventListener('popstate', onPop);
    window.addEventListener('storage', onStorage);
    window.addEventListener('hashchange', onFragment);
    window.addEventListener('pagehide', onHide);
    return () => {
      unsubscribe();
      window.removeEventListener('popstate', onPop);
      window.removeEventListener('storage', onStorage);
      window.removeEventListener('hashchange', onFragment);
      window.removeEventListener('pagehide', onHide);
    };
  }, [session]);

  // Save a moment after the last change, so typing is not slowed by writing.
  useEffect(() => {
    if (!state.started) return;
    const timer = window.setTimeout(() => session.save(), 400);
    return () => window.clearTimeout(timer);
  }, [state.draft, state.started, session]);

  const navigate = (step: Step, returnTo: Step | null = null) => {
    window.history.pushState({ step }, '', `?step=${step}`);
    session.go(step, returnTo);
    onStep(session.state.step, false);
  };

  return { session, state, navigate };
}

/** The number of a step, from 1, for "Step 2 of 6". */
export function stepNumber(step: Step): number {
  return STEPS.indexOf(step) + 1;
}
