/** "Back": one step back in the walk, on the rule screens and the end screen alike. */
import type { JSX } from 'preact';
import type { WalkAction } from '../../lib/together.ts';
import type { TogetherT } from './types.ts';

export function BackButton(props: { t: TogetherT; dispatch: (action: WalkAction) => void }): JSX.Element {
  return (
    <button
      type="button"
      class="tool-button tool-secondary"
      id="together-back"
      onClick={() => props.dispatch({ type: 'back' })}
    >
      {props.t('together.back')}
    </button>
  );
}
