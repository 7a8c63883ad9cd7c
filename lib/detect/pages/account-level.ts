import type { PageKind } from './types';

/** The profile or account settings showing the account's level. */
export const accountLevelPage: PageKind = {
  id: 'account-level',
  role: 'status',
  signals: {
    texts: {
      'подтвержденная учетная запись': 0.6,
      'стандартная учетная запись': 0.6,
      'упрощенная учетная запись': 0.6,
      'уровень учетной записи': 0.5,
    },
    headings: { 'настройки учетной записи': 0.4 },
    paths: { '^/settings/account': 0.4, '^/profile/?$': 0.3 },
  },
  // Badge texts; equality with a short block keeps help texts («…даёт подтверждённая учётная запись») out.
  levels: {
    AL20: ['подтвержденная учетная запись', 'подтвержденная', 'учетная запись подтверждена'],
    AL15: ['стандартная учетная запись', 'стандартная'],
    AL10: ['упрощенная учетная запись', 'упрощенная'],
  },
};
