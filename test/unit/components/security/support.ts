/** Small helpers for the security components' tests. */
import axe from 'axe-core';
import { act } from 'preact/test-utils';
import type { Outcome } from '../../../../lib/store/outcome';

/** Lets the promises a click started (the action's outcome) settle, and Preact apply them. */
export function settle(): Promise<void> {
  return act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

export function button(root: ParentNode, name: string): HTMLButtonElement {
  const found = [...root.querySelectorAll('button')].find((candidate) => candidate.textContent?.trim() === name);
  if (!found) throw new Error(`no button «${name}»`);
  return found;
}

/** The text an element's aria-describedby points at. */
export function description(element: Element): string {
  const ids = element.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((id) => element.ownerDocument.getElementById(id)?.textContent ?? '').join(' ');
}

/** A callback that records its calls and answers with `outcome`. */
export function recorder<A extends unknown[]>(outcome: Outcome = { ok: true }) {
  const calls: A[] = [];
  const callback = async (...args: A): Promise<Outcome> => {
    calls.push(args);
    return outcome;
  };
  return { calls, callback };
}

/** axe's WCAG A/AA rules that need no layout, as in test/unit/components/accessibility.test.tsx. */
export async function violations(root: HTMLElement): Promise<string[]> {
  const result = await axe.run(root, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'best-practice'] },
    rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
  });
  return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.html).join(' | ')}`);
}
