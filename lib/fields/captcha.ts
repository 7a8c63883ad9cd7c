import { secretKind } from './builders';

/** The portal's captcha (esia-captcha): a person answers it, never the helper. */
export const captcha = secretKind({
  id: 'captcha',
  label: 'field_label_captcha',
  detection: {
    names: ['captcha', 'captchacode', 'captcha_code', 'captchaanswer'],
    labels: ['символы с картинки', 'введите символы', 'введите символы с картинки', 'код с картинки', 'введите код с картинки', 'captcha'],
  },
});
