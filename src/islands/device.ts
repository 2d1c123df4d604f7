/**
 * What the meeting tools need from the device, feature-detected: keeping the
 * screen on (Wake Lock) and a short vibration. Each works without the feature:
 * the page then just does without. (The device's storage: `browserStorage` in
 * `src/lib/charter/storage.ts`.)
 */

/** A short, gentle vibration where the device has one; nothing elsewhere. Never a sound. */
export function buzz(pattern: number | number[] = 200): void {
  try {
    navigator.vibrate?.(pattern);
  } catch {
    // Some browsers refuse before the person has touched the page: the visual signal is enough.
  }
}

interface Sentinel {
  release: () => Promise<void>;
  addEventListener: (type: 'release', listener: () => void) => void;
}

/** Whether the browser can keep the screen on. */
export function canKeepScreenOn(): boolean {
  return typeof navigator !== 'undefined' && 'wakeLock' in navigator;
}

/**
 * Keeps the screen on while `on()` says so: asks for a lock now, again when the page is shown after
 * being hidden (the browser lets go of it then), and lets go when `release` is called. Returns the
 * functions to call when the wish changes and to stop listening.
 */
export function screenKeeper(): { want: (on: boolean) => void; stop: () => void } {
  let wanted = false;
  let sentinel: Sentinel | null = null;
  const lock = async () => {
    if (!wanted || sentinel || document.visibilityState !== 'visible' || !canKeepScreenOn()) return;
    try {
      const wakeLock = (navigator as unknown as { wakeLock: { request: (t: 'screen') => Promise<Sentinel> } })
        .wakeLock;
      const got = await wakeLock.request('screen');
      sentinel = got;
      got.addEventListener('release', () => {
        if (sentinel === got) sentinel = null;
      });
      if (!wanted) void release();
    } catch {
      // Refused (battery saver, or no permission): the meeting goes on without it.
    }
  };
  const release = async () => {
    const held = sentinel;
    sentinel = null;
    try {
      await held?.release();
    } catch {
      // Already released.
    }
  };
  const onVisible = () => void lock();
  document.addEventListener('visibilitychange', onVisible);
  return {
    want: (on) => {
      wanted = on;
      void (on ? lock() : release());
    },
    stop: () => {
      wanted = false;
      document.removeEventListener('visibilitychange', onVisible);
      void release();
    },
  };
}
