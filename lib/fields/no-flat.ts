import { checkboxKind } from './builders';

export const noFlat = checkboxKind({
  id: 'noFlat',
  label: 'field_label_noFlat',
  detection: {
    names: ['noflat', 'no_flat', 'withoutflat', 'noapartment', 'flatabsent'],
    labels: ['нет номера квартиры', 'нет квартиры', 'частный дом', 'no flat number'],
  },
});
