import type { PageKind } from './types';

/** The one-time code sent by SMS or e-mail after registration or at login. */
export const codePage: PageKind = {
  id: 'code',
  role: 'form',
  signals: {
    elements: { 'esia-code-input': 0.9, 'esia-otp': 0.9 },
    // The legacy page has a single input `#code`.
    ids: { code: 0.5 },
    headings: { 'подтверждение номера телефона': 0.5, 'подтверждение почты': 0.5, 'подтверждение адреса электронной почты': 0.5 },
    texts: { 'код отправлен': 0.5, 'получить новый код': 0.4, 'отправить код повторно': 0.4, 'запросить код повторно': 0.4 },
    fields: { oneTimeCode: 0.3 },
  },
  expectedFields: ['oneTimeCode'],
};
