import { addYears, isoDay } from './dates';
import { dateKind } from './builders';
import { error, dateDetection } from './define';

const EARLIEST_BIRTH_DATE = '1900-01-01';
/** The age from which an RF passport is issued. */
export const PASSPORT_AGE = 14;

export const birthDateDetection = dateDetection('birthDate', {
  autocomplete: ['bday'],
  names: ['birthdate', 'birth_date', 'birthday', 'dateofbirth', 'date_of_birth', 'dob', 'bday'],
  labels: ['дата рождения', 'date of birth', 'birth date', 'birthday'],
});

export const birthDate = dateKind({
  ...birthDateDetection,
  label: 'field_label_birthDate',
  rules(value, { today, related }) {
    if (value < EARLIEST_BIRTH_DATE) return [error('field_error_birth_date_too_early')];
    const tooYoungForPassport = related.docType === 'rfPassport' && addYears(value, PASSPORT_AGE) > isoDay(today);
    return tooYoungForPassport ? [error('field_error_birth_date_under_14')] : [];
  },
});
