import type { PageKind } from './types';

/** Personal data and the identity document, checked by СФР and МВД (raises the account to «стандартная»). */
export const personalDataPage: PageKind = {
  id: 'personal-data',
  role: 'form',
  signals: {
    names: { rfpasportseries: 0.7, rfpasportnumber: 0.6, rfpasportissuedby: 0.6, rfpasportissuedate: 0.5, rfpasportissuedbyid: 0.5 },
    paths: { '^/profile/personal': 0.5 },
    headings: { 'личные данные': 0.5, 'документ, удостоверяющий личность': 0.4, 'заполните личные данные': 0.6 },
    texts: { 'документ, удостоверяющий личность': 0.3 },
    // Each field says little alone: passport fields appear on other services' forms too.
    fields: {
      snils: 0.15,
      passportSeries: 0.1,
      passportNumber: 0.1,
      passportSeriesNumber: 0.1,
      passportIssueDate: 0.1,
      passportIssuedBy: 0.15,
      passportDepartmentCode: 0.1,
      birthDate: 0.1,
      birthPlace: 0.15,
      middleName: 0.1,
    },
  },
  expectedFields: [
    'lastName',
    'firstName',
    'middleName',
    'noMiddleName',
    'sex',
    'birthDate',
    'birthPlace',
    'snils',
    'citizenship',
    'docType',
    'passportSeries',
    'passportNumber',
    'passportSeriesNumber',
    'passportIssueDate',
    'passportIssuedBy',
    'passportDepartmentCode',
    'inn',
  ],
};
