import type { PageKind } from './types';

/** The automatic check of personal data is running (minutes, up to five days). */
export const verificationPage: PageKind = {
  id: 'verification',
  role: 'status',
  signals: {
    texts: {
      'выполняется проверка ваших личных данных': 0.9,
      'автоматическая проверка личных данных': 0.7,
      'проверка может занять': 0.3,
    },
  },
};
