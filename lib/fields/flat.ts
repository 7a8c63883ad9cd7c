import { BUILDING_NUMBER_CHARACTER } from './address-characters';
import { textKind } from './builders';
import { kindDetection } from './define';

/** Квартира. */
export const flatDetection = kindDetection('flat', {
  names: ['flat', 'apartment', 'apartmentnumber', 'kvartira', 'room'],
  labels: ['квартира', 'номер квартиры', 'кв.', 'apartment', 'flat'],
});

export const flat = textKind({
  ...flatDetection,
  label: 'field_label_flat',
  allowed: BUILDING_NUMBER_CHARACTER,
});
