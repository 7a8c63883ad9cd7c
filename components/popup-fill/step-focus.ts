import { useLayoutEffect, useRef } from 'preact/hooks';

/**
 * Focus for a section whose buttons are replaced by the next step's: when `step` changes (not on
 * the first render), the element behind the returned ref (the new step's heading) takes the
 * focus, so the keyboard does not fall back to the top of the popup. A layout effect: the focus
 * moves in the same frame as the step, never after the person (or a screen reader) saw it.
 */
export function useStepFocus<T extends HTMLElement>(step: string) {
  const target = useRef<T>(null);
  const first = useRef(true);
  useLayoutEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    target.current?.focus();
  }, [step]);
  return target;
}
