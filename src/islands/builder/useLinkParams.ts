/**
 * The builder's address: what it brings (a preset to suggest, `?preset=`, and a centre's details,
 * `?centre=`, `?starter=`, `?contact=`, checked by the link module, which loads only when such a link
 * was followed), and the header's link to the other language, which keeps the step.
 */
import { useLayoutEffect, useState } from 'preact/hooks';
import type { CentreParams } from '../../lib/centre-link.ts';
import type { CataloguePreset } from '../../lib/charter/catalogue.ts';
import type { Draft, Step } from '../../lib/charter/draft.ts';

/**
 * The suggested preset's id and the centre's details, once read, and what a new draft gets from them:
 * the starter's details, which the group can hide or remove.
 */
export function useLinkParams(presets: CataloguePreset[]): {
  suggested: string | undefined;
  centre: CentreParams | undefined;
  withStarter: (draft: Draft) => Draft;
} {
  const [suggested, setSuggested] = useState<string | undefined>();
  const [centre, setCentre] = useState<CentreParams | undefined>();
  useLayoutEffect(() => {
    const params = new URLSearchParams(window.location.search);
    const preset = params.get('preset');
    if (preset && presets.some((p) => p.id === preset)) setSuggested(preset);
    if (['centre', 'starter', 'contact'].some((name) => params.has(name))) {
      void import('../../lib/centre-link.ts').then(({ parseCentreParams }) => {
        const found = parseCentreParams(
          window.location.search,
          presets.map((p) => p.id),
        );
        if (found.centre || found.starter || found.contact) setCentre(found);
      });
    }
  }, []);
  const withStarter = (draft: Draft): Draft =>
    centre
      ? {
          ...draft,
          starter: {
            centre: centre.centre ?? '',
            name: centre.starter ?? '',
            contact: centre.contact?.value ?? '',
            onCharter: true,
          },
        }
      : draft;
  return { suggested, centre, withStarter };
}

/**
 * The header's link to the other language keeps the step, so switching language keeps the place (the
 * draft is the same on this device in both languages).
 */
export function useLanguageLink(step: Step, started: boolean): void {
  useLayoutEffect(() => {
    const link = document.querySelector<HTMLAnchorElement>('a.lang[hreflang]');
    if (!link) return;
    const url = new URL(link.href);
    if (started && step !== 'start') url.searchParams.set('step', step);
    else url.searchParams.delete('step');
    link.href = url.toString();
  }, [step, started]);
}
