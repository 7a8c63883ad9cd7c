/**
 * The new password and its repetition. Never filled from the profile; the rules let the helper
 * explain, item by item, what the portal's own checklist wants.
 */
import type { MessageKey } from '../i18n';
import { secretKind } from './builders';
import { error, kindDetection } from './define';
import type { FieldIssue } from './types';

const MIN_LENGTH = 8;

/** The checklist, in the order the portal shows it. Each unmet item is its own error. */
export const PASSWORD_RULES: readonly { readonly message: MessageKey; readonly met: (password: string) => boolean }[] = [
  { message: 'field_password_min_length', met: (password) => [...password].length >= MIN_LENGTH },
  { message: 'field_password_lower_latin', met: (password) => /[a-z]/.test(password) },
  { message: 'field_password_upper_latin', met: (password) => /[A-Z]/.test(password) },
  { message: 'field_password_digit', met: (password) => /[0-9]/.test(password) },
  { message: 'field_password_punctuation', met: (password) => /[!-/:-@[-`{-~]/.test(password) },
  { message: 'field_password_no_cyrillic', met: (password) => !/[А-Яа-яЁё]/.test(password) },
  { message: 'field_password_no_spaces', met: (password) => !/\s/.test(password) },
];

/** Every checklist item with whether `password` meets it, for a live checklist. */
export function passwordChecklist(password: string): { readonly message: MessageKey; readonly met: boolean }[] {
  return PASSWORD_RULES.map((rule) => ({ message: rule.message, met: rule.met(password) }));
}

/** The mismatch error, if any. An empty repetition has nothing to compare yet. */
export function passwordsMatch(password: string, repetition: string): readonly FieldIssue[] {
  return repetition === '' || repetition === password ? [] : [error('field_error_password_mismatch')];
}

export const passwordDetection = kindDetection('password', {
  autocomplete: ['new-password', 'current-password'],
  names: ['password', 'newpassword', 'new_password', 'new-password', 'pwd', 'pass'],
  labels: ['пароль', 'новый пароль', 'придумайте пароль', 'введите пароль', 'password', 'new password'],
  notLabels: ['пароль еще раз', 'повторите пароль', 'подтвердите пароль', 'подтверждение пароля'],
});

export const password = secretKind({
  ...passwordDetection,
  label: 'field_label_password',
  rules: (value) => PASSWORD_RULES.filter((rule) => !rule.met(value)).map((rule) => error(rule.message)),
});

/** «Ещё раз» / «Подтвердите пароль»: compared with `related.password` when the page supplies it. */
export const passwordRepeatDetection = kindDetection('passwordRepeat', {
  autocomplete: ['new-password'],
  names: ['passwordrepeat', 'password_repeat', 'repeatpassword', 'confirmpassword', 'confirm_password', 'passwordconfirm', 'password2', 'newpasswordconfirm'],
  labels: ['еще раз', 'пароль еще раз', 'повторите пароль', 'подтвердите пароль', 'подтверждение пароля', 'repeat password', 'confirm password'],
});

export const passwordRepeat = secretKind({
  ...passwordRepeatDetection,
  label: 'field_label_passwordRepeat',
  rules: (value, { related }) => passwordsMatch(related.password ?? value, value),
});
