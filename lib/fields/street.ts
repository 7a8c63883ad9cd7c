import { PLACE_NAME_CHARACTER } from './address-characters';
import { textKind } from './builders';
import { kindDetection } from './define';

export const streetDetection = kindDetection('street', {
  autocomplete: ['address-line1'],
  names: ['street', 'streetname', 'street_name'],
  labels: ['улица', 'street'],
});

export const street = textKind({
  ...streetDetection,
  label: 'field_label_street',
  allowed: PLACE_NAME_CHARACTER,
});
