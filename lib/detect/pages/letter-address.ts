import type { PageKind } from './types';

/** The postal address for the letter with the confirmation code. */
export const letterAddressPage: PageKind = {
  id: 'letter-address',
  role: 'form',
  signals: {
    actions: { 'доставить': 0.6 },
    texts: { 'нет номера квартиры': 0.5, 'код подтверждения личности придет заказным письмом': 0.5 },
    fields: { house: 0.3, flat: 0.3, noFlat: 0.4, postalIndex: 0.3, block: 0.2, building: 0.2 },
  },
  expectedFields: ['region', 'city', 'street', 'house', 'block', 'building', 'flat', 'noFlat', 'postalIndex'],
};
