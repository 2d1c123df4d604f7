/**
 * A member's card as a picture to keep on a phone, drawn on this device: the
 * same `MemberCard` the sheet prints is laid out off screen, then its lines,
 * borders and words are drawn onto a canvas where the browser put them, in the
 * fonts the device already has. Nothing is fetched, and the group's words are
 * drawn as text, never read as markup. Loaded only when someone saves a card.
 */
import { render } from 'preact';
import type { MemberCard as Card } from '../../../lib/charter/cards.ts';
import { safeFileName } from '../../../lib/charter/on-demand/file-name.ts';
import { graphemes } from '../../../lib/charter/text.ts';
import { MemberCard } from './MemberCards.tsx';

/** How many pixels the picture has for each CSS pixel of the card: 1080 across for a 360 px card. */
const SCALE = 3;

type Box = { left: number; top: number };

/** Draws an element's visible borders (solid lines only: the card has no others). */
function drawBorders(ctx: CanvasRenderingContext2D, el: Element, origin: Box): void {
  const style = getComputedStyle(el);
  const r = el.getBoundingClientRect();
  const x = r.left - origin.left;
  const y = r.top - origin.top;
  const sides = [
    ['Top', x, y, r.width, 0],
    ['Bottom', x, y + r.height, r.width, 0],
    ['Left', x, y, 0, r.height],
    ['Right', x + r.width, y, 0, r.height],
  ] as const;
  for (const [side, sx, sy, w, h] of sides) {
    const width = parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`));
    if (!width || style.getPropertyValue(`border-${side.toLowerCase()}-style`) === 'none') continue;
    ctx.fillStyle = style.getPropertyValue(`border-${side.toLowerCase()}-color`);
    const inward = side === 'Bottom' || side === 'Right' ? -width : 0;
    ctx.fillRect(
      sx + (w === 0 ? inward : 0),
      sy + (h === 0 ? inward : 0),
      w === 0 ? width : w,
      h === 0 ? width : h,
    );
  }
}

/** Draws one piece of text at each place the browser laid it out (more than one when it wraps). */
function drawPiece(ctx: CanvasRenderingContext2D, node: Text, start: number, end: number, origin: Box) {
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(node, end);
  const rects = [...range.getClientRects()].filter((r) => r.width > 0);
  const text = node.data.slice(start, end);
  if (rects.length === 1) {
    const r = rects[0]!;
    const descent = ctx.measureText(text).fontBoundingBoxDescent;
    ctx.fillText(text, r.left - origin.left, r.bottom - origin.top - descent);
    return true;
  }
  return rects.length === 0;
}

/** Draws a text node word by word, and a word that wraps one character at a time. */
function drawText(ctx: CanvasRenderingContext2D, node: Text, origin: Box): void {
  const parent = node.parentElement;
  if (!parent) return;
  const style = getComputedStyle(parent);
  ctx.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
  ctx.fillStyle = style.color;
  ctx.direction = style.direction === 'rtl' ? 'rtl' : 'ltr';
  ctx.textAlign = 'left';
  ctx.textBaseline = 'alphabetic';
  for (const word of node.data.matchAll(/\S+/g)) {
    const start = word.index;
    const end = start + word[0].length;
    if (drawPiece(ctx, node, start, end, origin)) continue;
    let at = start;
    for (const g of graphemes(word[0])) {
      drawPiece(ctx, node, at, at + g.length, origin);
      at += g.length;
    }
  }
}

/** Draws a laid-out element, its borders and its text, onto a new canvas. */
function drawElement(el: HTMLElement): HTMLCanvasElement {
  const box = el.getBoundingClientRect();
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(box.width * SCALE);
  canvas.height = Math.ceil(box.height * SCALE);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw on a canvas');
  ctx.scale(SCALE, SCALE);
  ctx.fillStyle = getComputedStyle(el).backgroundColor || '#fff';
  ctx.fillRect(0, 0, box.width, box.height);
  for (const part of [el, ...el.querySelectorAll('*')]) drawBorders(ctx, part, box);
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) drawText(ctx, node as Text, box);
  return canvas;
}

/** The card as a PNG picture, with a file name from the group's name ("tirsdagsgruppa-kort.png"). */
export async function cardImage(card: Card): Promise<{ blob: Blob; fileName: string }> {
  const host = document.createElement('div');
  host.className = 'member-card-host';
  host.setAttribute('aria-hidden', 'true');
  document.body.append(host);
  try {
    render(<MemberCard card={card} image />, host);
    await document.fonts.ready;
    const el = host.firstElementChild;
    if (!(el instanceof HTMLElement)) throw new Error('The card was not laid out');
    const canvas = drawElement(el);
    const blob = await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (b) => (b ? resolve(b) : reject(new Error('The picture could not be made'))),
        'image/png',
      ),
    );
    return { blob, fileName: safeFileName(`${card.name} ${card.fileWord}`, 'png', card.fileWord) };
  } finally {
    render(null, host);
    host.remove();
  }
}
