/**
 * How long the portal's steps take (seed 004, DOMAIN.md): the automatic check of personal data
 * takes minutes, up to 5 days; a letter with the code arrives in about two weeks, and a new
 * code may be ordered no sooner than 30 days after the last one.
 */
import { addCalendarDays } from './calendar';

export const VERIFICATION_MAX_DAYS = 5;
export const LETTER_DELIVERY_DAYS = 14;
export const LETTER_RESEND_DAYS = 30;

export interface LetterDates {
  /** When the letter should have arrived. */
  readonly expected: number;
  /** The first day a new code may be ordered. */
  readonly resendFrom: number;
}

export function letterDates(orderedAt: number): LetterDates {
  return {
    expected: addCalendarDays(orderedAt, LETTER_DELIVERY_DAYS),
    resendFrom: addCalendarDays(orderedAt, LETTER_RESEND_DAYS),
  };
}
