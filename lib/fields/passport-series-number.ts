import { digitsKind } from './builders';
import { kindDetection } from './define';

/**
 * «Серия и номер» in one input (the portal's personal data view and some service forms), shown
 * `6900 123456`. The profile keeps series and number apart; see lib/profile/values.ts.
 */
export const passportSeriesNumberDetection = kindDetection('passportSeriesNumber', {
  mask: 'XXXX XXXXXX',
  names: ['rfpasportseriesnumber', 'passportseriesnumber', 'seriesnumber', 'series_number', 'seriesandnumber'],
  labels: ['серия и номер', 'серия и номер паспорта', 'серия, номер', 'series and number'],
});

export const passportSeriesNumber = digitsKind({
  ...passportSeriesNumberDetection,
  label: 'field_label_passportSeriesNumber',
  input: 'masked',
  sensitive: true,
});
