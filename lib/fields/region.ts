import { PLACE_NAME_CHARACTER } from './address-characters';
import { textKind } from './builders';
import { kindDetection } from './define';

export const regionDetection = kindDetection('region', {
  autocomplete: ['address-level1'],
  names: ['region', 'regionname', 'subject', 'area', 'oblast'],
  labels: ['регион', 'субъект рф', 'субъект российской федерации', 'область, край, республика', 'область', 'region'],
});

export const region = textKind({
  ...regionDetection,
  label: 'field_label_region',
  allowed: PLACE_NAME_CHARACTER,
});
