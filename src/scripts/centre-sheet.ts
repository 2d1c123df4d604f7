/**
 * The handout's and the poster's script: with a centre link's details in the
 * address, it redraws every QR code for the builder link with those details,
 * prints the builder's address with the preset and centre, and writes the
 * centre's name and the contact on their lines. Without details it still
 * draws the codes and the address for this copy's own address. What to show
 * comes from `sheetDetails` in `src/lib/link-maker.ts`; values are set as
 * text, never as markup.
 */
import { addressBreaks } from '../lib/centre-link.ts';
import { sheetDetails } from '../lib/link-maker.ts';
import { qrSvg } from '../lib/qr.ts';

const sheet = document.querySelector<HTMLElement>('[data-centre-sheet]');
if (sheet) {
  const details = sheetDetails(location.search, {
    presets: JSON.parse(sheet.dataset.presets ?? '[]'),
    base: sheet.dataset.base ?? '/',
    lang: sheet.dataset.lang === 'nb' ? 'nb' : 'en',
    origin: location.origin,
  });
  // Every code on the sheet is the same link (the poster has six): encoded once.
  const qr = qrSvg(details.link, { label: sheet.dataset.label ?? 'QR code' });
  sheet.querySelectorAll<HTMLElement>('[data-qr]').forEach((box) => {
    box.innerHTML = qr;
  });
  // The address may break after a / ? or &, never inside a word. A long one is set smaller; strips
  // print the short address (the QR code has the details).
  sheet.querySelectorAll<HTMLElement>('[data-address]').forEach((el) => {
    const address = el.dataset.address === 'short' ? details.shortAddress : details.address;
    el.replaceChildren(...addressBreaks(address).flatMap((part) => [part, document.createElement('wbr')]));
    el.classList.toggle('long', address.length > 60);
    el.hidden = false;
  });
  sheet.querySelectorAll<HTMLElement>('[data-scan]').forEach((el) => {
    el.textContent = el.dataset.scan ?? '';
    el.classList.remove('no-address');
  });
  const fillLine = (name: string, value: string | undefined) => {
    if (!value) return;
    sheet.querySelectorAll<HTMLElement>(`[data-write-in="${name}"] [data-line]`).forEach((line) => {
      line.textContent = value;
      line.classList.add('filled');
      line.classList.toggle('long', value.length > 50);
      line.removeAttribute('aria-hidden');
    });
  };
  fillLine('centre', details.centre);
  fillLine('contact', details.contact);
}
