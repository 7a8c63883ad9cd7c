import { choiceKind } from './builders';
import { choiceDetection } from './define';

/**
 * The identity document: an RF passport, or a foreign citizen's document. Other Russian
 * documents (a birth certificate for a child's account) are out of this helper's scope.
 */
const DOC_TYPE_OPTIONS = {
  rfPassport: {
    display: 'Паспорт гражданина Российской Федерации',
    synonyms: ['паспорт гражданина рф', 'паспорт рф', 'паспорт', 'внутренний паспорт', 'rf passport', 'russian passport'],
  },
  foreign: {
    display: 'Документ иностранного гражданина',
    synonyms: ['паспорт иностранного гражданина', 'иностранный паспорт', 'иностранный документ', 'foreign document', 'foreign passport'],
  },
};

export const docTypeDetection = choiceDetection('docType', DOC_TYPE_OPTIONS, {
  names: ['doctype', 'doc_type', 'documenttype', 'document_type', 'iddoctype', 'iddocument'],
  labels: ['документ, удостоверяющий личность', 'документ удостоверяющий личность', 'тип документа', 'вид документа', 'документ', 'identity document', 'document type'],
  notLabels: ['документ об образовании'],
});

export const docType = choiceKind({
  ...docTypeDetection,
  label: 'field_label_docType',
  options: DOC_TYPE_OPTIONS,
});
