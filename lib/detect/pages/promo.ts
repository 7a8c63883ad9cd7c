import type { PageKind } from './types';

/** The messenger promo shown after login; the person may skip it («Пропустить»). */
export const promoPage: PageKind = {
  id: 'promo',
  role: 'interstitial',
  signals: {
    elements: { 'esia-max-quiz': 0.95 },
    actions: { 'пропустить': 0.3 },
  },
};
