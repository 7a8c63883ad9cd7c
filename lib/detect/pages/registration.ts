import type { PageKind } from './types';

/** The sign-up form: surname, first name, phone or e-mail (esia.gosuslugi.ru/login/registration). */
export const registrationPage: PageKind = {
  id: 'registration',
  role: 'form',
  signals: {
    elements: { 'esia-registration': 0.9 },
    ids: { tryReg: 0.7 },
    paths: { '^/login/registration': 0.6, '^/registration(/|$)': 0.6 },
    headings: { 'регистрация': 0.6 },
    actions: { 'зарегистрироваться': 0.6 },
    // The landing offers the ways to register before the form itself.
    texts: { 'онлайн через интернет-банк': 0.4, 'другой способ регистрации': 0.5 },
    fields: { lastName: 0.1, firstName: 0.1, phone: 0.15, email: 0.15 },
  },
  expectedFields: ['lastName', 'firstName', 'phone', 'email'],
};
