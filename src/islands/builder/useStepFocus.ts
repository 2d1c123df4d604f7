/**
 * Focus and announcements: after a step change, focus moves to the element asked for or to the step's
 * heading, and the live region says which step this is; a save is announced once a minute at most, so
 * typing is not interrupted by the screen reader.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { STEPS, type Step } from '../../lib/charter/draft.ts';
import type { SessionState } from '../../lib/charter/session.ts';
import type { T } from './context.ts';
import { formatTime } from './format-time.ts';

/** The live region's text, the heading to focus, and what to do when the step changes. */
export function useStepFocus(t: T) {
  const [announcement, setAnnouncement] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The element to focus after the next render: an id, or 'step-heading'.
  const pendingFocus = useRef<string | null>(null);

  const onStep = (step: Step, initial: boolean) => {
    if (!initial) pendingFocus.current ??= 'step-heading';
    const n = STEPS.indexOf(step) + 1;
    setAnnouncement(
      initial
        ? t('builder.stepOf', { n, total: STEPS.length })
        : `${t('builder.stepOf', { n, total: STEPS.length })}: ${t(`builder.step.${step}`)}`,
    );
  };

  useLayoutEffect(() => {
    const id = pendingFocus.current;
    if (!id) return;
    pendingFocus.current = null;
    const target = id === 'step-heading' ? headingRef.current : document.getElementById(id);
    (target ?? headingRef.current)?.focus();
    target?.scrollIntoView?.({ block: 'start' });
  });

  return { announcement, setAnnouncement, headingRef, pendingFocus, onStep };
}

/** The line that says when the draft was last saved; said in the live region when it changes. */
export function useSavedText(
  t: T,
  lang: 'en' | 'nb',
  save: SessionState['save'],
  announce: (text: string) => void,
): string {
  const lastSaveAnnounced = useRef('');
  const savedText = save?.ok ? t('builder.status.saved', { time: formatTime(save.at, lang, 'time') }) : '';
  useLayoutEffect(() => {
    if (savedText && savedText !== lastSaveAnnounced.current) {
      lastSaveAnnounced.current = savedText;
      announce(savedText);
    }
  }, [savedText]);
  return savedText;
}
