/**
 * When the RF passport was issued, judged against today and the birth date:
 * - not in the future (as every date kind); not before 1997-10-01, when the current passport was introduced;
 * - not before the 14th birthday;
 * - on the 20th and the 45th birthday a passport issued before it must be replaced. The old one
 *   stays valid for 90 days after that birthday (the birthday plus 90 days is its last day): a
 *   warning in that window, an error after it.
 * A foreign document has none of these rules but the first.
 */
import { PASSPORT_AGE } from './birth-date';
import { dateKind } from './builders';
import { addDays, addYears, displayDate, isIsoDate, isoDay } from './dates';
import { error, warning, dateDetection } from './define';
import type { FieldIssue } from './types';

const CURRENT_PASSPORT_SINCE = '1997-10-01';
const REPLACEMENT_AGES = [45, 20] as const;
const GRACE_DAYS = 90;

function ageRules(issued: string, birth: string, today: string): readonly FieldIssue[] {
  const fourteenth = addYears(birth, PASSPORT_AGE);
  if (issued < fourteenth) return [error('field_error_passport_issue_before_14', [displayDate(fourteenth)])];
  const age = REPLACEMENT_AGES.find((candidate) => addYears(birth, candidate) <= today);
  if (age === undefined) return [];
  const birthday = addYears(birth, age);
  if (issued >= birthday) return [];
  const lastValidDay = addDays(birthday, GRACE_DAYS);
  return today <= lastValidDay
    ? [warning('field_warning_passport_replace', [age, displayDate(lastValidDay)])]
    : [error('field_error_passport_expired', [age, displayDate(lastValidDay)])];
}

export const passportIssueDateDetection = dateDetection('passportIssueDate', {
  names: ['rfpasportissuedate', 'rfpassportissuedate', 'passportissuedate', 'issuedate', 'issue_date', 'dateofissue', 'docissuedate'],
  labels: ['дата выдачи', 'дата выдачи паспорта', 'date of issue', 'issue date'],
});

export const passportIssueDate = dateKind({
  ...passportIssueDateDetection,
  label: 'field_label_passportIssueDate',
  rules(value, { today, related }) {
    if (related.docType === 'foreign') return [];
    if (value < CURRENT_PASSPORT_SINCE) return [error('field_error_passport_issue_before_1997')];
    const birth = related.birthDate;
    return birth !== undefined && isIsoDate(birth) ? ageRules(value, birth, isoDay(today)) : [];
  },
});
