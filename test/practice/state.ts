/**
 * The practice account: which step of PRACTICE_STEPS it is at, and what each request to the
 * portal's addresses gets. Pure: the server keeps one state per practice session in memory.
 *
 * Only sending the current step moves the account on, whatever was typed (any code is right):
 * a form sent again from an old tab changes nothing. Pages of steps already passed can be
 * opened again, as on the portal; a page the account has not reached yet leads to the current
 * step. Several steps share an address (the account page shows the level reached): it shows
 * the latest one reached.
 */
import { PRACTICE_STEPS, type PracticeStep } from './steps';

export interface PracticeState {
  /** Index of the current step in the step list. */
  readonly step: number;
}

export const PRACTICE_START: PracticeState = { step: 0 };

/** What a GET of a portal address answers: the page of `step`, or a redirect to it. */
export type PracticeAnswer = { readonly show: PracticeStep } | { readonly redirectTo: PracticeStep };

export function currentStep(state: PracticeState): PracticeStep {
  const step = PRACTICE_STEPS[state.step];
  if (step === undefined) throw new Error(`the practice state points past the last step: ${state.step}`);
  return step;
}

/** The state after the person sent step `stepId` (a form, a code, a link). */
export function submitStep(state: PracticeState, stepId: string): PracticeState {
  const current = currentStep(state);
  if (current.id !== stepId || current.trigger.kind === 'end') return state;
  return { step: state.step + 1 };
}

/** The answer to a GET of `host` + `path`, or undefined when no step lives there. */
export function answerFor(state: PracticeState, host: string, path: string): PracticeAnswer | undefined {
  const here = PRACTICE_STEPS.map((step, index) => ({ step, index })).filter(({ step }) => step.host === host && step.path === path);
  if (here.length === 0) return undefined;
  const reached = here.filter(({ index }) => index <= state.step).at(-1);
  return reached === undefined ? { redirectTo: currentStep(state) } : { show: reached.step };
}

/** The distinct addresses of the steps, each once, in the order of the path. */
export function stepAddresses(): readonly { readonly host: string; readonly path: string }[] {
  const seen = new Map<string, { host: string; path: string }>();
  for (const { host, path } of PRACTICE_STEPS) if (!seen.has(host + path)) seen.set(host + path, { host, path });
  return [...seen.values()];
}
