/**
 * Starts the charter builder. The page renders the builder's first step on the server from the same
 * data (so nothing moves when it starts) and keeps that data out of its HTML. The page's one script
 * calls `startBuilder` with the element the server rendered the builder in: it takes the page's data
 * file (asked for by the page's head as it was parsed) and hydrates the server's markup with it. The
 * same data made that markup, so Preact only attaches the builder to it. If the data cannot be fetched,
 * it says so in the builder's place and points to the paper worksheet.
 *
 * A plain module rather than an island: an island would load Astro's island runtime and the Preact
 * renderer as well, two more files before the builder can start, for what one call does here.
 */
import { hydrate, render } from 'preact';
import CharterBuilder from './CharterBuilder.tsx';
import { browserStorage, has, STORAGE_KEY } from '../lib/charter/storage.ts';
import { builderDataText } from '../lib/early-data.ts';

/**
 * What the page gives the boot, as JSON in the builder root's `data-boot` attribute. The page writes it
 * at build time from its own data, so it is read as it is.
 */
export interface BootData {
  /** The page's data file. */
  src: string;
  /** Every language's data file, by language. */
  hrefs: Record<'en' | 'nb', string>;
  /** What to say when the data cannot be fetched, in the page's language. */
  failed: string;
  /** The paper worksheet: its address and the link's text. */
  worksheet: { href: string; text: string };
}

/** Starts the builder in `element`, which the server rendered with its first step and its `data-boot`. */
export function startBuilder(element: HTMLElement): void {
  const boot = JSON.parse(element.dataset.boot ?? '') as BootData;
  // Opening at a later step (a return visit, the language switch, a link): that step's code is
  // needed at once, so it loads beside the data instead of after it.
  const step = new URLSearchParams(window.location.search).get('step');
  if (step && step !== 'start') import('./builder/on-demand/later.ts').catch(() => {});
  // A draft saved on this device is read with the draft's checks: they load beside the data too.
  if (has(browserStorage(), STORAGE_KEY)) import('../lib/charter/on-demand/codec.ts').catch(() => {});
  // The data was asked for by the page's head (src/lib/early-data.ts). This runs once the page is
  // parsed, and in the measurements the browser had drawn the server's first step by then; the
  // builder attaches to it.
  builderDataText(boot.src)
    // In a task of its own: the text is usually there already, and hydrating in the task that ran the
    // page's modules made one long task of both, in which the browser could neither draw nor answer a
    // tap (Lighthouse's blocking time on the Norwegian builder: 41-44 ms, once 158 ms; 7-26 ms now).
    .then((data) => new Promise<string>((resolve) => setTimeout(() => resolve(data), 0)))
    .then((data) => hydrate(<CharterBuilder data={data} hrefs={boot.hrefs} />, element))
    .catch(() => {
      // The server's builder cannot work without its data: the message takes its place.
      element.replaceChildren();
      render(
        <p class="notice notice-error" role="alert" id="builder-failed">
          {boot.failed} <a href={boot.worksheet.href}>{boot.worksheet.text}</a>
        </p>,
        element,
      );
    });
}
