import { choiceKind } from './builders';

/**
 * The identity document: an RF passport, or a foreign citizen's document. Other Russian
 * documents (a birth certificate for a child's account) are out of this helper's scope.
 */
export const docType = choiceKind({
  id: 'docType',
  label: 'field_label_docType',
  options: {
    rfPassport: {
      display: 'Паспорт гражданина Российской Федерации',
      synonyms: ['паспорт гражданина рф', 'паспорт рф', 'паспорт', 'внутренний паспорт', 'rf passport', 'russian passport'],
    },
    foreign: {
      display: 'Документ иностранного гражданина',
      synonyms: ['паспорт иностранного гражданина', 'иностранный паспорт', 'иностранный документ', 'foreign document', 'foreign passport'],
    },
  },
  detection: {
    names: ['doctype', 'doc_type', 'documenttype', 'document_type', 'iddoctype', 'iddocument'],
    labels: ['документ, удостоверяющий личность', 'документ удостоверяющий личность', 'тип документа', 'вид документа', 'документ', 'identity document', 'document type'],
    notLabels: ['документ об образовании'],
  },
});
