import { checkboxKind } from './builders';
import { kindDetection } from './define';

export const noMiddleNameDetection = kindDetection('noMiddleName', {
  names: ['nomiddlename', 'no_middle_name', 'nopatronymic', 'withoutmiddlename', 'hasnomiddlename', 'middlenameabsent'],
  labels: ['у меня нет отчества', 'нет отчества', 'отчество отсутствует', 'отчества нет', 'без отчества', 'no patronymic', 'no middle name'],
});

export const noMiddleName = checkboxKind({
  ...noMiddleNameDetection,
  label: 'field_label_noMiddleName',
});
