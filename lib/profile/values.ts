/**
 * The profile seen as field values keyed by field kind id: what a page's fields are filled with,
 * and the `related` values rules consult.
 */
import type { FieldKindId } from '../fields';
import { isAddressGroup, PROFILE_ENTRIES, profileEntry } from './fields';
import type { AddressGroup, ProfilePath } from './fields';
import type { Profile } from './schema';

export type FieldValues = Partial<Record<FieldKindId, string>>;

/** The value at a path, or undefined. */
export function valueAt(profile: Profile, path: ProfilePath): string | undefined {
  const { group, key } = profileEntry(path);
  const values: Readonly<Record<string, string | undefined>> = profile[group];
  return values[key];
}

/** Present: not empty, and for a tick box ticked. */
export function isFilled(value: string | undefined): value is string {
  return value !== undefined && value !== '' && value !== 'false';
}

/** Where the letter with the confirmation code goes: the actual address, which is the registration one unless said otherwise. */
export function letterAddressGroup(profile: Profile): AddressGroup {
  return profile.actualSameAsRegistration === false ? 'actualAddress' : 'registrationAddress';
}

/**
 * Every non-empty value keyed by its kind. Address kinds come from `address` (by default the
 * letter address). «Серия и номер» in one input is derived from the series and the number.
 */
export function profileFieldValues(profile: Profile, address: AddressGroup = letterAddressGroup(profile)): FieldValues {
  const values: FieldValues = {};
  for (const entry of PROFILE_ENTRIES) {
    const value = valueAt(profile, entry.path);
    const otherAddress = isAddressGroup(entry.group) && entry.group !== address;
    if (value !== undefined && value !== '' && !otherAddress) values[entry.kindId] = value;
  }
  const { passportSeries, passportNumber } = values;
  if (passportSeries !== undefined && passportNumber !== undefined) values.passportSeriesNumber = passportSeries + passportNumber;
  return values;
}
