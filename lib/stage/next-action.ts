/**
 * The one next thing to do, for the stage the account is at: a sentence and the portal page
 * where it is done.
 */
import type { PortalLinkId } from '../guidance/links';
import { calendarDaysBetween } from './calendar';
import { DAY_FORMS, type Phrase } from './phrase';
import type { StageRecord } from './record';
import type { ConfirmationMethod } from './stages';
import { letterDates, VERIFICATION_MAX_DAYS } from './timing';

export interface NextAction {
  readonly phrase: Phrase;
  readonly link: PortalLinkId;
}

function action(key: Phrase['key'], link: PortalLinkId, params: Phrase['params'] = []): NextAction {
  return { phrase: { key, params }, link };
}

function verificationAction(startedAt: number | undefined, now: number): NextAction {
  const days = startedAt === undefined ? 0 : Math.max(0, calendarDaysBetween(startedAt, now));
  if (days === 0) return action('ui_next_verification_today', 'profile');
  const elapsed = { count: days, forms: DAY_FORMS };
  if (days <= VERIFICATION_MAX_DAYS) return action('ui_next_verification_days', 'profile', [elapsed]);
  return action('ui_next_verification_overdue', 'profile', [elapsed]);
}

function letterAction(orderedAt: number | undefined, now: number): NextAction {
  if (orderedAt === undefined) return action('ui_next_letter_order', 'profile');
  const { expected, resendFrom } = letterDates(orderedAt);
  if (calendarDaysBetween(now, resendFrom) <= 0) return action('ui_next_letter_resend', 'profile', [{ date: resendFrom }]);
  if (calendarDaysBetween(now, expected) <= 0) return action('ui_next_letter_late', 'profile', [{ date: expected }, { date: resendFrom }]);
  return action('ui_next_letter_wait', 'profile', [{ date: orderedAt }, { date: expected }, { date: resendFrom }]);
}

const METHOD_ACTIONS: Readonly<Record<Exclude<ConfirmationMethod, 'letter'>, NextAction>> = {
  'in-person': action('ui_next_visit_centre', 'serviceCentres'),
  'e-signature': action('ui_next_signature', 'profile'),
  bank: action('ui_next_bank', 'help'),
};

export function nextAction(record: StageRecord, now: Date): NextAction {
  switch (record.stage) {
    case 'not-registered':
      return action('ui_next_register', 'registration');
    case 'registration-started':
      return action('ui_next_finish_registration', 'registration');
    case 'simplified':
      return action('ui_next_personal_data', 'profile');
    case 'verification':
      return verificationAction(record.verificationStartedAt, now.getTime());
    case 'standard':
      return action('ui_next_confirm_identity', 'serviceCentres');
    case 'confirmation-chosen':
      if (record.method === 'letter') return letterAction(record.letterOrderedAt, now.getTime());
      return record.method === undefined ? action('ui_next_confirm_identity', 'serviceCentres') : METHOD_ACTIONS[record.method];
    case 'confirmed':
      return action('ui_next_done', 'help');
  }
}
