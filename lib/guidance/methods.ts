/**
 * The ways to confirm identity and raise the account to «подтверждённая» (seeds 000–004,
 * DOMAIN.md): where, what each needs and how long it takes.
 */
import type { MessageKey } from '../i18n';
import { CONFIRMATION_METHOD_IDS, type ConfirmationMethod } from '../stage/stages';

export interface ConfirmationMethodGuide {
  readonly id: ConfirmationMethod;
  /** The method as a person names it («Лично в центре обслуживания»). */
  readonly title: MessageKey;
  /** Where or how it is done. */
  readonly where: MessageKey;
  /** What to have with you. */
  readonly needs: MessageKey;
  /** How long it takes. */
  readonly duration: MessageKey;
}

const GUIDES: Readonly<Record<ConfirmationMethod, Omit<ConfirmationMethodGuide, 'id'>>> = {
  'in-person': {
    title: 'ui_method_in_person',
    where: 'ui_method_in_person_where',
    needs: 'ui_method_in_person_needs',
    duration: 'ui_method_in_person_duration',
  },
  letter: {
    title: 'ui_method_letter',
    where: 'ui_method_letter_where',
    needs: 'ui_method_letter_needs',
    duration: 'ui_method_letter_duration',
  },
  'e-signature': {
    title: 'ui_method_signature',
    where: 'ui_method_signature_where',
    needs: 'ui_method_signature_needs',
    duration: 'ui_method_signature_duration',
  },
  bank: {
    title: 'ui_method_bank',
    where: 'ui_method_bank_where',
    needs: 'ui_method_bank_needs',
    duration: 'ui_method_bank_duration',
  },
};

export function methodGuide(method: ConfirmationMethod): ConfirmationMethodGuide {
  return { id: method, ...GUIDES[method] };
}

/** Every method, the quickest and most common first. */
export const CONFIRMATION_METHODS: readonly ConfirmationMethodGuide[] = CONFIRMATION_METHOD_IDS.map(methodGuide);

/** What to take to a service centre (seed 003, DOMAIN.md). */
export const WHAT_TO_BRING: readonly MessageKey[] = ['ui_bring_passport', 'ui_bring_snils', 'ui_bring_contact'];
