import { textKind } from './builders';
import { kindDetection } from './define';

/** A foreign citizen's document: series and number as printed, letters of either alphabet and digits. */
export const foreignDocumentNumberDetection = kindDetection('foreignDocumentNumber', {
  names: ['foreigndocumentnumber', 'foreigndocnumber', 'frgnpassportnumber', 'foreignpassportnumber'],
  labels: ['серия и номер иностранного документа', 'номер иностранного документа', 'номер документа иностранного гражданина', 'foreign document number'],
});

export const foreignDocumentNumber = textKind({
  ...foreignDocumentNumberDetection,
  label: 'field_label_foreignDocumentNumber',
  sensitive: true,
  allowed: /[А-Яа-яЁёA-Za-z0-9 \-№]/,
});
