import type { PageKind } from './types';

/** Setting the password: the last step of registration (and of recovery). */
export const passwordPage: PageKind = {
  id: 'password',
  role: 'form',
  signals: {
    headings: { 'создайте пароль': 0.7, 'придумайте пароль': 0.7, 'новый пароль': 0.5 },
    texts: { 'подтвердите пароль': 0.4, 'пароль должен содержать': 0.4 },
    actions: { 'готово': 0.2, 'сохранить': 0.1 },
    fields: { passwordRepeat: 0.5, password: 0.2 },
    // The login form has a password too, under these names.
    ids: { login: -0.8 },
  },
  expectedFields: ['password', 'passwordRepeat'],
};
