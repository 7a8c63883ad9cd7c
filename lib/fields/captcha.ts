import { secretKind } from './builders';
import { kindDetection } from './define';

/** The portal's captcha (esia-captcha): a person answers it, never the helper. */
export const captchaDetection = kindDetection('captcha', {
  names: ['captcha', 'captchacode', 'captcha_code', 'captchaanswer'],
  labels: ['символы с картинки', 'введите символы', 'введите символы с картинки', 'код с картинки', 'введите код с картинки', 'captcha'],
});

export const captcha = secretKind({
  ...captchaDetection,
  label: 'field_label_captcha',
});
