/**
 * When the layout's script turns on offline use (src/scripts/register-sw.ts): after the page's load
 * event, and then only once the browser is idle, so that storing the site does not compete with a page
 * that is still starting (the builder hydrates after its load event). Where there is no idle callback,
 * at the load event. The browser's objects are stand-ins that record what the script asks for.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';

interface Fake {
  calls: string[];
  fireLoad: () => void;
  fireIdle: () => void;
}

/** Stand-ins for the window, document, navigator, fetch and caches the script uses. */
function fakeBrowser(withIdle: boolean): Fake {
  const calls: string[] = [];
  let onLoad: (() => void) | undefined;
  let onIdle: (() => void) | undefined;
  const container = {
    register: (script: string) => {
      calls.push(`register ${script}`);
      return Promise.resolve();
    },
    getRegistrations: () => Promise.resolve([]),
    ready: new Promise(() => undefined),
  };
  const win: Record<string, unknown> = {
    isSecureContext: true,
    addEventListener: (type: string, listener: () => void) => {
      if (type === 'load') onLoad = listener;
    },
  };
  if (withIdle)
    win.requestIdleCallback = (callback: () => void, options: { timeout: number }) => {
      calls.push(`idle (timeout ${options.timeout})`);
      onIdle = callback;
      return 1;
    };
  vi.stubGlobal('window', win);
  vi.stubGlobal('location', { protocol: 'https:' });
  vi.stubGlobal('document', { readyState: 'loading', querySelector: () => null });
  vi.stubGlobal('navigator', { onLine: true, serviceWorker: container });
  vi.stubGlobal(
    'fetch',
    vi.fn((url: string) => {
      calls.push(`check ${url}`);
      return Promise.resolve({ status: 200, ok: true });
    }),
  );
  return {
    calls,
    fireLoad: () => onLoad?.(),
    fireIdle: () => onIdle?.(),
  };
}

/** Lets the script's promises run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe('register-sw', () => {
  test('waits for the load event, then for the browser to be idle, then checks sw.js and registers it', async () => {
    const fake = fakeBrowser(true);
    await import('../../../src/scripts/register-sw.ts');
    await settle();
    expect(fake.calls).toEqual([]);
    fake.fireLoad();
    await settle();
    expect(fake.calls).toEqual(['idle (timeout 5000)']);
    fake.fireIdle();
    await settle();
    expect(fake.calls).toEqual(['idle (timeout 5000)', 'check /sw.js', 'register /sw.js']);
  });

  test('without an idle callback, it starts at the load event', async () => {
    const fake = fakeBrowser(false);
    await import('../../../src/scripts/register-sw.ts');
    await settle();
    expect(fake.calls).toEqual([]);
    fake.fireLoad();
    await settle();
    expect(fake.calls).toEqual(['check /sw.js', 'register /sw.js']);
  });
});
