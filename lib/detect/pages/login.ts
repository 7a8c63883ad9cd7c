import type { PageKind } from './types';

/** The login form: phone, e-mail or SNILS and the password. */
export const loginPage: PageKind = {
  id: 'login',
  role: 'form',
  signals: {
    ids: { login: 0.7, password: 0.2 },
    paths: { '^/login/?$': 0.5 },
    headings: { 'вход': 0.5, 'вход в госуслуги': 0.6, 'вход в личный кабинет': 0.5 },
    actions: { 'войти': 0.6 },
    texts: { 'телефон / эл. почта / снилс': 0.6, 'не удается войти': 0.3 },
  },
};
