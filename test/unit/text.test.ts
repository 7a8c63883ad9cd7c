import { cleanText, digitsOf, normaliseText, toAsciiDigits } from '../../lib/text';

describe('normaliseText', () => {
  it.each([
    ['Фамилия *', 'фамилия'],
    ['  Ещё   раз: ', 'еще раз'],
    ['Дата\u00a0выдачи*:', 'дата выдачи'],
    ['Код\u200b подразделения', 'код подразделения'],
    ['\u200fСНИЛС\u202f', 'снилс'],
    ['ЁЛКА', 'елка'],
    ['', ''],
    ['*', ''],
  ])('%j → %j', (raw, expected) => {
    expect(normaliseText(raw)).toBe(expected);
  });

  it('keeps an inner star or colon', () => {
    expect(normaliseText('Время: 10:00')).toBe('время: 10:00');
  });
});

describe('cleanText', () => {
  it('keeps case and collapses every kind of space', () => {
    expect(cleanText(' Римский\u00a0 -\tКорсаков ')).toBe('Римский - Корсаков');
  });
  it('drops zero-width and direction marks', () => {
    expect(cleanText('Ив\u200dан\ufeff\u202e')).toBe('Иван');
  });
});

describe('digits', () => {
  it('maps full-width and Arabic-Indic digits to ASCII', () => {
    expect(toAsciiDigits('１２３ ٤٥٦ ۷۸۹ ٠')).toBe('123 456 789 0');
  });
  it('leaves digits of other scripts alone, so rules can reject them', () => {
    expect(toAsciiDigits('१२३')).toBe('१२३');
    expect(digitsOf('१२३')).toBe('');
  });
  it('keeps only ASCII digits, in order', () => {
    expect(digitsOf('+7 (９12) 345-67-89')).toBe('79123456789');
  });
});
