import { textKind } from './builders';
import { kindDetection } from './define';

/** «Кем выдан», copied from the passport: Russian letters, digits and the document's punctuation. */
export const passportIssuedByDetection = kindDetection('passportIssuedBy', {
  names: ['rfpasportissuedby', 'rfpassportissuedby', 'passportissuedby', 'issuedby', 'issued_by', 'issuer'],
  labels: ['кем выдан', 'кем выдан паспорт', 'орган, выдавший документ', 'issued by'],
});

export const passportIssuedBy = textKind({
  ...passportIssuedByDetection,
  label: 'field_label_passportIssuedBy',
  allowed: /[А-Яа-яЁё0-9 \-.,/()"№«»]/,
});
