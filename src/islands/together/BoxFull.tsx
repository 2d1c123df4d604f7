/**
 * Said under a box for a rule's words once it holds as much as the builder's hard cap allows: the
 * browser stops the typing or pasting there, and this says why.
 */
import type { JSX } from 'preact';
import type { TogetherT } from './types.ts';

/** "This box is full", tied to its box by `id` (`aria-describedby`). */
export function BoxFull({ id, t }: { id: string; t: TogetherT }): JSX.Element {
  return (
    <p class="tool-hint" id={id} role="status">
      {t('together.full')}
    </p>
  );
}
