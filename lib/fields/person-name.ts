/**
 * The rules the portal applies to surname, first name and patronymic (seed 002): Russian or
 * Latin letters, digits, hyphen, space, apostrophe and dot; never both alphabets in one field.
 *
 * Letter case is kept as typed. The portal may capitalise names itself, but a name's case can
 * carry meaning («де Голль», «МакКуин», «оглы»), so this project does not guess it.
 */
import { CYRILLIC_LETTER, LATIN_LETTER, mixedAlphabetsIssue } from './alphabets';
import { textKind } from './builders';
import { error } from './define';
import type { MessageKey } from '../i18n';
import type { DetectionHints, FieldIssue } from './types';

const NAME_CHARACTER = /[А-Яа-яЁёA-Za-z0-9 '.-]/;

function nameRules(value: string): readonly FieldIssue[] {
  const mixed = mixedAlphabetsIssue(value);
  if (mixed) return [mixed];
  const hasLetter = [...value].some((character) => CYRILLIC_LETTER.test(character) || LATIN_LETTER.test(character));
  return hasLetter ? [] : [error('field_error_no_letters')];
}

/*#__NO_SIDE_EFFECTS__*/
export function personNameKind<const Id extends string>(spec: { readonly id: Id; readonly label: MessageKey; readonly detection: DetectionHints }) {
  return textKind({ ...spec, allowed: NAME_CHARACTER, rules: nameRules });
}
