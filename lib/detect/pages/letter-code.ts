import type { PageKind } from './types';

/** Entering the code from the registered letter. */
export const letterCodePage: PageKind = {
  id: 'letter-code',
  role: 'form',
  signals: {
    actions: { 'проверить': 0.5 },
    texts: { 'код подтверждения личности': 0.5, 'из письма': 0.5 },
    headings: { 'введите код': 0.2 },
    fields: { oneTimeCode: 0.2 },
  },
  expectedFields: ['oneTimeCode'],
};
