/**
 * Every finding about a profile: each value's own rules (with the other values as context, so the
 * passport issue date is judged against the birth date) and the rules that span several values.
 * The profile schema and the readiness checklist both read this list; no rule lives anywhere else.
 *
 * Completeness («enter a patronymic or tick none», «a phone or an e-mail») is a warning, not an
 * error: a profile is filled over several sittings and must save half-done. Contradictions
 * (a patronymic and «no patronymic» both) are errors.
 */
import { fieldKind } from '../fields';
import { error, warning } from '../fields/define';
import type { FieldIssue } from '../fields';
import type { MessageKey } from '../i18n';
import { isAddressGroup, PROFILE_ENTRIES } from './fields';
import type { ProfileEntry, ProfilePath } from './fields';
import type { Profile } from './schema';
import { isFilled, profileFieldValues, valueAt } from './values';

export interface ProfileFinding {
  readonly path: ProfilePath;
  readonly issue: FieldIssue;
}

/** A value and a «there is none» tick box that contradict each other when both are given. */
const EXCLUSIVE_PAIRS: readonly { readonly value: ProfilePath; readonly none: ProfilePath; readonly message: MessageKey }[] = [
  { value: 'person.middleName', none: 'person.noMiddleName', message: 'profile_error_middle_name_and_none' },
  { value: 'registrationAddress.flat', none: 'registrationAddress.noFlat', message: 'profile_error_flat_and_no_flat' },
  { value: 'actualAddress.flat', none: 'actualAddress.noFlat', message: 'profile_error_flat_and_no_flat' },
];

/** At least one of `anyOf` is needed once any of `once` is filled (always, when `once` is empty). Reported at the first path. */
const ONE_OF_NEEDED: readonly { readonly anyOf: readonly [ProfilePath, ...ProfilePath[]]; readonly once: readonly ProfilePath[]; readonly message: MessageKey }[] = [
  { anyOf: ['person.middleName', 'person.noMiddleName'], once: ['person.lastName', 'person.firstName'], message: 'profile_warning_middle_name_missing' },
  { anyOf: ['contacts.phone', 'contacts.email'], once: [], message: 'profile_warning_contact_missing' },
];

function valueFindings(profile: Profile, entry: ProfileEntry, today: Date): ProfileFinding[] {
  const value = valueAt(profile, entry.path);
  if (value === undefined) return [];
  const related = profileFieldValues(profile, isAddressGroup(entry.group) ? entry.group : undefined);
  return fieldKind(entry.kindId)
    .check(value, { today, related })
    .map((issue) => ({ path: entry.path, issue }));
}

function crossFieldFindings(profile: Profile): ProfileFinding[] {
  const filled = (path: ProfilePath) => isFilled(valueAt(profile, path));
  const contradictions = EXCLUSIVE_PAIRS.filter((pair) => filled(pair.value) && filled(pair.none)).map((pair) => ({
    path: pair.value,
    issue: error(pair.message),
  }));
  const gaps = ONE_OF_NEEDED.filter((rule) => (rule.once.length === 0 || rule.once.some(filled)) && !rule.anyOf.some(filled)).map((rule) => ({
    path: rule.anyOf[0],
    issue: warning(rule.message),
  }));
  return [...contradictions, ...gaps];
}

/** Every error and warning of the profile, in the order of its values, then the cross-field ones. */
export function profileIssues(profile: Profile, today: Date): ProfileFinding[] {
  return [...PROFILE_ENTRIES.flatMap((entry) => valueFindings(profile, entry, today)), ...crossFieldFindings(profile)];
}
