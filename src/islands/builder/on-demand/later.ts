/**
 * The parts of the builder its first step does not need: the other steps and the preview
 * (`LaterSteps`), the print area, the error summary, the wait for a charter language, the files it
 * saves, and the charter, warnings and checks they show. The island loads this with `import()` once
 * it has started (or at once, when it opens at a later step), so a first visit runs only what the
 * start step needs; the offline worker stores it with the builder. Their styles come with them: the
 * module adds them to the page as a constructed stylesheet when it loads (a CSSOM sheet, which the
 * page's Content-Security-Policy allows without a hash).
 */
import css from '../later-steps.css?inline';

if (typeof document !== 'undefined') {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

export { LaterSteps } from '../LaterSteps.tsx';
export { themeOfTarget } from '../StepRules.tsx';
export { PrintArea } from '../PrintArea.tsx';
export { ErrorSummary } from '../ErrorSummary.tsx';
export { LangWait } from '../LangWait.tsx';
export { download, saveAside } from '../files.ts';
export { buildCharter } from '../../../lib/charter/charter.ts';
export { warnings } from '../../../lib/charter/warnings.ts';
export { validate, validateStep } from '../../../lib/charter/validate.ts';
