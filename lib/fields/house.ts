import { BUILDING_NUMBER_CHARACTER } from './address-characters';
import { textKind } from './builders';
import { kindDetection } from './define';

export const houseDetection = kindDetection('house', {
  names: ['house', 'housenumber', 'house_number', 'dom'],
  labels: ['дом', 'номер дома', 'house'],
  notLabels: ['домашний телефон', 'домашний адрес', 'домофон'],
});

export const house = textKind({
  ...houseDetection,
  label: 'field_label_house',
  allowed: BUILDING_NUMBER_CHARACTER,
});
