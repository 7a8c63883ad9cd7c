import { personNameKind } from './person-name';
import { kindDetection } from './define';

export const lastNameDetection = kindDetection('lastName', {
  autocomplete: ['family-name'],
  names: ['lastname', 'last_name', 'last-name', 'surname', 'familyname', 'family_name', 'family'],
  labels: ['фамилия', 'ваша фамилия', 'last name', 'surname', 'family name'],
  notLabels: ['фамилия, имя', 'фамилия и имя', 'фамилия имя отчество', 'фамилия врача', 'фамилия получателя', 'фамилия, имя, отчество'],
});

export const lastName = personNameKind({
  ...lastNameDetection,
  label: 'field_label_lastName',
});
