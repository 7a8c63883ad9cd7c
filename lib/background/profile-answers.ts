/**
 * What the content script may learn about the profile: which of the asked kinds have a value
 * (names only), and, once the person confirmed a fill, the values of exactly those kinds.
 */
import type { FieldValues, ProfileKindsReply, ProfileValuesReply } from '../messages';
import { isFilled, profileFieldValues } from '../profile';
import type { ProfileLoad } from '../store/profile-store';

function askedValues(load: ProfileLoad, kinds: readonly string[]): FieldValues {
  if (load.status !== 'ready') return {};
  const values: Readonly<Record<string, string | undefined>> = profileFieldValues(load.profile);
  const asked: Record<string, string> = {};
  for (const kind of kinds) {
    const value = values[kind];
    if (isFilled(value)) asked[kind] = value;
  }
  return asked;
}

export function profileKindsReply(load: ProfileLoad, kinds: readonly string[]): ProfileKindsReply {
  return { kinds: Object.keys(askedValues(load, kinds)) };
}

export function profileValuesReply(load: ProfileLoad, kinds: readonly string[]): ProfileValuesReply {
  if (load.status === 'locked' || load.status === 'damaged') return { ok: false, reason: load.status };
  const values = askedValues(load, kinds);
  return Object.keys(values).length === 0 ? { ok: false, reason: 'empty' } : { ok: true, values };
}
