/**
 * A value as the popup shows it: in the portal's display form, partly masked for passport,
 * SNILS and INN numbers (the popup may be read over a shoulder), a ticked box in words.
 */
import { fieldKind, type FieldKindId } from '../fields';
import { t } from '../i18n';
import { maskSensitive } from './mask';

export function shownValue(kindId: FieldKindId, canonical: string): string {
  const kind = fieldKind(kindId);
  if (kind.input === 'checkbox') return canonical === 'true' ? t('popup_value_ticked') : t('popup_value_not_ticked');
  const shown = kind.format(canonical);
  return kind.sensitive ? maskSensitive(shown) : shown;
}

export function fieldLabel(kindId: FieldKindId): string {
  return t(fieldKind(kindId).label);
}
