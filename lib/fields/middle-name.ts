import { personNameKind } from './person-name';

export const middleName = personNameKind({
  id: 'middleName',
  label: 'field_label_middleName',
  detection: {
    autocomplete: ['additional-name'],
    names: ['middlename', 'middle_name', 'middle-name', 'patronymic', 'patronymicname', 'otchestvo'],
    labels: ['отчество', 'отчество (при наличии)', 'ваше отчество', 'patronymic', 'middle name'],
    notLabels: ['отчество отсутствует', 'отчества нет'],
  },
});
