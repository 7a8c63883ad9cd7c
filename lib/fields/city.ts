import { PLACE_NAME_CHARACTER } from './address-characters';
import { textKind } from './builders';
import { kindDetection } from './define';

export const cityDetection = kindDetection('city', {
  autocomplete: ['address-level2'],
  names: ['city', 'cityname', 'town', 'locality', 'settlement', 'place'],
  labels: ['город', 'населенный пункт', 'город или населенный пункт', 'город / населенный пункт', 'city', 'town'],
});

export const city = textKind({
  ...cityDetection,
  label: 'field_label_city',
  allowed: PLACE_NAME_CHARACTER,
});
