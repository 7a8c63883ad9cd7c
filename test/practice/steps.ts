/**
 * The practice portal's registration path, as data: every step's address on the portal's hosts,
 * the replica page shown there (the same fixture files the e2e tests use), what the person is
 * asked to do, and what moves the account on. The server (portal.ts), the pages' practice
 * script (page-script.js), the start page and the tests all read this one table.
 *
 * Paths follow the real portal where public material names them (DOMAIN.md: registration at
 * esia.gosuslugi.ru/login/registration, the cabinet's /profile/personal and /settings/account);
 * the others are made up in the same style.
 */

export const PRACTICE_HOSTS = {
  /** Login and registration. */
  esia: 'esia.gosuslugi.ru',
  /** The personal cabinet. */
  cabinet: 'lk.gosuslugi.ru',
} as const;

/** The account levels the replica's account page shows, in the portal's words. */
export type PracticeLevel = 'упрощённая' | 'стандартная' | 'подтверждённая';

/**
 * What moves the account from a step to the next one:
 * - `form`: sending the page's form (`selector`), whatever was typed in it;
 * - `code`: typing a digit into every cell (`selector` matches the cells), any digits;
 * - `link`: following the page's link (`selector`);
 * - `button`: the page itself offers nothing, the practice banner has a button `label`;
 * - `wait`: a check that ends by itself after `seconds`, or at once with the banner's `label`;
 * - `end`: the last step.
 */
export type PracticeTrigger =
  | { readonly kind: 'form' | 'code' | 'link'; readonly selector: string }
  | { readonly kind: 'button'; readonly label: string }
  | { readonly kind: 'wait'; readonly seconds: number; readonly label: string }
  | { readonly kind: 'end' };

export interface PracticeStep {
  readonly id: string;
  readonly host: string;
  readonly path: string;
  /** The replica page, relative to test/fixtures/. */
  readonly fixture: string;
  /** The step's name on the start page and the banner. */
  readonly title: string;
  /** What to do there, for a person who has never seen the portal. */
  readonly task: string;
  readonly trigger: PracticeTrigger;
  /** The account level the step's page shows (the account page only). */
  readonly level?: PracticeLevel;
}

export const PRACTICE_STEPS: readonly PracticeStep[] = [
  {
    id: 'registration',
    host: PRACTICE_HOSTS.esia,
    path: '/login/registration',
    fixture: 'portal/registration.html',
    title: 'Регистрация',
    task: 'Введите фамилию, имя, мобильный телефон и почту (можно выдуманные) и нажмите «Зарегистрироваться».',
    trigger: { kind: 'form', selector: 'esia-registration form' },
  },
  {
    id: 'code',
    host: PRACTICE_HOSTS.esia,
    path: '/login/registration/code',
    fixture: 'portal/code-sms.html',
    title: 'Код из СМС',
    task: 'Введите любые шесть цифр: учебный портал принимает любой код.',
    trigger: { kind: 'code', selector: 'code-input input' },
  },
  {
    id: 'password',
    host: PRACTICE_HOSTS.esia,
    path: '/login/registration/password',
    fixture: 'portal/password.html',
    title: 'Пароль',
    task: 'Придумайте пароль, повторите его и нажмите «Готово».',
    trigger: { kind: 'form', selector: 'esia-set-password form' },
  },
  {
    id: 'account-simplified',
    host: PRACTICE_HOSTS.cabinet,
    path: '/settings/account',
    fixture: 'portal/account-level-simplified.html',
    title: 'Упрощённая учётная запись',
    task: 'Учётная запись создана. Следующий шаг — личные данные.',
    trigger: { kind: 'button', label: 'Заполнить личные данные' },
    level: 'упрощённая',
  },
  {
    id: 'personal-data',
    host: PRACTICE_HOSTS.cabinet,
    path: '/profile/personal',
    fixture: 'portal/personal-data-label-for.html',
    title: 'Личные данные',
    task: 'Заполните СНИЛС и паспорт — удобнее всего кнопкой помощника «Заполнить из профиля» — и нажмите «Сохранить».',
    trigger: { kind: 'form', selector: 'main form' },
  },
  {
    id: 'verification',
    host: PRACTICE_HOSTS.cabinet,
    path: '/profile/personal/verification',
    fixture: 'portal/verification.html',
    title: 'Проверка данных',
    task: 'На настоящем портале проверка идёт от нескольких минут до 5 дней; здесь — несколько секунд.',
    trigger: { kind: 'wait', seconds: 5, label: 'Проверить сейчас' },
  },
  {
    id: 'account-standard',
    host: PRACTICE_HOSTS.cabinet,
    path: '/settings/account',
    fixture: 'portal/account-level-standard.html',
    title: 'Стандартная учётная запись',
    task: 'Данные проверены. Нажмите «Подтвердить учётную запись».',
    trigger: { kind: 'link', selector: 'a[href="#confirm"]' },
    level: 'стандартная',
  },
  {
    id: 'confirmation-methods',
    host: PRACTICE_HOSTS.cabinet,
    path: '/profile/confirm',
    fixture: 'portal/confirmation-methods.html',
    title: 'Способ подтверждения личности',
    task: 'Выберите «Получить код подтверждения письмом» (другие способы требуют визита или подписи).',
    trigger: { kind: 'link', selector: 'a[href="#letter"]' },
  },
  {
    id: 'letter-address',
    host: PRACTICE_HOSTS.cabinet,
    path: '/profile/confirm/letter',
    fixture: 'portal/letter-address.html',
    title: 'Адрес для письма',
    task: 'Укажите адрес — можно кнопкой помощника «Заполнить из профиля» — и нажмите «Доставить».',
    trigger: { kind: 'form', selector: 'main form' },
  },
  {
    id: 'letter-code',
    host: PRACTICE_HOSTS.cabinet,
    path: '/profile/confirm/letter/code',
    fixture: 'portal/letter-code.html',
    title: 'Код из письма',
    task: 'Письмо идёт около двух недель; здесь оно «пришло» сразу. Введите любой код и нажмите «Проверить».',
    trigger: { kind: 'form', selector: 'main form' },
  },
  {
    id: 'account-confirmed',
    host: PRACTICE_HOSTS.cabinet,
    path: '/settings/account',
    fixture: 'portal/account-level-confirmed.html',
    title: 'Подтверждённая учётная запись',
    task: 'Готово: учётная запись подтверждена. Начните заново, чтобы пройти путь ещё раз.',
    trigger: { kind: 'end' },
    level: 'подтверждённая',
  },
];

/** The practice portal's own pages, outside the portal's paths. */
export const PRACTICE_PAGES = {
  /** The list of steps, with a link to the current one and the reset button. */
  start: { host: PRACTICE_HOSTS.esia, path: '/practice' },
  /** POST: start over. */
  reset: { host: PRACTICE_HOSTS.esia, path: '/practice/reset' },
} as const;

/**
 * The banner the practice script shows on every step page (page-script.js): its element, the
 * attribute naming the step shown, and the attribute of its button that moves on (steps whose
 * page has no control of its own).
 */
export const PRACTICE_BANNER = { tag: 'practice-banner', stepAttribute: 'data-step', nextAttribute: 'data-practice-next' } as const;

export function practiceUrl(place: { readonly host: string; readonly path: string }): string {
  return `https://${place.host}${place.path}`;
}
