import { PLACE_NAME_CHARACTER } from './address-characters';
import { textKind } from './builders';

export const region = textKind({
  id: 'region',
  label: 'field_label_region',
  allowed: PLACE_NAME_CHARACTER,
  detection: {
    autocomplete: ['address-level1'],
    names: ['region', 'regionname', 'subject', 'area', 'oblast'],
    labels: ['регион', 'субъект рф', 'субъект российской федерации', 'область, край, республика', 'область', 'region'],
  },
});
