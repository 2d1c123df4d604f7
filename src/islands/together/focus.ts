/** Moving focus to an element once the screen shows it: after the next render, not a frame later. */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';

/** Returns a function that focuses the element with this id as soon as the next render has drawn it. */
export function useFocusSoon(): (id: string) => void {
  const pending = useRef<string | null>(null);
  const [, setTick] = useState(0);
  useLayoutEffect(() => {
    const id = pending.current;
    if (!id) return;
    pending.current = null;
    document.getElementById(id)?.focus();
  });
  return (id) => {
    pending.current = id;
    setTick((n) => n + 1);
  };
}
