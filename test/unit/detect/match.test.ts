import { describe, expect, it } from 'vitest';
import { maskShape, matchesStem, matchText } from '../../../lib/detect/match';
import { normaliseText } from '../../../lib/text';

describe('label normalisation, as detection compares texts', () => {
  it.each([
    ['Фамилия *:', 'фамилия'],
    ['  Отчество\u00A0(при\u00A0наличии) ', 'отчество (при наличии)'],
    ['Учётная запись', 'учетная запись'],
    ['ПОДТВЕРЖДЁННАЯ', 'подтвержденная'],
    ['Имя\u200B', 'имя'],
    ['Дата\n\t рождения', 'дата рождения'],
  ])('%j → %j', (raw, normalised) => {
    expect(normaliseText(raw)).toBe(normalised);
  });
});

describe('matchText', () => {
  it.each([
    ['фамилия', 'фамилия', 'equal'],
    ['фамилия (как в паспорте)', 'фамилия', 'qualified'],
    ['телефон, на который придет код', 'телефон', 'qualified'],
    ['номер полиса', 'номер', 'prefix'],
    ['фамилия при рождении', 'фамилия', 'prefix'],
    ['имени', 'имя', null],
    ['номером', 'номер', null],
    ['пол', 'полис', null],
    ['фамилия', '', null],
  ] as const)('%j against %j: %s', (text, hint, expected) => {
    expect(matchText(text, hint)).toBe(expected);
  });

  it('vetoes by stem, inside words too', () => {
    expect(matchesStem('пользователь', 'пользовател')).toBe(true);
    expect(matchesStem('пол', 'пользовател')).toBe(false);
    expect(matchesStem('что угодно', '')).toBe(false);
  });
});

describe('maskShape', () => {
  it.each([
    ['+7 (___) ___-__-__', '+X (XXX) XXX-XX-XX'],
    ['+7 (XXX) XXX-XX-XX', '+X (XXX) XXX-XX-XX'],
    ['___-___-___ __', 'XXX-XXX-XXX XX'],
    ['дд.мм.гггг', 'XX.XX.XXXX'],
    ['____', 'XXXX'],
    ['000-000', 'XXX-XXX'],
  ])('%j has the shape %j', (text, shape) => {
    expect(maskShape(text)).toBe(shape);
  });

  it.each(['Фамилия', 'Дом', '', '   ', '()-'])('%j is no mask', (text) => {
    expect(maskShape(text)).toBeNull();
  });
});
