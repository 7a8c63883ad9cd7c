/**
 * The one list of field kinds as the page scan sees them: each kind's id and detection hints, in
 * the registry's order. It imports no rules (lib/fields/define.ts), so the content script's core
 * recognises fields without carrying what is said about them; index.ts pairs each with its kind.
 */
import { blockDetection } from './block';
import { birthDateDetection } from './birth-date';
import { birthPlaceDetection } from './birth-place';
import { buildingDetection } from './building';
import { captchaDetection } from './captcha';
import { citizenshipDetection } from './citizenship';
import { cityDetection } from './city';
import { docTypeDetection } from './doc-type';
import { emailDetection } from './email';
import { firstNameDetection } from './first-name';
import { flatDetection } from './flat';
import { foreignDocumentNumberDetection } from './foreign-document-number';
import { houseDetection } from './house';
import { innDetection } from './inn';
import { lastNameDetection } from './last-name';
import { middleNameDetection } from './middle-name';
import { noFlatDetection } from './no-flat';
import { noMiddleNameDetection } from './no-middle-name';
import { oneTimeCodeDetection } from './one-time-code';
import { passportDepartmentCodeDetection } from './passport-department-code';
import { passportIssueDateDetection } from './passport-issue-date';
import { passportIssuedByDetection } from './passport-issued-by';
import { passportNumberDetection } from './passport-number';
import { passportSeriesDetection } from './passport-series';
import { passportSeriesNumberDetection } from './passport-series-number';
import { passwordDetection, passwordRepeatDetection } from './password';
import { phoneDetection } from './phone';
import { postalIndexDetection } from './postal-index';
import { regionDetection } from './region';
import { sexDetection } from './sex';
import { snilsDetection } from './snils';
import { streetDetection } from './street';

export const FIELD_DETECTION = [
  lastNameDetection,
  firstNameDetection,
  middleNameDetection,
  noMiddleNameDetection,
  sexDetection,
  birthDateDetection,
  birthPlaceDetection,
  citizenshipDetection,
  phoneDetection,
  emailDetection,
  passwordDetection,
  passwordRepeatDetection,
  oneTimeCodeDetection,
  captchaDetection,
  snilsDetection,
  innDetection,
  docTypeDetection,
  passportSeriesDetection,
  passportNumberDetection,
  passportSeriesNumberDetection,
  passportIssueDateDetection,
  passportIssuedByDetection,
  passportDepartmentCodeDetection,
  foreignDocumentNumberDetection,
  postalIndexDetection,
  regionDetection,
  cityDetection,
  streetDetection,
  houseDetection,
  buildingDetection,
  blockDetection,
  flatDetection,
  noFlatDetection,
] as const;

export type FieldKindId = (typeof FIELD_DETECTION)[number]['id'];

const IDS: ReadonlySet<string> = new Set(FIELD_DETECTION.map((kind) => kind.id));

export function isFieldKindId(id: string): id is FieldKindId {
  return IDS.has(id);
}
