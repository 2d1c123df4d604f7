/**
 * Turns on offline use, on every page: registers the service worker that
 * src/integrations/service-worker.ts writes to `<base>sw.js`, after the page
 * has loaded, and shows the footer's quiet line (`[data-offline-note]`) once
 * this page is stored on the device. The layout loads it as a small file of
 * its own, the only script a plain page has (budget: perf-budget.json,
 * `sharedScript`).
 *
 * Offline use is turned off by deleting `sw.js` from the host. A browser's own
 * update check does not remove a worker whose script answers 404 (Chromium
 * keeps it), so this does: when `sw.js` answers 404 or 410, it unregisters the
 * worker and deletes its caches (on every such visit, so nothing stays behind).
 * Every error is ignored: without a worker the site works as before, only not
 * offline.
 */
const scope = import.meta.env.BASE_URL.replace(/\/?$/, '/');
const script = `${scope}sw.js`;
const PREFIX = 'groundwork-';

async function start(container: ServiceWorkerContainer): Promise<void> {
  // Offline there is nothing to check, and the worker must stay.
  if (!navigator.onLine) return;
  // The worker leaves HEAD requests alone, so this asks the host itself.
  const answer = await fetch(script, { method: 'HEAD', cache: 'no-store' });
  if (answer.status === 404 || answer.status === 410) {
    const registrations = await container.getRegistrations();
    const ours = registrations.filter((r) => new URL(r.scope).pathname === scope);
    await Promise.all(ours.map((r) => r.unregister()));
    // Every time, not only when a worker was found: a worker that still controls this page until it
    // closes may store a refreshed file after this ran, and the next visit then clears that too.
    const names = await caches.keys();
    await Promise.all(names.filter((n) => n.startsWith(PREFIX)).map((n) => caches.delete(n)));
  } else if (answer.ok) {
    await container.register(script, { scope });
  }
}

/** Shows the footer's line when this page is in one of the worker's caches; looks once more a little later. */
async function noteWhenStored(tries: number): Promise<void> {
  const note = document.querySelector<HTMLElement>('[data-offline-note]');
  if (!note) return;
  const page = location.href.replace(/[?#].*$/, '');
  for (const name of await caches.keys()) {
    if (name.startsWith(PREFIX) && (await (await caches.open(name)).match(page, { ignoreVary: true }))) {
      note.hidden = false;
      return;
    }
  }
  if (tries > 1) setTimeout(() => void noteWhenStored(tries - 1).catch(() => undefined), 1500);
}

if ('serviceWorker' in navigator && window.isSecureContext && /^https?:$/.test(location.protocol)) {
  const container = navigator.serviceWorker;
  // After the page has loaded and then gone idle, so that storing the site never competes with the page
  // itself: the builder, for one, is still starting when its load event fires. Where the browser has no
  // idle callback (Safari), at the load event.
  const run = () => {
    void start(container).catch(() => undefined);
    void container.ready.then(() => noteWhenStored(2)).catch(() => undefined);
  };
  const whenIdle = () =>
    'requestIdleCallback' in window ? window.requestIdleCallback(run, { timeout: 5000 }) : run();
  if (document.readyState === 'complete') whenIdle();
  else window.addEventListener('load', whenIdle, { once: true });
}
