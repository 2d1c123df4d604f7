/**
 * The builder's later steps (`on-demand/later.ts`): loaded once the start step has been drawn, or at
 * once when the builder shows a later step. The builder is ready when its session has started and the
 * step it shows has its code; the hook marks that moment for the timing bench.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Step } from '../../lib/charter/draft.ts';

/** The later steps' module. */
export type Later = typeof import('./on-demand/later.ts');

/** What the island gets: the module once loaded, whether loading failed, a way to load it, and readiness. */
export interface LaterHandle {
  /** The module, once loaded. */
  later: Later | null;
  /** Whether the last try to load it failed. */
  failed: boolean;
  /** Loads it (once); resolves to the module, or null when it could not be loaded. */
  load: () => Promise<Later | null>;
  /** Whether the builder shows its step: the session has started and the step has its code. */
  shows: boolean;
}

/** Loads the later steps when they are needed, and says when the builder shows its step. */
export function useLater(ready: boolean, step: Step): LaterHandle {
  const [later, setLater] = useState<Later | null>(null);
  const [failed, setFailed] = useState(false);
  const loading = useRef<Promise<Later | null> | null>(null);
  const load = () =>
    (loading.current ??= import('./on-demand/later.ts').then(
      (m) => {
        setFailed(false);
        setLater(() => m);
        return m;
      },
      () => {
        loading.current = null;
        setFailed(true);
        return null;
      },
    ));

  const shows = ready && (step === 'start' || later !== null);
  // A later step needs its code now: asked for before the browser draws, so the step does not wait a
  // frame for it (the page's script has usually fetched it already). On the start step it loads after
  // the first frame has been drawn, so it does not hold the start step back.
  useLayoutEffect(() => {
    if (ready && step !== 'start') void load();
  }, [ready, step]);

  // For the timing bench (src/tools/bench-browser.mjs): the first frame that shows the ready builder.
  const marked = useRef(false);
  useLayoutEffect(() => {
    if (!shows || marked.current) return;
    marked.current = true;
    requestAnimationFrame(() =>
      setTimeout(() => {
        performance.mark('builder-ready');
        void load();
      }, 0),
    );
  }, [shows]);

  return { later, failed, load, shows };
}
