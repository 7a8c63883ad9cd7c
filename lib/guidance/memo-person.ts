/**
 * The person's name and document numbers for the printed memo, formatted as the portal shows
 * them. Used only when the person ticked the box to print them.
 */
import { fieldKind, type FieldKindId } from '../fields';
import { profileFieldValues, type Profile } from '../profile';

export interface MemoPersonDetails {
  readonly name: string;
  /** Series and number of the RF passport, or the foreign document's number. */
  readonly passport?: string;
  readonly snils?: string;
}

export function memoPersonDetails(profile: Profile): MemoPersonDetails | undefined {
  const values = profileFieldValues(profile);
  const shown = (kind: FieldKindId): string | undefined => {
    const value = values[kind];
    return value === undefined ? undefined : fieldKind(kind).format(value);
  };
  const name = [values.lastName, values.firstName, values.middleName].filter((part) => part !== undefined).join(' ');
  const passport = shown(profile.document.docType === 'foreign' ? 'foreignDocumentNumber' : 'passportSeriesNumber');
  const snils = shown('snils');
  if (name === '' && passport === undefined && snils === undefined) return undefined;
  return { name, ...(passport === undefined ? {} : { passport }), ...(snils === undefined ? {} : { snils }) };
}
