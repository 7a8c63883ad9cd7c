import { BUILDING_NUMBER_CHARACTER } from './address-characters';
import { textKind } from './builders';

/** Строение. */
export const building = textKind({
  id: 'building',
  label: 'field_label_building',
  allowed: BUILDING_NUMBER_CHARACTER,
  detection: {
    names: ['building', 'structure', 'stroenie', 'construction'],
    labels: ['строение', 'стр.', 'building'],
  },
});
