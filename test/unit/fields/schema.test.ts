import { fieldKind } from '../../../lib/fields';
import { fieldSchema } from '../../../lib/fields/schema';
import { setTestLocale } from '../../support/fake-i18n';

describe('fieldSchema', () => {
  it('parses to the canonical value', () => {
    expect(fieldSchema(fieldKind('phone')).parse('8 912 345-67-89')).toBe('9123456789');
  });

  it('turns errors into zod issues worded in Russian, carrying the finding and its fix', () => {
    const result = fieldSchema(fieldKind('lastName')).safeParse('Ивaнoв');
    expect(result.success).toBe(false);
    const [issue] = result.error?.issues ?? [];
    expect(issue?.message).toBe('Русские и латинские буквы смешаны в одном поле');
    expect(issue).toMatchObject({ code: 'custom', params: { fieldIssue: { message: 'field_error_mixed_alphabets', fix: 'Иванов' } } });
  });

  it('words them in English for an English browser, with substitutions', () => {
    setTestLocale('en');
    const result = fieldSchema(fieldKind('passportSeries')).safeParse('69');
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(['Digits needed: 4, entered: 2']);
  });

  it('lets warnings through', () => {
    expect(fieldSchema(fieldKind('snils')).parse('001-001-998 00')).toBe('00100199800');
  });

  it('asks for the context at every parse', () => {
    let today = new Date(2025, 0, 15);
    const schema = fieldSchema(fieldKind('birthDate'), () => ({ today, related: {} }));
    expect(schema.safeParse('01.06.2025').success).toBe(false);
    today = new Date(2025, 5, 1);
    expect(schema.safeParse('01.06.2025').success).toBe(true);
  });

  it('rejects what is not a string without throwing', () => {
    expect(fieldSchema(fieldKind('email')).safeParse(42).success).toBe(false);
  });
});
