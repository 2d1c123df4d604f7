/**
 * The link maker on the page for centres: as staff type, it shows the builder
 * link, its QR code and links to the sheets with the same details, flags a
 * field someone has left with a value that is not accepted (next to the field
 * and in a summary), and copies the link. What to show comes from
 * `src/lib/link-maker.ts`; without this script the form still opens the builder.
 */
import { CENTRE_PARAMS, type CentreParam } from '../lib/centre-link.ts';
import { errorText, makerState } from '../lib/link-maker.ts';
import { qrSvg } from '../lib/qr.ts';

const form = document.querySelector<HTMLFormElement>('form[data-link-maker]');
if (form) linkMaker(form);

/** Wires the link maker: live link, QR code, sheet links, copy button and field errors. */
function linkMaker(form: HTMLFormElement) {
  const base = form.dataset.base ?? '/';
  const presets: string[] = JSON.parse(form.dataset.presets ?? '[]');
  const messages: Record<string, string> = JSON.parse(form.dataset.messages ?? '{}');
  const limits: Record<string, number> = JSON.parse(form.dataset.limits ?? '{}');
  const $ = <T extends Element>(selector: string) => document.querySelector<T>(selector)!;
  const result = $<HTMLElement>('[data-result]');
  const output = $<HTMLElement>('[data-output]');
  const fix = $<HTMLElement>('[data-fix]');
  const linkField = $<HTMLTextAreaElement>('#lm-link');
  const qr = $<HTMLElement>('[data-qr]');
  const sheets = {
    handout: $<HTMLAnchorElement>('[data-handout]'),
    poster: $<HTMLAnchorElement>('[data-poster]'),
  };
  const copyStatus = $<HTMLElement>('[data-copy-status]');
  const summary = $<HTMLElement>('#lm-summary');
  const summaryList = $<HTMLElement>('[data-summary-list]');
  // Errors show for a field once it has been left or the form sent, not while someone types.
  const touched = new Set<CentreParam>();
  let link = '';

  document.querySelectorAll<HTMLElement>('[data-js-only]').forEach((el) => (el.hidden = false));
  document.querySelectorAll<HTMLElement>('[data-nojs]').forEach((el) => (el.hidden = true));
  form.querySelectorAll('fieldset[disabled]').forEach((el) => el.removeAttribute('disabled'));
  result.hidden = false;
  document.querySelectorAll<HTMLElement>('[data-absolute]').forEach((el) => {
    el.textContent = location.origin + el.dataset.absolute;
  });

  const value = (name: string) => (form.elements.namedItem(name) as HTMLInputElement | null)?.value ?? '';
  const language = () =>
    form.querySelector<HTMLInputElement>('input[name="lang"]:checked')?.value === 'nb' ? 'nb' : 'en';
  const label = (name: CentreParam) =>
    form.querySelector(`label[for="lm-${name}"]`)?.textContent?.trim() ?? name;

  function update() {
    const input = {
      lang: language(),
      preset: value('preset'),
      centre: value('centre'),
      starter: value('starter'),
      contact: value('contact'),
    } as const;
    const state = makerState(input, { presets, touched, base, origin: location.origin });
    form.action = state.action;
    summaryList.replaceChildren();
    for (const name of CENTRE_PARAMS) {
      const control = form.querySelector<HTMLInputElement | HTMLSelectElement>(`#lm-${name}`);
      const note = form.querySelector<HTMLElement>(`#lm-${name}-error`);
      if (!control || !note) continue;
      const error = state.shown.find((e) => e.name === name)?.error;
      note.hidden = !error;
      note.textContent = error ? errorText(messages[error] ?? '', label(name), limits[name]) : '';
      control.setAttribute('aria-describedby', `lm-${name}-hint${error ? ` lm-${name}-error` : ''}`);
      if (!error) {
        control.removeAttribute('aria-invalid');
        continue;
      }
      control.setAttribute('aria-invalid', 'true');
      const item = document.createElement('li');
      const a = document.createElement('a');
      a.href = `#lm-${name}`;
      a.textContent = note.textContent;
      a.addEventListener('click', (event) => {
        event.preventDefault();
        control.focus();
      });
      item.append(a);
      summaryList.append(item);
    }
    const problems = state.shown.length > 0;
    summary.hidden = !problems;
    fix.hidden = !problems;
    output.hidden = problems;
    if (state.link !== link) {
      link = state.link;
      linkField.value = link;
      qr.innerHTML = qrSvg(link, { label: messages.qr ?? 'QR code' });
      sheets.handout.href = state.sheets.handout;
      sheets.poster.href = state.sheets.poster;
      copyStatus.textContent = '';
    }
    return state.errors;
  }

  const touch = (target: EventTarget | null) => {
    const name = (target as HTMLInputElement | null)?.name as CentreParam | undefined;
    if (name && (CENTRE_PARAMS as readonly string[]).includes(name)) touched.add(name);
  };
  form.addEventListener('input', () => update());
  form.addEventListener('change', (event) => {
    touch(event.target);
    update();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    CENTRE_PARAMS.forEach((name) => touched.add(name));
    const errors = update();
    if (Object.keys(errors).length > 0) summary.focus();
    else location.assign(link);
  });

  $<HTMLButtonElement>('[data-copy]').addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(link);
      copyStatus.textContent = messages.copied ?? '';
    } catch {
      // No clipboard (an old browser, or a page not served over HTTPS): select the text to copy by hand.
      linkField.focus();
      linkField.select();
      copyStatus.textContent = messages.copyFailed ?? '';
    }
  });

  // A page restored from the back/forward cache keeps what was typed; show its link again.
  addEventListener('pageshow', () => update());
  update();
}
