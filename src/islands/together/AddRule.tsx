/** "Add a rule we thought of": a short form, open at any point of the walk. The rule counts as agreed. */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { canAdd, RULE_CAP, type Walk, type WalkAction } from '../../lib/together.ts';
import { BoxFull } from './BoxFull.tsx';
import type { Theme } from '../../schemas/rule.ts';
import { useFocusSoon } from './focus.ts';
import type { TogetherT } from './types.ts';

interface Props {
  t: TogetherT;
  walk: Walk;
  themes: Theme[];
  dispatch: (action: WalkAction, say?: string) => void;
}

/** The button, and the form it opens. */
export function AddRule({ t, walk, themes, dispatch }: Props): JSX.Element {
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [theme, setTheme] = useState<Theme>(themes[0] ?? 'safety');
  const focus = useFocusSoon();
  if (!canAdd(walk)) return <p class="tool-hint">{t('together.addFull')}</p>;
  if (!open) {
    return (
      <div class="together-add">
        <button
          type="button"
          class="tool-button tool-secondary"
          id="together-add"
          onClick={() => {
            setOpen(true);
            focus('together-add-text');
          }}
        >
          {t('together.add')}
        </button>
      </div>
    );
  }
  const close = () => {
    setOpen(false);
    setText('');
    focus('together-add');
  };
  return (
    <form
      class="together-add together-add-form"
      aria-labelledby="together-add-heading"
      onSubmit={(event) => {
        event.preventDefault();
        if (!text.trim()) return;
        dispatch({ type: 'add', text, theme }, t('together.added'));
        close();
      }}
    >
      <h3 id="together-add-heading" class="together-sub">
        {t('together.add')}
      </h3>
      <label for="together-add-text">{t('together.addText')}</label>
      <textarea
        id="together-add-text"
        lang={walk.draft.lang}
        rows={3}
        maxLength={RULE_CAP}
        value={text}
        aria-describedby={text.length >= RULE_CAP ? 'together-add-full' : undefined}
        onInput={(e) => setText(e.currentTarget.value)}
      />
      {text.length >= RULE_CAP && <BoxFull id="together-add-full" t={t} />}
      <label for="together-add-theme">{t('together.addTheme')}</label>
      <select
        id="together-add-theme"
        value={theme}
        onChange={(e) => setTheme(e.currentTarget.value as Theme)}
      >
        {themes.map((th) => (
          <option value={th} key={th}>
            {t(`theme.${th}`)}
          </option>
        ))}
      </select>
      <div class="tool-actions">
        <button type="submit" class="tool-button" id="together-add-save">
          {t('together.addSave')}
        </button>
        <button type="button" class="tool-button tool-secondary" onClick={close}>
          {t('together.cancel')}
        </button>
      </div>
    </form>
  );
}
