import { personNameKind } from './person-name';
import { kindDetection } from './define';

export const middleNameDetection = kindDetection('middleName', {
  autocomplete: ['additional-name'],
  names: ['middlename', 'middle_name', 'middle-name', 'patronymic', 'patronymicname', 'otchestvo'],
  labels: ['отчество', 'отчество (при наличии)', 'ваше отчество', 'patronymic', 'middle name'],
  notLabels: ['отчество отсутствует', 'отчества нет'],
});

export const middleName = personNameKind({
  ...middleNameDetection,
  label: 'field_label_middleName',
});
