import { firstName } from '../../../lib/fields/first-name';
import { lastName } from '../../../lib/fields/last-name';
import { middleName } from '../../../lib/fields/middle-name';
import { context, verdict } from './support';

describe('surname, name, patronymic', () => {
  it.each(['Иванов', 'Ёлкина', 'Римский-Корсаков', "Д'Артаньян", 'Smith', "O'Neil", 'Jean-Luc', 'Св. Николай', 'де Голль', 'Людовик 14', 'оглы'])(
    'accepts %j',
    (name) => {
      expect(verdict(lastName, name)).toEqual([]);
    },
  );

  it('cleans spaces and typographic apostrophes and dashes, and keeps the case', () => {
    expect(lastName.normalize('  Д’Артаньян ')).toBe("Д'Артаньян");
    expect(lastName.normalize('Римский–Корсаков')).toBe('Римский-Корсаков');
    expect(firstName.normalize('анна\u00a0 мария')).toBe('анна мария');
  });

  it('rejects characters outside the portal rule and lists them', () => {
    const [issue] = lastName.check('Иванов_2@', context());
    expect(issue).toMatchObject({ severity: 'error', message: 'field_error_chars', params: ['_ @'] });
  });

  it('turns Latin look-alikes inside a Russian name into Russian letters in the fix', () => {
    const typed = 'Ивaнoв'; // Latin a and o
    const [issue] = lastName.check(lastName.normalize(typed), context());
    expect(issue).toMatchObject({ severity: 'error', message: 'field_error_mixed_alphabets', fix: 'Иванов' });
    expect(lastName.check(issue?.fix ?? '', context())).toEqual([]);
  });

  it('fixes capitals too (a Latin C, P, T, H, M, K, B in a Russian word)', () => {
    const [issue] = middleName.check('CТEПAHOBИЧ', context()); // Latin C, E, A, H, O, B
    expect(issue?.fix).toBe('СТЕПАНОВИЧ');
  });

  it('turns Russian look-alikes inside a mostly Latin name into Latin letters', () => {
    const [issue] = firstName.check('Jоhn Sсott', context()); // Cyrillic о and с
    expect(issue).toMatchObject({ message: 'field_error_mixed_alphabets', fix: 'John Scott' });
  });

  it('offers no fix when a mixed name cannot be made one alphabet', () => {
    const [issue] = lastName.check('Иванов Smith', context());
    expect(issue?.message).toBe('field_error_mixed_alphabets');
    expect(issue?.fix).toBeUndefined();
  });

  it('needs at least one letter', () => {
    expect(verdict(firstName, "- . '")).toEqual(['error:field_error_no_letters']);
  });

  it('has nothing to say about an empty value', () => {
    expect(verdict(lastName, '   ')).toEqual([]);
  });
});
