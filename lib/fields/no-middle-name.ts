import { checkboxKind } from './builders';

export const noMiddleName = checkboxKind({
  id: 'noMiddleName',
  label: 'field_label_noMiddleName',
  detection: {
    names: ['nomiddlename', 'no_middle_name', 'nopatronymic', 'withoutmiddlename', 'hasnomiddlename', 'middlenameabsent'],
    labels: ['у меня нет отчества', 'нет отчества', 'отчество отсутствует', 'отчества нет', 'без отчества', 'no patronymic', 'no middle name'],
  },
});
