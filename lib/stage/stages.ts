/**
 * The stages an account passes on its way to «подтверждённая», in order. The order is what
 * "never move backwards by accident" compares, so it lives in one array.
 */
import type { MessageKey } from '../i18n';

export const STAGE_IDS = [
  'not-registered',
  'registration-started',
  'simplified',
  'verification',
  'standard',
  'confirmation-chosen',
  'confirmed',
] as const;

export type StageId = (typeof STAGE_IDS)[number];

/** How a person proves identity for the confirmed level (DOMAIN.md, seeds 000–004). */
export const CONFIRMATION_METHOD_IDS = ['in-person', 'letter', 'e-signature', 'bank'] as const;

export type ConfirmationMethod = (typeof CONFIRMATION_METHOD_IDS)[number];

export interface StageInfo {
  readonly id: StageId;
  /** The stage as a person names it («Упрощённая учётная запись»). */
  readonly label: MessageKey;
  /** What happens at this stage, in a few words. */
  readonly hint: MessageKey;
}

/** Keyed by id so that a stage without its texts is a compile error. */
const STAGE_TEXTS: Readonly<Record<StageId, Omit<StageInfo, 'id'>>> = {
  'not-registered': { label: 'ui_stage_not_registered', hint: 'ui_stage_not_registered_hint' },
  'registration-started': { label: 'ui_stage_registration_started', hint: 'ui_stage_registration_started_hint' },
  simplified: { label: 'ui_stage_simplified', hint: 'ui_stage_simplified_hint' },
  verification: { label: 'ui_stage_verification', hint: 'ui_stage_verification_hint' },
  standard: { label: 'ui_stage_standard', hint: 'ui_stage_standard_hint' },
  'confirmation-chosen': { label: 'ui_stage_confirmation_chosen', hint: 'ui_stage_confirmation_chosen_hint' },
  confirmed: { label: 'ui_stage_confirmed', hint: 'ui_stage_confirmed_hint' },
};

export function stageInfo(stage: StageId): StageInfo {
  return { id: stage, ...STAGE_TEXTS[stage] };
}

/** Every stage in order, with its texts. */
export const STAGES: readonly StageInfo[] = STAGE_IDS.map(stageInfo);

export function stageRank(stage: StageId): number {
  return STAGE_IDS.indexOf(stage);
}
