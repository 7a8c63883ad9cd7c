import { personNameKind } from './person-name';
import { kindDetection } from './define';

export const firstNameDetection = kindDetection('firstName', {
  autocomplete: ['given-name'],
  // `name` is the first name on the portal's legacy registration form (#name).
  names: ['firstname', 'first_name', 'first-name', 'givenname', 'given_name', 'name'],
  labels: ['имя', 'ваше имя', 'first name', 'given name'],
  notLabels: ['имя пользователя', 'имя и фамилия', 'имя, отчество', 'имя файла', 'имя получателя', 'username', 'user name'],
});

export const firstName = personNameKind({
  ...firstNameDetection,
  label: 'field_label_firstName',
});
