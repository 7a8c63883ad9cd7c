import { emptyProfile, profileFieldValues, valueAt } from '../../../lib/profile';
import { completeProfile } from '../../fixtures/profile';

describe('profileFieldValues', () => {
  it('keys values by field kind and derives series-and-number', () => {
    const values = profileFieldValues(completeProfile());
    expect(values).toMatchObject({ lastName: 'Иванов', phone: '9123456789', passportSeries: '6910', passportNumber: '123456', passportSeriesNumber: '6910123456', postalIndex: '634050' });
  });

  it('takes address values from the requested address', () => {
    const profile = { ...completeProfile(), actualAddress: { postalIndex: '634009' } };
    expect(profileFieldValues(profile).postalIndex).toBe('634050');
    expect(profileFieldValues(profile, 'actualAddress').postalIndex).toBe('634009');
    expect(profileFieldValues({ ...profile, actualSameAsRegistration: false }).postalIndex).toBe('634009');
  });

  it('leaves out empty values and derives nothing from half a passport', () => {
    const values = profileFieldValues({ ...emptyProfile(), person: { lastName: '' }, document: { series: '6910' } });
    expect(values).toEqual({ passportSeries: '6910' });
  });

  it('reads a value by its path', () => {
    expect(valueAt(completeProfile(), 'person.snils')).toBe('11223344595');
    expect(valueAt(emptyProfile(), 'actualAddress.flat')).toBeUndefined();
  });
});
