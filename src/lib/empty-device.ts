/**
 * The first thing a meeting tool's page runs: whether this device has nothing saved for the tool, told
 * to the page's CSS before the island's markup is drawn (and, when something is saved, the fetch of the
 * data the tool will need started at once). The server draws the island's empty state
 * (no draft here yet); it shows at once on an empty device, so the page is whole at its first paint
 * and nothing moves when the island starts, and stays hidden until the island has read what is saved
 * on any other device, so a group with a draft never sees "nothing saved".
 */
/** The class the page's first script gives `<html>` when the device has nothing saved for the tool. */
export const EMPTY_DEVICE_CLASS = 'gw-tool-empty';

/**
 * The inline script, as text: when none of `keys` is in `localStorage` (and, with `noFragment`, the
 * address carries no share link), it gives `<html>` {@link EMPTY_DEVICE_CLASS}, which shows the
 * server's empty state (`tool-early` in `src/islands/tools.css`). Otherwise it preloads the data file
 * `preload`, which the tool will need to show what is saved; an empty device does not fetch it before
 * its first paint (meeting mode never needs it there). Storage that throws counts as neither: the
 * island then says what it found.
 */
export function emptyDeviceScript(keys: readonly string[], noFragment = false, preload?: string): string {
  const none = keys.map((key) => `localStorage.getItem(${JSON.stringify(key)})===null`).join('&&');
  const fragment = noFragment ? '&&!location.hash' : '';
  const mark = `document.documentElement.classList.add(${JSON.stringify(EMPTY_DEVICE_CLASS)})`;
  const link = `var l=document.createElement("link");l.rel="preload";l.as="fetch";l.crossOrigin="anonymous"`;
  const fetchData = preload ? `else{${link};l.href=${JSON.stringify(preload)};document.head.append(l)}` : '';
  return `try{if(${none}${fragment})${mark};${fetchData}}catch(e){}`;
}
