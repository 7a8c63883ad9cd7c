import { textKind } from './builders';

/** A foreign citizen's document: series and number as printed, letters of either alphabet and digits. */
export const foreignDocumentNumber = textKind({
  id: 'foreignDocumentNumber',
  label: 'field_label_foreignDocumentNumber',
  sensitive: true,
  allowed: /[А-Яа-яЁёA-Za-z0-9 \-№]/,
  detection: {
    names: ['foreigndocumentnumber', 'foreigndocnumber', 'frgnpassportnumber', 'foreignpassportnumber'],
    labels: ['серия и номер иностранного документа', 'номер иностранного документа', 'номер документа иностранного гражданина', 'foreign document number'],
  },
});
