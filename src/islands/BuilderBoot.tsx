/**
 * Starts the charter builder. The page renders the builder's first step on the server from the same
 * data (so nothing moves when it starts) and keeps that data out of its HTML: this island fetches the
 * page's data file (already on its way, from the page's preload link) and then hydrates the server's
 * markup with it: the same data made that markup, so Preact only attaches the builder to it. It shows nothing itself; if the data cannot be
 * fetched, it says so in the builder's place and points to the paper worksheet.
 */
import type { JSX } from 'preact';
import { hydrate, render } from 'preact';
import { useLayoutEffect } from 'preact/hooks';
import CharterBuilder from './CharterBuilder.tsx';

interface Props {
  /** The id of the element the server rendered the builder in. */
  root: string;
  /** The page's data file. */
  src: string;
  /** Every language's data file, by language. */
  hrefs: Record<'en' | 'nb', string>;
  /** What to say when the data cannot be fetched, in the page's language. */
  failed: string;
  /** The paper worksheet: its address and the link's text. */
  worksheet: { href: string; text: string };
}

/** The builder's starter. */
export default function BuilderBoot({ root, src, hrefs, failed, worksheet }: Props): JSX.Element | null {
  useLayoutEffect(() => {
    const element = document.getElementById(root);
    if (!element) return;
    // Opening at a later step (a return visit, the language switch, a link): that step's code is
    // needed at once, so it loads beside the data instead of after it.
    const step = new URLSearchParams(window.location.search).get('step');
    if (step && step !== 'start') import('./builder/on-demand/later.ts').catch(() => {});
    fetch(src)
      .then((response) =>
        response.ok ? response.text() : Promise.reject(new Error(String(response.status))),
      )
      .then((data) => hydrate(<CharterBuilder data={data} hrefs={hrefs} />, element))
      .catch(() => {
        // The server's builder cannot work without its data: the message takes its place.
        element.replaceChildren();
        render(
          <p class="notice notice-error" role="alert" id="builder-failed">
            {failed} <a href={worksheet.href}>{worksheet.text}</a>
          </p>,
          element,
        );
      });
  }, []);
  return null;
}
