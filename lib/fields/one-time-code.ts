import { secretKind } from './builders';
import { kindDetection } from './define';

/** The code from an SMS, an e-mail or the letter. Recognised so it is never filled. */
export const oneTimeCodeDetection = kindDetection('oneTimeCode', {
  autocomplete: ['one-time-code'],
  // The last two are the portal's code-cell components: their inner inputs carry no name.
  names: ['code', 'otp', 'smscode', 'sms_code', 'confirmcode', 'confirmationcode', 'verificationcode', 'activationcode', 'esia-code-input', 'esia-otp'],
  labels: ['введите код', 'код', 'код из смс', 'код из sms', 'код подтверждения', 'код из письма', 'проверочный код', 'one-time code', 'verification code'],
  notLabels: ['код подразделения', 'код страны', 'код региона', 'код с картинки', 'код города', 'код активации ключа'],
});

export const oneTimeCode = secretKind({
  ...oneTimeCodeDetection,
  label: 'field_label_oneTimeCode',
});
