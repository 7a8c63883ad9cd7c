import { checkboxKind } from './builders';
import { kindDetection } from './define';

export const noFlatDetection = kindDetection('noFlat', {
  names: ['noflat', 'no_flat', 'withoutflat', 'noapartment', 'flatabsent'],
  labels: ['нет номера квартиры', 'нет квартиры', 'частный дом', 'no flat number'],
});

export const noFlat = checkboxKind({
  ...noFlatDetection,
  label: 'field_label_noFlat',
});
