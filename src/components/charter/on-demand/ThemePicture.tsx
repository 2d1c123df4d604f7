/**
 * One simple picture per theme for the easy-read charter: plain shapes with
 * thick strokes in the text's colour (`currentColor`), so it prints black on
 * white and follows a dark screen. Each picture is one image with a text
 * alternative in the charter's language (`charter.picture.<theme>`); its
 * parts are not read out on their own. Loaded only for the easy-read layout.
 */
import type { JSX } from 'preact';
import type { Theme } from '../../../schemas/themes.ts';

/** The shapes of each picture, on a 48 × 48 grid. */
const SHAPES: Record<Theme, () => JSX.Element> = {
  // A padlock: what is said here stays here.
  safety: () => (
    <>
      <path d="M15 21v-6a9 9 0 0 1 18 0v6" />
      <rect x="8" y="21" width="32" height="21" rx="3" />
      <path d="M24 29v6" />
    </>
  ),
  // A speech bubble: we listen, and we speak for ourselves.
  listening: () => (
    <>
      <path d="M8 8h32a2 2 0 0 1 2 2v21a2 2 0 0 1-2 2H21l-9 8v-8H8a2 2 0 0 1-2-2V10a2 2 0 0 1 2-2z" />
      <path d="M14 17h20M14 24h13" />
    </>
  ),
  // A heart: feedback and comfort, given with care.
  feedback: () => <path d="M24 41S6 30 6 17.5A9.5 9.5 0 0 1 24 12a9.5 9.5 0 0 1 18 5.5C42 30 24 41 24 41z" />,
  // Two arrows in a circle: we take turns.
  leadership: () => (
    <>
      <path d="M38 19A15 15 0 0 0 11 14" />
      <path d="M10 6v9h9" />
      <path d="M10 29a15 15 0 0 0 27 5" />
      <path d="M38 42v-9h-9" />
    </>
  ),
  // A calendar with a tick: we come, or we say so.
  attendance: () => (
    <>
      <rect x="6" y="9" width="36" height="33" rx="3" />
      <path d="M6 18h36M15 5v8M33 5v8" />
      <path d="M16 30l5 5 11-11" />
    </>
  ),
  // A target: we keep to what the group is for.
  focus: () => (
    <>
      <circle cx="24" cy="24" r="18" />
      <circle cx="24" cy="24" r="10" />
      <circle cx="24" cy="24" r="3" fill="currentColor" />
    </>
  ),
  // A clock: when we meet, and for how long.
  meetings: () => (
    <>
      <circle cx="24" cy="24" r="18" />
      <path d="M24 13v11l7 5" />
    </>
  ),
  // A pencil: we change the rules together.
  changing: () => (
    <>
      <path d="M30 8l10 10-22 22H8V30z" />
      <path d="M25 13l10 10" />
    </>
  ),
  // A plaster: when a rule is broken, we mend it.
  broken: () => (
    <g transform="rotate(-45 24 24)">
      <rect x="3" y="16" width="42" height="16" rx="8" />
      <path d="M17 16v16M31 16v16" />
    </g>
  ),
};

/** A theme's picture, with its text alternative. */
export function ThemePicture({ theme, label }: { theme: Theme; label: string }): JSX.Element {
  const Shapes = SHAPES[theme];
  return (
    <svg class="charter-picture" viewBox="0 0 48 48" role="img" aria-label={label}>
      <g fill="none" stroke="currentColor" stroke-width="4" stroke-linecap="round" stroke-linejoin="round">
        <Shapes />
      </g>
    </svg>
  );
}
