/**
 * Every page kind the extension recognises, in one list. A new page kind is one file in this
 * folder registered here, with a fixture in test/fixtures/portal and its row in labels.ts.
 */
import { accountLevelPage } from './account-level';
import { captchaPage } from './captcha';
import { codePage } from './code';
import { confirmationMethodsPage } from './confirmation-methods';
import { letterAddressPage } from './letter-address';
import { letterCodePage } from './letter-code';
import { loginPage } from './login';
import { passwordPage } from './password';
import { personalDataPage } from './personal-data';
import { promoPage } from './promo';
import { registrationPage } from './registration';
import type { PageKind } from './types';
import { verificationPage } from './verification';

export type { PageKind, PageMatch, PageRole, PageSignals } from './types';

export const PAGE_KINDS: readonly PageKind[] = [
  registrationPage,
  codePage,
  passwordPage,
  loginPage,
  personalDataPage,
  verificationPage,
  confirmationMethodsPage,
  letterAddressPage,
  letterCodePage,
  accountLevelPage,
  captchaPage,
  promoPage,
];
