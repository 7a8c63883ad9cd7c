/**
 * СНИЛС: 11 digits shown XXX-XXX-XXX XX; the last two are a check number over the first nine.
 * Numbers up to 001-001-998 were issued before the check number existed: accepted, with a warning.
 */
import { digitsKind } from './builders';
import { error, warning, kindDetection } from './define';

const LAST_UNCHECKED_NUMBER = 1_001_998;

/** The two-digit check number of the first nine digits: S = Σ dᵢ·(10−i), then S, or S mod 101, with 100 and 101 → 00. */
export function snilsControl(nineDigits: string): string {
  const sum = [...nineDigits].reduce((total, digit, index) => total + Number(digit) * (9 - index), 0);
  const control = sum < 100 ? sum : sum % 101 === 100 ? 0 : sum % 101;
  return String(control).padStart(2, '0');
}

export function isUncheckedSnils(nineDigits: string): boolean {
  return Number(nineDigits) <= LAST_UNCHECKED_NUMBER;
}

export const snilsDetection = kindDetection('snils', {
  mask: 'XXX-XXX-XXX XX',
  names: ['snils', 'snilsnumber', 'snils_number', 'insurancenumber'],
  labels: ['снилс', 'номер снилс', 'страховой номер индивидуального лицевого счета', 'страховой номер', 'snils'],
});

export const snils = digitsKind({
  ...snilsDetection,
  label: 'field_label_snils',
  input: 'masked',
  sensitive: true,
  rules(value) {
    const body = value.slice(0, 9);
    if (isUncheckedSnils(body)) return [warning('field_warning_snils_unchecked')];
    return snilsControl(body) === value.slice(9) ? [] : [error('field_error_snils_checksum')];
  },
});
