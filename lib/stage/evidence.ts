/**
 * What seeing a portal page proves about the account, as data. Each entry is the lowest stage
 * the page can be shown at: the login page proves nothing (anyone sees it), the personal-data
 * form is behind a login (so the account is at least «упрощённая»), the confirmation-methods
 * page is offered once the data are checked, and so on. Page kind ids are lib/detect's.
 */
import type { AccountLevel, PageObservation } from './record';
import type { ConfirmationMethod, StageId } from './stages';

export interface Evidence {
  readonly stage: StageId;
  readonly method?: ConfirmationMethod;
  /**
   * `ordered`: a letter was ordered just now (the address form was submitted), so its dates
   * start now. `awaited`: a letter is on its way (the code entry page); the known order date
   * is kept, and only when none is known is the first sighting taken as the order date.
   */
  readonly letter?: 'ordered' | 'awaited';
}

/** Seeing the page, whether or not its form was sent. */
const PAGE_EVIDENCE: Readonly<Record<string, Evidence>> = {
  // The code arrives only after the registration form was sent (or at login, later still).
  code: { stage: 'registration-started' },
  password: { stage: 'registration-started' },
  'personal-data': { stage: 'simplified' },
  verification: { stage: 'verification' },
  'confirmation-methods': { stage: 'standard' },
  'letter-address': { stage: 'confirmation-chosen', method: 'letter' },
  'letter-code': { stage: 'confirmation-chosen', method: 'letter', letter: 'awaited' },
};

/** Sending the page's form proves more than seeing it. */
const SUBMITTED_PAGE_EVIDENCE: Readonly<Record<string, Evidence>> = {
  // Opening the registration form proves nothing; sending it starts the registration.
  registration: { stage: 'registration-started' },
  // The password is the last step of registration (and of recovery, for an existing account).
  password: { stage: 'simplified' },
  'letter-address': { stage: 'confirmation-chosen', method: 'letter', letter: 'ordered' },
};

const LEVEL_STAGE: Readonly<Record<AccountLevel, StageId>> = {
  AL10: 'simplified',
  AL15: 'standard',
  AL20: 'confirmed',
  AL30: 'confirmed',
};

/** Own properties only: a page id such as 'toString' must not reach Object.prototype. */
function lookUp(table: Readonly<Record<string, Evidence>>, page: string): Evidence | undefined {
  return Object.hasOwn(table, page) ? table[page] : undefined;
}

/** What the observation proves, or undefined when the page says nothing about the stage. */
export function evidenceOf(observation: PageObservation): Evidence | undefined {
  if (observation.level !== undefined) return { stage: LEVEL_STAGE[observation.level] };
  const fromSubmit = observation.submitted === true ? lookUp(SUBMITTED_PAGE_EVIDENCE, observation.page) : undefined;
  return fromSubmit ?? lookUp(PAGE_EVIDENCE, observation.page);
}
