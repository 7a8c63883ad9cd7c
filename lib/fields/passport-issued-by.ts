import { textKind } from './builders';

/** «Кем выдан», copied from the passport: Russian letters, digits and the document's punctuation. */
export const passportIssuedBy = textKind({
  id: 'passportIssuedBy',
  label: 'field_label_passportIssuedBy',
  allowed: /[А-Яа-яЁё0-9 \-.,/()"№«»]/,
  detection: {
    names: ['rfpasportissuedby', 'rfpassportissuedby', 'passportissuedby', 'issuedby', 'issued_by', 'issuer'],
    labels: ['кем выдан', 'кем выдан паспорт', 'орган, выдавший документ', 'issued by'],
  },
});
