import { digitsKind } from './builders';

export const passportSeries = digitsKind({
  id: 'passportSeries',
  label: 'field_label_passportSeries',
  input: 'masked',
  sensitive: true,
  detection: {
    mask: 'XXXX',
    names: ['rfpasportseries', 'rfpassportseries', 'passportseries', 'passport_series', 'docseries', 'series'],
    labels: ['серия', 'серия паспорта', 'passport series', 'series'],
    notLabels: ['серия и номер', 'серия, номер'],
  },
});
