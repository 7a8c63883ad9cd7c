import type { PageKind } from './types';

/** The portal's captcha: only the person solves it. */
export const captchaPage: PageKind = {
  id: 'captcha',
  role: 'interstitial',
  signals: {
    elements: { 'esia-captcha': 0.95, 'esia-reaction': 0.95 },
    texts: { 'введите символы с картинки': 0.5, 'подтвердите, что вы не робот': 0.5 },
  },
};
