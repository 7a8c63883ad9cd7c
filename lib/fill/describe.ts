/**
 * The sentence a person reads about a field the engine did not fill as planned. Values of
 * sensitive kinds (passport, SNILS) are not repeated in the sentence: it may be read over a
 * shoulder at a public terminal.
 */
import { t, type MessageKey } from '../i18n';
import type { FillOutcome, RefusalReason } from './types';

const REFUSAL_MESSAGES: Record<RefusalReason, MessageKey> = {
  secret: 'fill_refused_secret',
  hidden: 'fill_refused_hidden',
  disabled: 'fill_refused_disabled',
  readonly: 'fill_refused_readonly',
  'unsupported-element': 'fill_refused_unsupported_element',
  'invalid-value': 'fill_refused_invalid_value',
};

/** `undefined` for a filled field: there is nothing to tell. */
export function describeOutcome(outcome: FillOutcome): string | undefined {
  const field = t(outcome.kind.label);
  switch (outcome.status) {
    case 'filled':
      return undefined;
    case 'refused':
      return t(REFUSAL_MESSAGES[outcome.reason], [field]);
    case 'mismatch':
      if (outcome.reason === 'no-matching-option') return t('fill_mismatch_no_matching_option', [field, outcome.intended]);
      if (outcome.kind.sensitive) return t('fill_mismatch_value_differs_sensitive', [field]);
      return t('fill_mismatch_value_differs', [field, outcome.readBack, outcome.intended]);
  }
}
