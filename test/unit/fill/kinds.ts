/**
 * Test-local field kinds shaped like the registry's (lib/fields): the engine depends only on the
 * FieldKind contract, so its tests do not follow every change of the real rules.
 */
import type { FieldKind, InputStyle } from '../../../lib/fields/types';
import { digitsOf } from '../../../lib/text';

function kind(id: string, input: InputStyle, overrides: Partial<FieldKind> = {}): FieldKind {
  return {
    id,
    label: 'extName',
    input,
    sensitive: false,
    normalize: (raw) => raw.trim(),
    format: (canonical) => canonical,
    check: () => [],
    detection: {},
    ...overrides,
  };
}

export const phone = kind('mobilePhone', 'masked', {
  normalize: (raw) => digitsOf(raw).replace(/^[78](\d{10})$/, '$1'),
  format: (canonical) => canonical.replace(/^(\d{3})(\d{3})(\d{2})(\d{2})$/, '+7 ($1) $2-$3-$4'),
  detection: { mask: '+7 (XXX) XXX-XX-XX' },
});

export const snils = kind('snils', 'masked', {
  sensitive: true,
  normalize: digitsOf,
  format: (canonical) => canonical.replace(/^(\d{3})(\d{3})(\d{3})(\d{2})$/, '$1-$2-$3 $4'),
  detection: { mask: 'XXX-XXX-XXX XX' },
});

export const surname = kind('lastName', 'text');

export const birthDate = kind('birthDate', 'date', {
  format: (canonical) => canonical.replace(/^(\d{4})-(\d{2})-(\d{2})$/, '$3.$2.$1'),
});

export const gender = kind('gender', 'choice', {
  detection: { choices: { male: ['мужской', 'м'], female: ['женский', 'ж'] } },
});

export const noPatronymic = kind('noPatronymic', 'checkbox');

export const password = kind('password', 'secret');
