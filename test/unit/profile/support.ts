import { emptyProfile } from '../../../lib/profile';
import type { Profile } from '../../../lib/profile';

export const TODAY = new Date(2025, 0, 15);

/** A complete, valid profile of a Tomsk resident; tests change one thing at a time. */
export function completeProfile(): Profile {
  return {
    ...emptyProfile(),
    contacts: { phone: '9123456789', email: 'ivanov@mail.ru' },
    person: {
      lastName: 'Иванов',
      firstName: 'Иван',
      middleName: 'Иванович',
      sex: 'male',
      birthDate: '1990-03-15',
      birthPlace: 'г. Томск',
      citizenship: 'RUS',
      snils: '11223344595',
      inn: '123456789047',
    },
    document: {
      docType: 'rfPassport',
      series: '6910',
      number: '123456',
      issueDate: '2010-04-01',
      issuedBy: 'ОТДЕЛОМ УФМС РОССИИ ПО ТОМСКОЙ ОБЛ.',
      departmentCode: '700001',
    },
    registrationAddress: { postalIndex: '634050', region: 'Томская область', city: 'Томск', street: 'проспект Ленина', house: '30', flat: '12' },
  };
}
