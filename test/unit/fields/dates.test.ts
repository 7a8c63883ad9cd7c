import { birthDate } from '../../../lib/fields/birth-date';
import { addDays, addYears, displayDate, isoDay, parseDateInput } from '../../../lib/fields/dates';
import { passportIssueDate } from '../../../lib/fields/passport-issue-date';
import { verdict } from './support';

describe('calendar helpers', () => {
  it.each([
    ['05.03.1990', '1990-03-05'],
    ['5.3.1990', '1990-03-05'],
    ['05/03/1990', '1990-03-05'],
    ['05-03-1990', '1990-03-05'],
    ['05031990', '1990-03-05'],
    ['1990-03-05', '1990-03-05'],
    ['０５.０３.１９９０', '1990-03-05'],
    [' 29.02.2004 ', '2004-02-29'],
  ])('reads %j as %s', (typed, iso) => {
    expect(parseDateInput(typed)).toBe(iso);
  });

  it.each(['29.02.2003', '31.04.2020', '00.01.2020', '01.13.2020', '05.03.90', 'вчера', ''])('refuses %j', (typed) => {
    expect(parseDateInput(typed)).toBeUndefined();
  });

  it('adds years by the calendar; 29 February becomes 1 March in a common year', () => {
    expect(addYears('2004-02-29', 14)).toBe('2018-03-01');
    expect(addYears('2004-02-29', 20)).toBe('2024-02-29');
    expect(addYears('1990-12-31', 1)).toBe('1991-12-31');
  });

  it('adds days across months and leap days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2024-12-01', 90)).toBe('2025-03-01');
  });

  it('shows ISO as дд.мм.гггг and reads the local day', () => {
    expect(displayDate('2018-03-01')).toBe('01.03.2018');
    expect(displayDate('not a date')).toBe('not a date');
    expect(isoDay(new Date(2025, 0, 15, 23, 59))).toBe('2025-01-15');
  });
});

describe('birth date', () => {
  it('is stored as ISO and shown as дд.мм.гггг', () => {
    expect(birthDate.normalize('01.02.1980')).toBe('1980-02-01');
    expect(birthDate.format('1980-02-01')).toBe('01.02.1980');
  });

  it.each([
    ['01.02.1980', {}, []],
    ['16.01.2025', {}, ['error:field_error_date_future']],
    ['15.01.2025', {}, []],
    ['31.12.1899', {}, ['error:field_error_birth_date_too_early']],
    ['01.01.1900', {}, []],
    ['31.02.1980', {}, ['error:field_error_date_format']],
    ['16.01.2011', { docType: 'rfPassport' }, ['error:field_error_birth_date_under_14']],
    ['15.01.2011', { docType: 'rfPassport' }, []],
    ['16.01.2011', { docType: 'foreign' }, []],
  ])('%j with %j → %j', (typed, related, expected) => {
    expect(verdict(birthDate, typed, related)).toEqual(expected);
  });
});

describe('passport issue date', () => {
  const born = (iso: string) => ({ birthDate: iso });

  it.each([
    ['not in the future', '16.01.2025', {}, ['error:field_error_date_future']],
    ['not before the current passport existed', '30.09.1997', {}, ['error:field_error_passport_issue_before_1997']],
    ['from 1997-10-01', '01.10.1997', {}, []],
    ['not before the 14th birthday', '14.03.2022', born('2008-03-15'), ['error:field_error_passport_issue_before_14']],
    ['on the 14th birthday', '15.03.2022', born('2008-03-15'), []],
    ['a foreign document skips the passport rules', '01.01.1990', { docType: 'foreign', birthDate: '1960-01-01' }, []],
    ['without a birth date only the date rules apply', '01.01.2000', {}, []],
  ])('%s', (_, typed, related, expected) => {
    expect(verdict(passportIssueDate, typed, related)).toEqual(expected);
  });

  describe('replacement at 20 (born 2000-06-10; today well after the grace window)', () => {
    const related = born('2000-06-10');
    it('a passport issued on the 20th birthday is valid', () => {
      expect(verdict(passportIssueDate, '10.06.2020', related)).toEqual([]);
    });
    it('one issued the day before is no longer valid', () => {
      expect(verdict(passportIssueDate, '09.06.2020', related)).toEqual(['error:field_error_passport_expired']);
    });
  });

  describe('the 90-day grace window after the 20th birthday (born 2004-12-01, 14-year passport)', () => {
    const related = born('2004-12-01');
    const issued = '05.12.2018';
    it('warns within the window, naming the last valid day', () => {
      const [issue] = passportIssueDate.check('2018-12-05', { today: new Date(2024, 11, 1), related });
      expect(issue).toMatchObject({ severity: 'warning', message: 'field_warning_passport_replace', params: [20, '01.03.2025'] });
    });
    it('warns on the last valid day (the birthday + 90 days)', () => {
      expect(verdict(passportIssueDate, issued, related, new Date(2025, 2, 1))).toEqual(['warning:field_warning_passport_replace']);
    });
    it('is an error the day after', () => {
      expect(verdict(passportIssueDate, issued, related, new Date(2025, 2, 2))).toEqual(['error:field_error_passport_expired']);
    });
    it('is fine the day before the 20th birthday', () => {
      expect(verdict(passportIssueDate, issued, related, new Date(2024, 10, 30))).toEqual([]);
    });
  });

  describe('replacement at 45', () => {
    const related = born('1979-07-01');
    it('a passport issued at 20 expires at 45 after the window', () => {
      expect(verdict(passportIssueDate, '05.07.1999', related, new Date(2025, 0, 15))).toEqual(['error:field_error_passport_expired']);
    });
    it('within the window it is a warning naming 45', () => {
      const [issue] = passportIssueDate.check('1999-07-05', { today: new Date(2024, 7, 1), related });
      expect(issue).toMatchObject({ severity: 'warning', params: [45, '29.09.2024'] });
    });
    it('one issued after the 45th birthday is valid', () => {
      expect(verdict(passportIssueDate, '02.07.2024', related)).toEqual([]);
    });
  });

  describe('born on 29 February', () => {
    const related = born('2004-02-29');
    it('the 14th birthday in a common year is 1 March', () => {
      expect(verdict(passportIssueDate, '28.02.2018', related)).toEqual(['error:field_error_passport_issue_before_14']);
      expect(verdict(passportIssueDate, '01.03.2018', related, new Date(2023, 0, 1))).toEqual([]);
    });
    it('the 20th birthday falls on a leap day: a passport issued then is valid', () => {
      expect(verdict(passportIssueDate, '29.02.2024', related)).toEqual([]);
      expect(verdict(passportIssueDate, '28.02.2024', related, new Date(2025, 0, 15))).toEqual(['error:field_error_passport_expired']);
    });
  });
});
