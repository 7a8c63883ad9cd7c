/**
 * The one registry of field kinds. Adding a kind is one file, one line here and one in
 * detection.ts (the compiler holds the two lists to the same kinds in the same order);
 * everything else (detection, profile, fill) reads these lists.
 */
import { block } from './block';
import { birthDate } from './birth-date';
import { birthPlace } from './birth-place';
import { building } from './building';
import { captcha } from './captcha';
import { citizenship } from './citizenship';
import { city } from './city';
import { docType } from './doc-type';
import { email } from './email';
import { firstName } from './first-name';
import { flat } from './flat';
import { foreignDocumentNumber } from './foreign-document-number';
import { house } from './house';
import { inn } from './inn';
import { lastName } from './last-name';
import { middleName } from './middle-name';
import { noFlat } from './no-flat';
import { noMiddleName } from './no-middle-name';
import { oneTimeCode } from './one-time-code';
import { passportDepartmentCode } from './passport-department-code';
import { passportIssueDate } from './passport-issue-date';
import { passportIssuedBy } from './passport-issued-by';
import { passportNumber } from './passport-number';
import { passportSeries } from './passport-series';
import { passportSeriesNumber } from './passport-series-number';
import { password, passwordRepeat } from './password';
import { phone } from './phone';
import { postalIndex } from './postal-index';
import { region } from './region';
import { sex } from './sex';
import { snils } from './snils';
import { street } from './street';
import { FIELD_DETECTION, isFieldKindId, type FieldKindId } from './detection';
import type { KindDetection } from './define';
import type { FieldKind } from './types';

/** A kind for each entry of the detection list, with the same id at the same place. */
type KindsFor<List extends readonly KindDetection[]> = { readonly [Index in keyof List]: FieldKind & { readonly id: List[Index]['id'] } };

export const FIELD_KINDS = [
  lastName,
  firstName,
  middleName,
  noMiddleName,
  sex,
  birthDate,
  birthPlace,
  citizenship,
  phone,
  email,
  password,
  passwordRepeat,
  oneTimeCode,
  captcha,
  snils,
  inn,
  docType,
  passportSeries,
  passportNumber,
  passportSeriesNumber,
  passportIssueDate,
  passportIssuedBy,
  passportDepartmentCode,
  foreignDocumentNumber,
  postalIndex,
  region,
  city,
  street,
  house,
  building,
  block,
  flat,
  noFlat,
] as const satisfies KindsFor<typeof FIELD_DETECTION>;

const BY_ID: ReadonlyMap<string, FieldKind> = new Map(FIELD_KINDS.map((kind) => [kind.id, kind]));

export { isFieldKindId, type FieldKindId };

export function fieldKind(id: FieldKindId): FieldKind {
  const kind = BY_ID.get(id);
  if (!kind) throw new Error(`Unknown field kind: ${id}`);
  return kind;
}

export type { CheckContext, DetectionHints, FieldIssue, FieldKind, InputStyle, Severity } from './types';
