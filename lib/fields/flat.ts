import { BUILDING_NUMBER_CHARACTER } from './address-characters';
import { textKind } from './builders';

/** Квартира. */
export const flat = textKind({
  id: 'flat',
  label: 'field_label_flat',
  allowed: BUILDING_NUMBER_CHARACTER,
  detection: {
    names: ['flat', 'apartment', 'apartmentnumber', 'kvartira', 'room'],
    labels: ['квартира', 'номер квартиры', 'кв.', 'apartment', 'flat'],
  },
});
