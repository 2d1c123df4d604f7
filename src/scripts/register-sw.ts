/**
 * Turns on offline use: registers the service worker that
 * src/integrations/service-worker.ts writes to `<base>sw.js`. Only pages that
 * already ship JavaScript import this (the builder), so the other pages stay
 * script-free; once registered, the worker serves every page under the base.
 *
 * Offline use is turned off by deleting `sw.js` from the host. A browser's own
 * update check does not remove a worker whose script answers 404 (Chromium
 * keeps it), so this does: when `sw.js` answers 404 or 410, it unregisters the
 * worker and deletes its caches (on every such visit, so nothing stays behind). Every error is ignored: without a worker the
 * site works as before, only not offline.
 */
const scope = import.meta.env.BASE_URL.replace(/\/?$/, '/');
const script = `${scope}sw.js`;

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
    await Promise.all(names.filter((n) => n.startsWith('groundwork-')).map((n) => caches.delete(n)));
  } else if (answer.ok) {
    await container.register(script, { scope });
  }
}

if ('serviceWorker' in navigator && window.isSecureContext && /^https?:$/.test(location.protocol)) {
  // After the page has loaded, so that storing the site never competes with the page itself.
  const run = () => void start(navigator.serviceWorker).catch(() => undefined);
  if (document.readyState === 'complete') run();
  else window.addEventListener('load', run, { once: true });
}
