/** Which themes of the rules step are open: all closed at first, so the step is short on a phone. */
import { useState } from 'preact/hooks';
import type { Theme } from '../../schemas/rule.ts';

/** The open themes, and a way to open or close one. */
export function useOpenThemes(): {
  open: ReadonlySet<Theme | 'own'>;
  toggle: (theme: Theme | 'own', open: boolean) => void;
} {
  const [open, setOpen] = useState<ReadonlySet<Theme | 'own'>>(new Set());
  const toggle = (theme: Theme | 'own', opened: boolean) =>
    setOpen((now) => {
      const next = new Set(now);
      if (opened) next.add(theme);
      else next.delete(theme);
      return next;
    });
  return { open, toggle };
}
