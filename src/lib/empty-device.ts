/**
 * The first thing a meeting tool's page runs: whether this device has nothing saved for the tool, told
 * to the page's CSS before the island's markup is drawn. The server draws the island's empty state
 * (no draft here yet); it shows at once on an empty device, so the page is whole at its first paint
 * and nothing moves when the island starts, and stays hidden until the island has read what is saved
 * on any other device, so a group with a draft never sees "nothing saved".
 */
/** The class the page's first script gives `<html>` when the device has nothing saved for the tool. */
export const EMPTY_DEVICE_CLASS = 'gw-tool-empty';

/**
 * The inline script, as text: when none of `keys` is in `localStorage` (and, with `noFragment`, the
 * address carries no share link), it gives `<html>` {@link EMPTY_DEVICE_CLASS}, which shows the
 * server's empty state (`tool-early` in `src/islands/tools.css`). Storage that throws counts as not
 * empty: the island then says what it found.
 */
export function emptyDeviceScript(keys: readonly string[], noFragment = false): string {
  const none = keys.map((key) => `localStorage.getItem(${JSON.stringify(key)})===null`).join('&&');
  const fragment = noFragment ? '&&!location.hash' : '';
  return `try{if(${none}${fragment})document.documentElement.classList.add(${JSON.stringify(EMPTY_DEVICE_CLASS)})}catch(e){}`;
}
