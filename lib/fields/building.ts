import { BUILDING_NUMBER_CHARACTER } from './address-characters';
import { textKind } from './builders';
import { kindDetection } from './define';

/** Строение. */
export const buildingDetection = kindDetection('building', {
  names: ['building', 'structure', 'stroenie', 'construction'],
  labels: ['строение', 'стр.', 'building'],
});

export const building = textKind({
  ...buildingDetection,
  label: 'field_label_building',
  allowed: BUILDING_NUMBER_CHARACTER,
});
