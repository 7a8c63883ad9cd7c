import { inn, innControl } from '../../../lib/fields/inn';
import { passportDepartmentCode } from '../../../lib/fields/passport-department-code';
import { passportNumber } from '../../../lib/fields/passport-number';
import { passportSeries } from '../../../lib/fields/passport-series';
import { passportSeriesNumber } from '../../../lib/fields/passport-series-number';
import { phone } from '../../../lib/fields/phone';
import { postalIndex } from '../../../lib/fields/postal-index';
import { verdict } from './support';

describe('mobile phone', () => {
  it.each(['8 912 345-67-89', '+7 (912) 345-67-89', '9123456789', '79123456789', '+79123456789', '8(912)3456789', '+7 912 345 67 89', '８９１２３４５６７８９'])(
    'reads %j as 9123456789',
    (typed) => {
      expect(phone.normalize(typed)).toBe('9123456789');
      expect(verdict(phone, typed)).toEqual([]);
    },
  );

  it('shows the portal mask', () => {
    expect(phone.format('9123456789')).toBe('+7 (912) 345-67-89');
  });

  it('refuses a landline', () => {
    expect(verdict(phone, '+7 (495) 123-45-67')).toEqual(['error:field_error_phone_not_mobile']);
  });

  it('counts digits', () => {
    const [issue] = phone.check(phone.normalize('912 345 67'), { today: new Date(), related: {} });
    expect(issue).toMatchObject({ message: 'field_error_digit_count', params: [10, 8] });
  });

  it('keeps letters so the check can reject them', () => {
    expect(phone.normalize('912-ABC-67-89')).toBe('912-ABC-67-89');
    expect(verdict(phone, '912-ABC-67-89')).toEqual(['error:field_error_digits_only']);
  });

  it('does not drop a leading 7 or 8 from a ten-digit number', () => {
    expect(phone.normalize('8912345678')).toBe('8912345678');
    expect(verdict(phone, '8912345678')).toEqual(['error:field_error_phone_not_mobile']);
  });
});

describe('passport series and number', () => {
  it('series: four digits', () => {
    expect(verdict(passportSeries, '69 00')).toEqual([]);
    expect(passportSeries.normalize('69 00')).toBe('6900');
    expect(verdict(passportSeries, '690')).toEqual(['error:field_error_digit_count']);
  });

  it('number: six digits', () => {
    expect(verdict(passportNumber, '123456')).toEqual([]);
    expect(verdict(passportNumber, '1234567')).toEqual(['error:field_error_digit_count']);
  });

  it('series and number in one input: shown 6900 123456', () => {
    expect(passportSeriesNumber.normalize('69 00 123456')).toBe('6900123456');
    expect(passportSeriesNumber.format('6900123456')).toBe('6900 123456');
    expect(verdict(passportSeriesNumber, '6900 12345')).toEqual(['error:field_error_digit_count']);
  });
});

describe('department code', () => {
  it('accepts six digits and shows the dash', () => {
    expect(passportDepartmentCode.normalize('700001')).toBe('700001');
    expect(passportDepartmentCode.normalize('700-001')).toBe('700001');
    expect(passportDepartmentCode.format('700001')).toBe('700-001');
  });

  it('is quiet when code and series name the same region in their two codings', () => {
    expect(verdict(passportDepartmentCode, '700-001', { passportSeries: '6910' })).toEqual([]); // Tomsk: 70 and 69
    expect(verdict(passportDepartmentCode, '770-001', { passportSeries: '4510' })).toEqual([]); // Moscow: 77 and 45
    expect(verdict(passportDepartmentCode, '780-001', { passportSeriesNumber: '4012123456' })).toEqual([]); // St Petersburg: 78 and 40
  });

  it('warns when they name different regions', () => {
    const [issue] = passportDepartmentCode.check('770001', { today: new Date(), related: { passportSeries: '6910' } });
    expect(issue).toMatchObject({ severity: 'warning', message: 'field_warning_department_region', params: ['770', '69'] });
    expect(verdict(passportDepartmentCode, '690-001', { passportSeries: '6900' })).toEqual(['warning:field_warning_department_region']); // 69 is Tver's code, 69.. Tomsk's series
  });

  it('does not judge a region the table does not pair, nor a series that is not four digits', () => {
    expect(verdict(passportDepartmentCode, '860-001', { passportSeries: '6710' })).toEqual([]);
    expect(verdict(passportDepartmentCode, '770-001', { passportSeries: '69' })).toEqual([]);
    expect(verdict(passportDepartmentCode, '770-001')).toEqual([]);
  });
});

describe('postal index', () => {
  it.each([
    ['634050', []],
    ['101000', []],
    ['734050', ['error:field_error_postal_index_first_digit']],
    ['034050', ['error:field_error_postal_index_first_digit']],
    ['63405', ['error:field_error_digit_count']],
  ])('%j → %j', (typed, expected) => {
    expect(verdict(postalIndex, typed)).toEqual(expected);
  });
});

describe('INN', () => {
  it('accepts the documented vector and computes its check digits', () => {
    expect(innControl('1234567890')).toBe('47');
    expect(verdict(inn, '123456789047')).toEqual([]);
  });

  it.each(['123456789048', '123456789037'])('rejects %j', (typed) => {
    expect(verdict(inn, typed)).toEqual(['error:field_error_inn_checksum']);
  });

  it('wants the 12 digits of a person, not the 10 of a company', () => {
    expect(verdict(inn, '7707083893')).toEqual(['error:field_error_digit_count']);
  });
});
