import { digitsKind } from './builders';
import { kindDetection } from './define';

export const passportSeriesDetection = kindDetection('passportSeries', {
  mask: 'XXXX',
  names: ['rfpasportseries', 'rfpassportseries', 'passportseries', 'passport_series', 'docseries', 'series'],
  labels: ['серия', 'серия паспорта', 'passport series', 'series'],
  notLabels: ['серия и номер', 'серия, номер'],
});

export const passportSeries = digitsKind({
  ...passportSeriesDetection,
  label: 'field_label_passportSeries',
  input: 'masked',
  sensitive: true,
});
