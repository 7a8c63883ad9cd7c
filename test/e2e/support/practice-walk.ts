/**
 * A person going through the practice portal's registration path (test/practice) in a browser:
 * on each step, what they type or let the helper fill, then what they press to go on. Where the
 * portal asks for a code or a password, any will do; the rest comes from the seeded profile
 * through the helper's panel, or is typed by hand as before the profile is used.
 */
import { PRACTICE_BANNER, PRACTICE_STEPS, type PracticeStep } from '../../practice/steps';
import type { RecordedRequest } from './replica-server';
import { fillFromPanel } from './overlay';
import type { E2EPage } from './page';

type Typed = readonly (readonly [selector: string, text: string])[];

const CODE_CELL = (index: number): string => `code-input span:nth-child(${index}) input`;

/** What the person puts into each step's page before going on; steps left out need nothing. */
const INPUT: Readonly<Record<string, Typed | 'helper panel'>> = {
  registration: [['#lastName', 'Иванов'], ['#firstName', 'Иван'], ['#phone', '9123456789'], ['#email', 'ivanov@mail.ru']],
  code: [...'123456'].map((digit, index) => [CODE_CELL(index + 1), digit] as const),
  password: [['#password', 'Qwerty!2345'], ['#passwordRepeat', 'Qwerty!2345']],
  'personal-data': 'helper panel',
  'letter-address': 'helper panel',
  'letter-code': [['#letter-code', 'AB12CD34']],
};

/** The selector of the step's banner, present once the step's page is shown. */
export function bannerOf(step: PracticeStep): string {
  return `${PRACTICE_BANNER.tag}[${PRACTICE_BANNER.stepAttribute}="${step.id}"]`;
}

/** Presses what moves the step on; a code sends itself with its last digit, a check ends by itself. */
async function goOn(page: E2EPage, step: PracticeStep): Promise<void> {
  const { trigger } = step;
  if (trigger.kind === 'form') await page.click(`${trigger.selector} button[type="submit"]`);
  else if (trigger.kind === 'link') await page.click(trigger.selector);
  else if (trigger.kind === 'button') await page.click(`${PRACTICE_BANNER.tag} button[${PRACTICE_BANNER.nextAttribute}]`);
}

/**
 * Walks the whole path, from the registration form (`page` shows it or is on its way to it) to
 * the confirmed account; waits on each step until its page is shown, so a step not reached fails
 * there, with the page it stuck on. `onStep` runs as each page is reached.
 */
export async function walkPracticePath(page: E2EPage, onStep: (step: PracticeStep) => Promise<void> = async () => undefined): Promise<void> {
  for (const step of PRACTICE_STEPS) {
    await page.waitForSelector(bannerOf(step));
    await onStep(step);
    const input = INPUT[step.id];
    if (input === 'helper panel') await fillFromPanel(page);
    else for (const [selector, text] of input ?? []) await page.type(selector, text);
    await goOn(page, step);
  }
}

/**
 * The requests a walk makes, in order: each step's page, and for each step but the last the
 * POST that moves it on (it carries the step's id only; the server redirects to the next page).
 */
export function practiceWalkRequests(): RecordedRequest[] {
  return PRACTICE_STEPS.flatMap(({ host, path, trigger }) => [
    { scheme: 'https' as const, method: 'GET', host, path },
    ...(trigger.kind === 'end' ? [] : [{ scheme: 'https' as const, method: 'POST', host, path }]),
  ]);
}

