import { PLACE_NAME_CHARACTER } from './address-characters';
import { textKind } from './builders';

export const street = textKind({
  id: 'street',
  label: 'field_label_street',
  allowed: PLACE_NAME_CHARACTER,
  detection: {
    autocomplete: ['address-line1'],
    names: ['street', 'streetname', 'street_name'],
    labels: ['улица', 'street'],
  },
});
