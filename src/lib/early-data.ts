/**
 * The builder's data, asked for by the page's first script. The page's module script runs only once the
 * page is parsed; if it fetched the data file itself then, the builder would wait for the answer (30-140 ms
 * on the bench's 4x-throttled phone, with the main thread idle). An inline script in the page's head
 * asks at once instead, so by the time the builder starts, the text is usually there.
 */

/** The global the head's script keeps the promise of the data file's text in. */
export const EARLY_DATA_GLOBAL = 'gwBuilderData';

/**
 * The inline script, as text: it fetches `href` (taking the copy the page's preload link has asked for)
 * and keeps the promise of its text, which rejects when the answer is not ok. A rejection is marked as
 * handled here, so a failed fetch puts no error on the console before the builder reads it and says so.
 */
export function earlyDataScript(href: string): string {
  const text = `fetch(${JSON.stringify(href)}).then(function(r){return r.ok?r.text():Promise.reject(Error(r.status))})`;
  return `self.${EARLY_DATA_GLOBAL}=${text};self.${EARLY_DATA_GLOBAL}.catch(function(){})`;
}

/**
 * The data file's text: the head script's promise when the page has one, otherwise a fetch of `href` now
 * (a page without the script, or a test that runs the builder on its own).
 */
export async function builderDataText(href: string, scope: object = globalThis): Promise<string> {
  const early = (scope as Record<string, unknown>)[EARLY_DATA_GLOBAL];
  if (early instanceof Promise) return early as Promise<string>;
  const response = await fetch(href);
  if (!response.ok) throw new Error(String(response.status));
  return response.text();
}
