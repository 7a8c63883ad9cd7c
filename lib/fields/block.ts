import { BUILDING_NUMBER_CHARACTER } from './address-characters';
import { textKind } from './builders';

/** Корпус. */
export const block = textKind({
  id: 'block',
  label: 'field_label_block',
  allowed: BUILDING_NUMBER_CHARACTER,
  detection: {
    names: ['block', 'korpus', 'housing', 'frame'],
    labels: ['корпус', 'корп.', 'block'],
  },
});
