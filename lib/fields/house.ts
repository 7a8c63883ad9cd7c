import { BUILDING_NUMBER_CHARACTER } from './address-characters';
import { textKind } from './builders';

export const house = textKind({
  id: 'house',
  label: 'field_label_house',
  allowed: BUILDING_NUMBER_CHARACTER,
  detection: {
    names: ['house', 'housenumber', 'house_number', 'dom'],
    labels: ['дом', 'номер дома', 'house'],
    notLabels: ['домашний телефон', 'домашний адрес', 'домофон'],
  },
});
