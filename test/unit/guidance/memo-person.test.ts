import { describe, expect, it } from 'vitest';
import { memoPersonDetails } from '../../../lib/guidance/memo-person';
import { emptyProfile, type Profile } from '../../../lib/profile';
import { completeProfile } from '../../fixtures/profile';

describe('memoPersonDetails', () => {
  it('gives the full name and the numbers as the portal shows them', () => {
    expect(memoPersonDetails(completeProfile())).toEqual({ name: 'Иванов Иван Иванович', passport: '6910 123456', snils: '112-233-445 95' });
  });

  it('gives the foreign document number to a foreign citizen', () => {
    const profile: Profile = { ...completeProfile(), document: { docType: 'foreign', foreignNumber: 'AB1234567' } };
    expect(memoPersonDetails(profile)?.passport).toBe('AB1234567');
  });

  it('leaves out what is not known, and gives nothing for an empty profile', () => {
    const nameOnly: Profile = { ...emptyProfile(), person: { lastName: 'Петрова', firstName: 'Анна' } };
    expect(memoPersonDetails(nameOnly)).toEqual({ name: 'Петрова Анна' });
    expect(memoPersonDetails(emptyProfile())).toBeUndefined();
  });
});
