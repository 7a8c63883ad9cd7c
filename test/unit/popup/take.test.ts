import { describe, expect, it } from 'vitest';
import { isTaken, takeRows, withTaken } from '../../../lib/popup/take';
import { emptyProfile, type Profile } from '../../../lib/profile';
import { completeProfile, TODAY } from '../../fixtures/profile';

const states = (rows: ReturnType<typeof takeRows>) => rows.map((row) => [row.kind, row.state]);

describe('takeRows', () => {
  it('compares each typed value with the profile: new, the same, or different', () => {
    const profile: Profile = { ...emptyProfile(), person: { lastName: 'Иванов', firstName: 'Пётр' } };
    const rows = takeRows({ lastName: 'Иванов', firstName: 'Иван', phone: '9123456789' }, profile, TODAY);
    expect(states(rows)).toEqual([
      ['lastName', 'same'],
      ['firstName', 'differs'],
      ['phone', 'new'],
    ]);
    expect(rows[1]?.current).toBe('Пётр');
    expect(rows[2]).toMatchObject({ label: 'Мобильный телефон', shown: '+7 (912) 345-67-89', path: 'contacts.phone' });
    expect(rows.map(isTaken)).toEqual([false, true, true]);
  });

  it('never takes a value the field rules reject, and says why', () => {
    const rows = takeRows({ snils: '11223344596', email: 'ivanov@' }, emptyProfile(), TODAY);
    expect(states(rows)).toEqual([
      ['snils', 'invalid'],
      ['email', 'invalid'],
    ]);
    expect(rows[0]?.issues.map((issue) => issue.message)).toContain('field_error_snils_checksum');
    expect(rows.some(isTaken)).toBe(false);
  });

  it('shows sensitive values partly hidden, here and for the value they replace', () => {
    const [row] = takeRows({ snils: '98765432183' }, completeProfile(), TODAY);
    expect(row).toMatchObject({ state: 'differs', shown: '•••-•••-••1 83', current: '•••-•••-••5 95' });
  });

  it('judges a value against the others typed with it (the issue date against the birth date)', () => {
    const rows = takeRows({ birthDate: '2000-05-01', passportIssueDate: '2010-04-01' }, emptyProfile(), TODAY);
    expect(states(rows)).toEqual([
      ['birthDate', 'new'],
      ['passportIssueDate', 'invalid'],
    ]);
  });

  it('keeps «серия и номер» typed in one input as series and number', () => {
    expect(states(takeRows({ passportSeriesNumber: '6910123456' }, emptyProfile(), TODAY))).toEqual([
      ['passportSeries', 'new'],
      ['passportNumber', 'new'],
    ]);
    expect(states(takeRows({ passportSeriesNumber: '691012345' }, emptyProfile(), TODAY))).toEqual([['passportSeriesNumber', 'invalid']]);
  });

  it('leaves out blank fields and unticked boxes', () => {
    expect(takeRows({ lastName: '', noMiddleName: 'false' }, emptyProfile(), TODAY)).toEqual([]);
  });

  it('puts address parts where the letter goes', () => {
    const apart: Profile = { ...emptyProfile(), actualSameAsRegistration: false };
    expect(takeRows({ city: 'Томск' }, apart, TODAY)[0]?.path).toBe('actualAddress.city');
    expect(takeRows({ city: 'Томск' }, emptyProfile(), TODAY)[0]?.path).toBe('registrationAddress.city');
  });
});

describe('withTaken', () => {
  it('changes only the new and different values; the rest of the profile stays', () => {
    const profile = completeProfile();
    const rows = takeRows({ lastName: 'Петров', firstName: 'Иван', snils: '11223344596', inn: '' }, profile, TODAY);
    const merged = withTaken(profile, rows);
    expect(merged).toEqual({ ...profile, person: { ...profile.person, lastName: 'Петров' } });
  });

  it('fills an empty profile', () => {
    const merged = withTaken(emptyProfile(), takeRows({ lastName: 'Иванов', phone: '89123456789', email: 'ivanov@mail.ru' }, emptyProfile(), TODAY));
    expect(merged).toEqual({ ...emptyProfile(), person: { lastName: 'Иванов' }, contacts: { phone: '9123456789', email: 'ivanov@mail.ru' } });
  });
});
