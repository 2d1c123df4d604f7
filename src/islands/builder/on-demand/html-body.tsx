/**
 * The charter's `.html` file body: the same `CharterDocument` as the print
 * copy, rendered to a string (with the theme pictures, which the easy-read
 * layout shows), with its stylesheet. Loaded only when someone downloads the
 * `.html` file.
 */
import { renderToString } from 'preact-render-to-string';
import type { Charter } from '../../../lib/charter/charter.ts';
import { CharterDocument } from '../../../components/charter/CharterDocument.tsx';
import { ThemePicture } from '../../../components/charter/on-demand/ThemePicture.tsx';
import { Pictures } from '../../../components/charter/pictures.ts';
import css from '../../../components/charter/charter-document.css?raw';

/** The rendered charter and its stylesheet. */
export function renderCharter(charter: Charter): { body: string; css: string } {
  return {
    body: renderToString(
      <Pictures.Provider value={ThemePicture}>
        <CharterDocument charter={charter} level={1} />
      </Pictures.Provider>,
    ),
    css,
  };
}
