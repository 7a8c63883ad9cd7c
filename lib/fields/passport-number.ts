import { digitsKind } from './builders';
import { kindDetection } from './define';

export const passportNumberDetection = kindDetection('passportNumber', {
  mask: 'XXXXXX',
  names: ['rfpasportnumber', 'rfpassportnumber', 'passportnumber', 'passport_number', 'docnumber'],
  labels: ['номер', 'номер паспорта', 'passport number'],
  // «Номер» alone is the passport's on the document form; these are other numbers.
  notLabels: [
    'номер телефона', 'номер мобильного телефона', 'номер квартиры', 'номер дома', 'номер снилс', 'номер карты',
    'номер счета', 'номер документа иностранного', 'номер заявления',
  ],
});

export const passportNumber = digitsKind({
  ...passportNumberDetection,
  label: 'field_label_passportNumber',
  input: 'masked',
  sensitive: true,
});
