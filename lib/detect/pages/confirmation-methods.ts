import type { PageKind } from './types';

/** The ways to confirm identity (raises the account to «подтверждённая»). */
export const confirmationMethodsPage: PageKind = {
  id: 'confirmation-methods',
  role: 'status',
  signals: {
    texts: {
      'обратиться лично': 0.6,
      'получить код подтверждения письмом': 0.5,
      'с помощью электронной подписи': 0.5,
    },
    headings: { 'способы подтверждения личности': 0.6, 'подтверждение личности': 0.4 },
    // The letter's address form repeats the method's name in its heading.
    actions: { 'доставить': -0.6 },
  },
};
