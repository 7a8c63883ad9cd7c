import { BUILDING_NUMBER_CHARACTER } from './address-characters';
import { textKind } from './builders';
import { kindDetection } from './define';

/** Корпус. */
export const blockDetection = kindDetection('block', {
  names: ['block', 'korpus', 'housing', 'frame'],
  labels: ['корпус', 'корп.', 'block'],
});

export const block = textKind({
  ...blockDetection,
  label: 'field_label_block',
  allowed: BUILDING_NUMBER_CHARACTER,
});
