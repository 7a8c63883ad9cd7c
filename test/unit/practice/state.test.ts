/** The practice account's steps: what sending each one does, what each address answers, starting over. */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PORTAL_HOSTS } from '../../../lib/portal/hosts';
import { answerFor, currentStep, PRACTICE_START, stepAddresses, submitStep, type PracticeState } from '../../practice/state';
import { PRACTICE_STEPS, type PracticeStep } from '../../practice/steps';

// Paths, not URLs: the test environment's URL is happy-dom's, which resolves relative file URLs wrongly.
const FIXTURES_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures');
const lastIndex = PRACTICE_STEPS.length - 1;
const at = (step: number): PracticeState => ({ step });
const stepAt = (index: number): PracticeStep => {
  const step = PRACTICE_STEPS[index];
  if (step === undefined) throw new Error(`no step ${index}`);
  return step;
};
const fixtureOf = (answer: ReturnType<typeof answerFor>): string | undefined => (answer !== undefined && 'show' in answer ? answer.show.fixture : undefined);

describe('the practice path', () => {
  it('goes from the registration form to the confirmed account, through the steps DOMAIN.md lists', () => {
    expect(PRACTICE_STEPS.map((step) => step.id)).toEqual([
      'registration',
      'code',
      'password',
      'account-simplified',
      'personal-data',
      'verification',
      'account-standard',
      'confirmation-methods',
      'letter-address',
      'letter-code',
      'account-confirmed',
    ]);
    expect(PRACTICE_STEPS.filter((step) => step.level !== undefined).map((step) => step.level)).toEqual(['упрощённая', 'стандартная', 'подтверждённая']);
    expect(currentStep(PRACTICE_START).id).toBe('registration');
  });

  it('ends with the only step that has no way on, and every other step has one', () => {
    expect(PRACTICE_STEPS.map((step) => step.trigger.kind === 'end')).toEqual(PRACTICE_STEPS.map((_, index) => index === lastIndex));
  });

  it.each(PRACTICE_STEPS.slice(0, -1).map((step, index) => [step.id, index] as const))('sending «%s» moves the account to the next step', (id, index) => {
    expect(submitStep(at(index), id)).toEqual(at(index + 1));
  });

  it('stays at the confirmed account when its page is sent', () => {
    expect(submitStep(at(lastIndex), 'account-confirmed')).toEqual(at(lastIndex));
  });

  it('ignores a step that is not the current one (a form sent again from an old tab) and an unknown id', () => {
    expect(submitStep(at(3), 'registration')).toEqual(at(3));
    expect(submitStep(at(3), 'letter-code')).toEqual(at(3));
    expect(submitStep(at(3), '')).toEqual(at(3));
  });

  it('accepts any code: the step id is all a sent step carries, nothing typed is looked at', () => {
    const afterCode = submitStep(submitStep(PRACTICE_START, 'registration'), 'code');
    expect(currentStep(afterCode).id).toBe('password');
  });

  it('shows the current step at its address and leads an address not reached yet to the current step', () => {
    const code = stepAt(1);
    const letterCode = stepAt(9);
    expect(answerFor(at(1), code.host, code.path)).toEqual({ show: code });
    expect(answerFor(at(1), letterCode.host, letterCode.path)).toEqual({ redirectTo: code });
  });

  it('shows a step already passed again, as the portal does', () => {
    const registration = stepAt(0);
    expect(answerFor(at(5), registration.host, registration.path)).toEqual({ show: registration });
  });

  it('shows at the account page the level reached so far', () => {
    const { host, path } = stepAt(3);
    expect(fixtureOf(answerFor(at(2), host, path))).toBeUndefined();
    expect(fixtureOf(answerFor(at(3), host, path))).toBe('portal/account-level-simplified.html');
    expect(fixtureOf(answerFor(at(5), host, path))).toBe('portal/account-level-simplified.html');
    expect(fixtureOf(answerFor(at(6), host, path))).toBe('portal/account-level-standard.html');
    expect(fixtureOf(answerFor(at(9), host, path))).toBe('portal/account-level-standard.html');
    expect(fixtureOf(answerFor(at(lastIndex), host, path))).toBe('portal/account-level-confirmed.html');
  });

  it('answers nothing for an address of no step', () => {
    expect(answerFor(at(0), 'esia.gosuslugi.ru', '/elsewhere')).toBeUndefined();
    expect(answerFor(at(0), 'lk.gosuslugi.ru', '/login/registration')).toBeUndefined();
  });

  it('starts over from the registration form: the start state is the first step', () => {
    const confirmed = PRACTICE_STEPS.reduce((state, step) => submitStep(state, step.id), PRACTICE_START);
    expect(confirmed).toEqual(at(lastIndex));
    expect(PRACTICE_START).toEqual(at(0));
  });

  it('lists each address once, the shared account page included', () => {
    const addresses = stepAddresses().map(({ host, path }) => host + path);
    expect(addresses).toHaveLength(new Set(PRACTICE_STEPS.map(({ host, path }) => host + path)).size);
    expect(addresses.filter((address) => address === 'lk.gosuslugi.ru/settings/account')).toHaveLength(1);
  });

  it('serves only fixture pages that exist, on the genuine portal hosts', () => {
    for (const step of PRACTICE_STEPS) {
      expect(existsSync(resolve(FIXTURES_DIR, step.fixture)), step.fixture).toBe(true);
      expect(PORTAL_HOSTS.has(step.host), step.host).toBe(true);
    }
  });
});
