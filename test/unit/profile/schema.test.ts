import { emptyProfile, profileSchema, storedProfileSchema } from '../../../lib/profile';
import { setTestLocale } from '../../support/fake-i18n';
import { completeProfile, TODAY } from '../../fixtures/profile';

describe('the stored profile', () => {
  it('reads a versioned profile and fills missing groups', () => {
    const stored = storedProfileSchema.parse({ version: 1, profile: { person: { lastName: 'Иванов' } } });
    expect(stored.profile).toEqual({ ...emptyProfile(), person: { lastName: 'Иванов' } });
  });

  it('normalises values on the way in', () => {
    const stored = storedProfileSchema.parse({ version: 1, profile: { contacts: { phone: '8 (912) 345-67-89' }, person: { snils: '112-233-445 95' } } });
    expect(stored.profile.contacts.phone).toBe('9123456789');
    expect(stored.profile.person.snils).toBe('11223344595');
  });

  it('loads a profile whose values the rules reject, so nothing typed is lost', () => {
    const stored = storedProfileSchema.safeParse({ version: 1, profile: { person: { snils: '112-233-445 96', birthDate: 'вчера' } } });
    expect(stored.success).toBe(true);
    expect(stored.data?.profile.person).toEqual({ snils: '11223344596', birthDate: 'вчера' });
  });

  it.each([
    ['another version', { version: 2, profile: {} }],
    ['no version', { profile: {} }],
    ['a number for a value', { version: 1, profile: { person: { lastName: 5 } } }],
    ['not an object', 'profile'],
    ['nothing', undefined],
  ])('refuses %s without throwing', (_, input) => {
    expect(storedProfileSchema.safeParse(input).success).toBe(false);
  });
});

describe('profileSchema', () => {
  it('accepts a complete profile', () => {
    expect(profileSchema(TODAY).safeParse(completeProfile()).success).toBe(true);
  });

  it('accepts a half-filled one: completeness is a warning, not an error', () => {
    expect(profileSchema(TODAY).safeParse({ person: { lastName: 'Иванов' } }).success).toBe(true);
  });

  it('places each error at its value, worded for the person', () => {
    const profile = completeProfile();
    const result = profileSchema(TODAY).safeParse({ ...profile, person: { ...profile.person, snils: '11223344596' }, document: { ...profile.document, issueDate: '2000-01-01' } });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['person.snils', 'Контрольное число СНИЛС не сходится — проверьте цифры'],
      ['document.issueDate', 'Паспорт не мог быть выдан раньше 14-летия (15.03.2004)'],
    ]);
  });

  it('speaks English in an English browser', () => {
    setTestLocale('en');
    const profile = completeProfile();
    const result = profileSchema(TODAY).safeParse({ ...profile, person: { ...profile.person, noMiddleName: 'true' } });
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(['A patronymic is given and «No patronymic» is ticked — keep one of them']);
  });
});
