import { cleanText } from '../text';
import { CYRILLIC_LETTER } from './alphabets';
import { defineKind, error, kindDetection } from './define';

const MAX_LENGTH = 254;
const LOCAL_PART = /^[^\s@"(),:;<>[\]\\]{1,64}$/u;
/** Labels of letters and digits joined by inner hyphens, then a top-level domain of two or more letters (почта.рф too). */
const DOMAIN = /^(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+\p{L}{2,}$/u;

/** An address with a domain and a top-level domain. Only the domain's case is folded: it never matters there. */
export const emailDetection = kindDetection('email', {
  autocomplete: ['email'],
  names: ['email', 'e-mail', 'mail', 'emailaddress', 'email_address'],
  labels: ['электронная почта', 'адрес электронной почты', 'эл. почта', 'эл.почта', 'e-mail', 'email', 'почта'],
  notLabels: ['почтовый индекс', 'почтовый адрес', 'почта россии'],
});

export const email = defineKind({
  ...emailDetection,
  label: 'field_label_email',
  input: 'text',
  sensitive: false,
  normalize(raw) {
    const text = cleanText(raw);
    const at = text.lastIndexOf('@');
    return at < 0 ? text : text.slice(0, at) + text.slice(at).toLowerCase();
  },
  format: (canonical) => canonical,
  check(value) {
    if (value === '') return [];
    const at = value.lastIndexOf('@');
    const local = value.slice(0, Math.max(at, 0));
    if (CYRILLIC_LETTER.test(local)) return [error('field_error_email_cyrillic')];
    // The length gate comes first: it keeps the domain pattern's work short on any input.
    const valid = value.length <= MAX_LENGTH && at > 0 && LOCAL_PART.test(local) && DOMAIN.test(value.slice(at + 1));
    return valid ? [] : [error('field_error_email_format')];
  },
});
