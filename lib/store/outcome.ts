/** What a security action tells the page: done, or why not, in words for the person. */
import type { MessageKey } from '../i18n';

export type Outcome = { readonly ok: true } | { readonly ok: false; readonly message: MessageKey };

export const DONE: Outcome = { ok: true };

export function failed(message: MessageKey): Outcome {
  return { ok: false, message };
}

/** Every step was tried; the first failure is the one reported. */
export function firstFailure(outcomes: readonly Outcome[]): Outcome {
  return outcomes.find((outcome) => !outcome.ok) ?? DONE;
}
