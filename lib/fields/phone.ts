import { digitsKind } from './builders';
import { error, kindDetection } from './define';

/**
 * A Russian mobile number: canonical 10 national digits. People type it with +7, 7 or 8 in
 * front (dropped) or without; the portal's mask shows the +7 itself.
 */
export const phoneDetection = kindDetection('phone', {
  mask: '+7 (XXX) XXX-XX-XX',
  autocomplete: ['tel', 'tel-national', 'mobile tel'],
  names: ['phone', 'mobile', 'mobilephone', 'mobile_phone', 'phonenumber', 'phone_number', 'tel', 'msisdn'],
  labels: ['мобильный телефон', 'номер мобильного телефона', 'номер телефона', 'телефон', 'mobile phone', 'phone number', 'phone'],
  // The login field takes any of three identifiers: it is not a phone field.
  notLabels: ['телефон / эл. почта / снилс', 'телефон / email / снилс', 'телефон или почта', 'телефон, почта или снилс'],
});

export const phone = digitsKind({
  ...phoneDetection,
  label: 'field_label_phone',
  input: 'masked',
  trunkPrefixes: ['7', '8'],
  rules: (value) => (value.startsWith('9') ? [] : [error('field_error_phone_not_mobile')]),
});
