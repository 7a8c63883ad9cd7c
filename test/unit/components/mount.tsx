/**
 * Renders a Preact tree into happy-dom's document, the way the extension pages do, and
 * removes it after each test. Events go through preact's `act` so state updates are applied.
 */
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach } from 'vitest';

const mounted: HTMLElement[] = [];

afterEach(() => {
  for (const container of mounted.splice(0)) {
    render(null, container);
    container.remove();
  }
});

export async function mount(tree: ComponentChild): Promise<HTMLElement> {
  const container = document.createElement('div');
  document.body.append(container);
  mounted.push(container);
  await act(() => render(tree, container));
  return container;
}

/** Lets promises already under way settle (a handler awaiting its callback, a file being read). */
function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Runs a user action (click, typing) and lets Preact apply the state it changes, async handlers included. */
export async function user(action: () => void): Promise<void> {
  await act(async () => {
    action();
    await settle();
  });
}

/** Sets a form control's value as typing or choosing would, and sends the events a browser sends. */
export async function choose(control: HTMLInputElement | HTMLSelectElement, value: string): Promise<void> {
  await act(() => {
    control.value = value;
    control.dispatchEvent(new Event('input', { bubbles: true }));
    control.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

/** The label element's control, found the way assistive technology finds it: by `for`. */
export function byLabel<T extends HTMLElement>(root: ParentNode, text: string): T {
  const label = [...root.querySelectorAll('label')].find((candidate) => candidate.textContent?.trim() === text);
  if (!label) throw new Error(`no label «${text}»`);
  const control = label.htmlFor ? root.querySelector(`[id="${label.htmlFor}"]`) : null;
  if (!control) throw new Error(`label «${text}» points at nothing`);
  return control as T;
}
