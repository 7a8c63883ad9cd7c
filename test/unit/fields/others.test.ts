import { block } from '../../../lib/fields/block';
import { citizenship } from '../../../lib/fields/citizenship';
import { city } from '../../../lib/fields/city';
import { docType } from '../../../lib/fields/doc-type';
import { email } from '../../../lib/fields/email';
import { flat } from '../../../lib/fields/flat';
import { noFlat } from '../../../lib/fields/no-flat';
import { passportIssuedBy } from '../../../lib/fields/passport-issued-by';
import { passwordChecklist, passwordRepeat, passwordsMatch, password } from '../../../lib/fields/password';
import { sex } from '../../../lib/fields/sex';
import { context, verdict } from './support';

describe('e-mail', () => {
  it.each(['ivanov@mail.ru', 'Ivan.Ivanov+gu@Yandex.RU', 'user@почта.рф', 'a@b-c.example.com'])('accepts %j', (typed) => {
    expect(verdict(email, typed)).toEqual([]);
  });

  it('folds the case of the domain only', () => {
    expect(email.normalize(' Ivan@Yandex.RU ')).toBe('Ivan@yandex.ru');
  });

  it.each(['ivanov', 'ivanov@', '@mail.ru', 'ivanov@mail', 'ivanov@mail.r', 'iva nov@mail.ru', 'ivanov@@mail.ru', 'ivanov@-mail.ru', `${'a'.repeat(250)}@mail.ru`])(
    'rejects %j',
    (typed) => {
      expect(verdict(email, typed)).toEqual(['error:field_error_email_format']);
    },
  );

  it('points at the keyboard layout when the name part has Russian letters', () => {
    expect(verdict(email, 'шмфтщм@mail.ru')).toEqual(['error:field_error_email_cyrillic']);
  });
});

describe('password', () => {
  it('accepts one that meets the checklist', () => {
    expect(verdict(password, 'Gosusl-2025')).toEqual([]);
  });

  it('reports each unmet item on its own', () => {
    expect(verdict(password, 'пар 1')).toEqual([
      'error:field_password_min_length',
      'error:field_password_lower_latin',
      'error:field_password_upper_latin',
      'error:field_password_punctuation',
      'error:field_password_no_cyrillic',
      'error:field_password_no_spaces',
    ]);
  });

  it('keeps the password exactly as typed', () => {
    expect(password.normalize(' Ab1! ')).toBe(' Ab1! ');
  });

  it('gives a live checklist', () => {
    expect(passwordChecklist('abcdefgh').map((item) => item.met)).toEqual([true, true, false, false, false, true, true]);
  });

  it('compares the repetition', () => {
    expect(passwordsMatch('Gosusl-2025', 'Gosusl-2025')).toEqual([]);
    expect(passwordsMatch('Gosusl-2025', 'Gosusl-2024').map((issue) => issue.message)).toEqual(['field_error_password_mismatch']);
    expect(passwordsMatch('Gosusl-2025', '')).toEqual([]);
    expect(verdict(passwordRepeat, 'x', { password: 'y' })).toEqual(['error:field_error_password_mismatch']);
  });
});

describe('choices and tick boxes', () => {
  it.each([
    ['Мужской', 'male'],
    ['М', 'male'],
    ['male', 'male'],
    ['Женский', 'female'],
    ['ж', 'female'],
  ])('sex: %j → %s', (typed, canonical) => {
    expect(sex.normalize(typed)).toBe(canonical);
  });

  it('shows the portal text and reads it back', () => {
    expect(sex.format('female')).toBe('Женский');
    expect(docType.format('rfPassport')).toBe('Паспорт гражданина Российской Федерации');
    expect(docType.normalize('Паспорт гражданина РФ')).toBe('rfPassport');
    expect(citizenship.normalize('Российская Федерация')).toBe('RUS');
  });

  it('keeps an unknown option so the check can reject it', () => {
    expect(sex.normalize('Другой')).toBe('Другой');
    expect(verdict(sex, 'Другой')).toEqual(['error:field_error_choice']);
  });

  it('derives detection choices from the options', () => {
    expect(sex.detection.choices?.male).toEqual(expect.arrayContaining(['мужской', 'male', 'м']));
  });

  it('reads tick boxes', () => {
    expect(noFlat.normalize('Да')).toBe('true');
    expect(noFlat.normalize('off')).toBe('false');
    expect(verdict(noFlat, 'может быть')).toEqual(['error:field_error_choice']);
  });
});

describe('issued by and address parts', () => {
  it('accepts the punctuation of a passport office', () => {
    expect(verdict(passportIssuedBy, 'ОТДЕЛОМ УФМС РОССИИ ПО ТОМСКОЙ ОБЛ. В Г. ТОМСКЕ (№ 2), «ЛЕНИНСКИЙ» Р-Н')).toEqual([]);
  });

  it('offers the Russian spelling when Latin look-alikes slipped in', () => {
    const [issue] = passportIssuedBy.check('OTДEЛOM УФМС', context());
    expect(issue).toMatchObject({ message: 'field_error_chars', fix: 'ОТДЕЛОМ УФМС' });
  });

  it('offers no fix for Latin letters without a Russian twin', () => {
    const [issue] = passportIssuedBy.check('UFMS', context());
    expect(issue).toMatchObject({ message: 'field_error_chars', params: ['U F M S'] });
    expect(issue?.fix).toBeUndefined();
  });

  it.each([
    [flat, '12', []],
    [flat, '12/3', []],
    [block, '2А', []],
    [city, 'Томск', []],
    [city, 'Tomsk', ['error:field_error_chars']],
    [flat, '12;', ['error:field_error_chars']],
  ] as const)('%#: %j → %j', (kind, typed, expected) => {
    expect(verdict(kind, typed)).toEqual(expected);
  });

  it('fixes a Latin letter in a house number', () => {
    const [issue] = block.check('2A', context());
    expect(issue?.fix).toBe('2А');
  });
});
