import { emptyProfile, profileIssues } from '../../../lib/profile';
import type { Profile } from '../../../lib/profile';
import { completeProfile, TODAY } from '../../fixtures/profile';

const summary = (profile: Profile, today = TODAY) => profileIssues(profile, today).map(({ path, issue }) => `${path} ${issue.severity}:${issue.message}`);

describe('profileIssues', () => {
  it('finds nothing in a complete, valid profile', () => {
    expect(summary(completeProfile())).toEqual([]);
  });

  it('asks for a phone or an e-mail, even in an empty profile', () => {
    expect(summary(emptyProfile())).toEqual(['contacts.phone warning:profile_warning_contact_missing']);
    const profile = completeProfile();
    expect(summary({ ...profile, contacts: { email: 'ivanov@mail.ru' } })).toEqual([]);
  });

  it('asks for a patronymic or «none» once a name is given', () => {
    const profile = completeProfile();
    const { middleName: _, ...person } = profile.person;
    expect(summary({ ...profile, person })).toEqual(['person.middleName warning:profile_warning_middle_name_missing']);
    expect(summary({ ...profile, person: { ...person, noMiddleName: 'true' } })).toEqual([]);
    expect(summary({ ...profile, person: { ...person, noMiddleName: 'false' } })).toEqual(['person.middleName warning:profile_warning_middle_name_missing']);
  });

  it('refuses a patronymic together with «none», and a flat together with «no flat»', () => {
    const profile = completeProfile();
    expect(
      summary({
        ...profile,
        person: { ...profile.person, noMiddleName: 'true' },
        actualAddress: { flat: '5', noFlat: 'true' },
      }),
    ).toEqual(['person.middleName error:profile_error_middle_name_and_none', 'actualAddress.flat error:profile_error_flat_and_no_flat']);
  });

  it('judges the issue date against the birth date', () => {
    const profile = completeProfile();
    // Born 1990-03-15: the passport of 2009 (at 19) expired after the 20th birthday.
    expect(summary({ ...profile, document: { ...profile.document, issueDate: '2009-06-01' } })).toEqual([
      'document.issueDate error:field_error_passport_expired',
    ]);
  });

  it('checks the department code against the series', () => {
    const profile = completeProfile();
    expect(summary({ ...profile, document: { ...profile.document, departmentCode: '770001' } })).toEqual([
      'document.departmentCode warning:field_warning_department_region',
    ]);
  });

  it('checks the birth date for a passport holder', () => {
    const profile = completeProfile();
    expect(summary({ ...profile, person: { ...profile.person, birthDate: '2015-01-01' } })).toEqual([
      'person.birthDate error:field_error_birth_date_under_14',
      'document.issueDate error:field_error_passport_issue_before_14',
    ]);
  });

  it('skips the passport rules for a foreign document', () => {
    const profile = completeProfile();
    expect(summary({ ...profile, document: { docType: 'foreign', foreignNumber: 'AB 1234567', issueDate: '1995-01-01' } })).toEqual([]);
  });

  it('reports every value that breaks its own rule', () => {
    const profile = completeProfile();
    expect(summary({ ...profile, contacts: { phone: '4951234567', email: 'ivanov' }, registrationAddress: { postalIndex: '934050' } })).toEqual([
      'contacts.phone error:field_error_phone_not_mobile',
      'contacts.email error:field_error_email_format',
      'registrationAddress.postalIndex error:field_error_postal_index_first_digit',
    ]);
  });
});
