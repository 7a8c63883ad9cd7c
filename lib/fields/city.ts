import { PLACE_NAME_CHARACTER } from './address-characters';
import { textKind } from './builders';

export const city = textKind({
  id: 'city',
  label: 'field_label_city',
  allowed: PLACE_NAME_CHARACTER,
  detection: {
    autocomplete: ['address-level2'],
    names: ['city', 'cityname', 'town', 'locality', 'settlement', 'place'],
    labels: ['город', 'населенный пункт', 'город или населенный пункт', 'город / населенный пункт', 'city', 'town'],
  },
});
