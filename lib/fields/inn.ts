/** A person's ИНН: 12 digits, the last two are check digits (weights from the tax service's algorithm). */
import { digitsKind } from './builders';
import { error, kindDetection } from './define';

const ELEVENTH_DIGIT_WEIGHTS = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
const TWELFTH_DIGIT_WEIGHTS = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8];

function checkDigit(digits: string, weights: readonly number[]): string {
  const sum = weights.reduce((total, weight, index) => total + weight * Number(digits[index]), 0);
  return String((sum % 11) % 10);
}

/** The two check digits of a personal INN's first ten digits. */
export function innControl(tenDigits: string): string {
  const eleventh = checkDigit(tenDigits, ELEVENTH_DIGIT_WEIGHTS);
  return eleventh + checkDigit(tenDigits + eleventh, TWELFTH_DIGIT_WEIGHTS);
}

export const innDetection = kindDetection('inn', {
  mask: 'XXXXXXXXXXXX',
  names: ['inn', 'innnumber', 'inn_number', 'taxpayerid'],
  labels: ['инн', 'идентификационный номер налогоплательщика', 'inn'],
});

export const inn = digitsKind({
  ...innDetection,
  label: 'field_label_inn',
  input: 'text',
  sensitive: true,
  rules: (value) => (innControl(value.slice(0, 10)) === value.slice(10) ? [] : [error('field_error_inn_checksum')]),
});
