import { digitsKind } from './builders';
import { error, kindDetection } from './define';

/** A Russian postal code: six digits, the first (the postal zone) from 1 to 6. */
export const postalIndexDetection = kindDetection('postalIndex', {
  mask: 'XXXXXX',
  autocomplete: ['postal-code'],
  names: ['index', 'postalindex', 'postindex', 'postalcode', 'postal_code', 'zip', 'zipcode'],
  labels: ['индекс', 'почтовый индекс', 'postal code', 'zip code'],
});

export const postalIndex = digitsKind({
  ...postalIndexDetection,
  label: 'field_label_postalIndex',
  input: 'text',
  rules: (value) => (/^[1-6]/.test(value) ? [] : [error('field_error_postal_index_first_digit')]),
});
