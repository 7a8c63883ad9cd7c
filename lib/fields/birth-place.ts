import { mixedAlphabetsIssue } from './alphabets';
import { textKind } from './builders';
import { kindDetection } from './define';

/** As written in the passport: letters of one alphabet, digits and the punctuation of place names. */
export const birthPlaceDetection = kindDetection('birthPlace', {
  names: ['birthplace', 'birth_place', 'placeofbirth', 'place_of_birth'],
  labels: ['место рождения', 'place of birth', 'birthplace'],
});

export const birthPlace = textKind({
  ...birthPlaceDetection,
  label: 'field_label_birthPlace',
  allowed: /[А-Яа-яЁёA-Za-z0-9 '.,\-/()"№«»]/,
  rules: (value) => {
    const mixed = mixedAlphabetsIssue(value);
    return mixed ? [mixed] : [];
  },
});
