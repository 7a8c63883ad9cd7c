import { emptyProfile, readiness } from '../../../lib/profile';
import type { Profile } from '../../../lib/profile';
import { completeProfile, TODAY } from '../../fixtures/profile';

const states = (profile: Profile) =>
  Object.fromEntries(readiness(profile, TODAY).map((level) => [level.code, { ready: level.ready, items: Object.fromEntries(level.items.map((item) => [item.id, item.state])) }]));

describe('readiness', () => {
  it('lists the three levels in order with their labels', () => {
    expect(readiness(emptyProfile(), TODAY).map((level) => [level.level, level.code, level.label])).toEqual([
      ['simplified', 'AL10', 'profile_level_simplified'],
      ['standard', 'AL15', 'profile_level_standard'],
      ['confirmed', 'AL20', 'profile_level_confirmed'],
    ]);
  });

  it('shows an empty profile as missing everything', () => {
    expect(states(emptyProfile())).toEqual({
      AL10: { ready: false, items: { lastName: 'missing', firstName: 'missing', contact: 'missing' } },
      AL15: {
        ready: false,
        items: { middleName: 'missing', sex: 'missing', birthDate: 'missing', birthPlace: 'missing', citizenship: 'missing', snils: 'missing', document: 'missing' },
      },
      AL20: { ready: false, items: { letterAddress: 'missing' } },
    });
  });

  it('is ready for every level with a complete profile', () => {
    const levels = readiness(completeProfile(), TODAY);
    expect(levels.map((level) => level.ready)).toEqual([true, true, true]);
    expect(levels.flatMap((level) => level.items).every((item) => item.state === 'done')).toBe(true);
  });

  it('is ready for the simplified level with names and an e-mail', () => {
    const profile: Profile = { ...emptyProfile(), person: { lastName: 'Иванов', firstName: 'Иван' }, contacts: { email: 'ivanov@mail.ru' } };
    expect(readiness(profile, TODAY).map((level) => level.ready)).toEqual([true, false, false]);
  });

  it('marks an invalid value with its finding and blocks its level and the ones above', () => {
    const profile = completeProfile();
    const levels = readiness({ ...profile, person: { ...profile.person, snils: '11223344596' } }, TODAY);
    const snils = levels[1]?.items.find((item) => item.id === 'snils');
    expect(snils?.state).toBe('invalid');
    expect(snils?.findings.map((finding) => finding.issue.message)).toEqual(['field_error_snils_checksum']);
    expect(levels.map((level) => level.ready)).toEqual([true, false, false]);
  });

  it('keeps a value with only a warning done, showing the warning', () => {
    const profile = completeProfile();
    const levels = readiness({ ...profile, document: { ...profile.document, departmentCode: '770001' } }, TODAY);
    const document = levels[1]?.items.find((item) => item.id === 'document');
    expect(document?.state).toBe('done');
    expect(document?.findings.map((finding) => finding.issue.severity)).toEqual(['warning']);
  });

  it('accepts «no patronymic» and «no flat number»', () => {
    const profile = completeProfile();
    const { middleName: _, ...person } = profile.person;
    const { flat: __, ...address } = profile.registrationAddress;
    const result = states({ ...profile, person: { ...person, noMiddleName: 'true' }, registrationAddress: { ...address, noFlat: 'true' } });
    expect(result.AL15?.items.middleName).toBe('done');
    expect(result.AL20?.items.letterAddress).toBe('done');
  });

  it('wants the foreign document fields for a foreign document', () => {
    const profile = completeProfile();
    expect(states({ ...profile, document: { docType: 'foreign', issueDate: '2015-01-01' } }).AL15?.items.document).toBe('missing');
    expect(states({ ...profile, document: { docType: 'foreign', foreignNumber: 'AB 1234567', issueDate: '2015-01-01' } }).AL15?.items.document).toBe('done');
  });

  it('takes the letter address from the actual address when it differs from the registration', () => {
    const profile = { ...completeProfile(), actualSameAsRegistration: false };
    expect(states(profile).AL20?.items.letterAddress).toBe('missing');
    const actualAddress = { postalIndex: '634009', region: 'Томская область', city: 'Томск', house: '5', noFlat: 'true' };
    expect(states({ ...profile, actualAddress }).AL20?.items.letterAddress).toBe('done');
  });

  it('does not let the letter address block the confirmed level (a service centre needs the passport only)', () => {
    const profile = { ...completeProfile(), registrationAddress: {} };
    const levels = readiness(profile, TODAY);
    expect(levels[2]?.items[0]).toMatchObject({ id: 'letterAddress', required: false, state: 'missing' });
    expect(levels[2]?.ready).toBe(true);
  });
});
