/**
 * «Взять с этой страницы»: what the person typed into the portal's form, compared with the
 * profile before anything is saved. A value the field rules reject is shown and never taken; a
 * value the profile already holds changes nothing; saving goes through the profile store.
 */
import { fieldKind, isFieldKindId, type FieldIssue, type FieldKindId } from '../fields';
import type { FieldValues } from '../messages';
import {
  isFilled,
  letterAddressGroup,
  PROFILE_ENTRIES,
  profileEntry,
  profileFieldValues,
  profileShapeSchema,
  valueAt,
  type Profile,
  type ProfileGroup,
  type ProfilePath,
} from '../profile';
import { z } from '../zod';
import { fieldLabel, shownValue } from './shown';

/** `new`: the profile has nothing there; `differs`: it has another value, which this replaces. */
export type TakeState = 'new' | 'same' | 'differs' | 'invalid';

export interface TakeRow {
  readonly kind: FieldKindId;
  readonly label: string;
  /** Where it goes in the profile; absent for what the profile does not keep as it is. */
  readonly path?: ProfilePath;
  /** Canonical. */
  readonly value: string;
  readonly shown: string;
  readonly state: TakeState;
  /** `differs`: the profile's value, as shown. */
  readonly current?: string;
  /** The errors that keep an invalid value out, and warnings. */
  readonly issues: readonly FieldIssue[];
}

/** Address parts go to the address the letter goes to, as the fill takes them from there. */
function pathFor(kind: FieldKindId, profile: Profile): ProfilePath | undefined {
  const entries = PROFILE_ENTRIES.filter((entry) => entry.kindId === kind);
  const address = letterAddressGroup(profile);
  return (entries.find((entry) => entry.group === address) ?? entries[0])?.path;
}

/**
 * The page's values by kind, canonical (normalised again: they crossed from the page's context),
 * with «серия и номер» typed in one input kept as series and number, as the profile stores them.
 */
function canonicalPairs(values: FieldValues): [FieldKindId, string][] {
  return Object.entries(values).flatMap(([kind, raw]): [FieldKindId, string][] => {
    if (!isFieldKindId(kind)) return [];
    const value = fieldKind(kind).normalize(raw);
    const parts = kind === 'passportSeriesNumber' ? /^(\d{4})(\d{6})$/.exec(value) : null;
    return parts?.[1] && parts[2] ? [['passportSeries', parts[1]], ['passportNumber', parts[2]]] : [[kind, value]];
  });
}

function stateOf(value: string, current: string | undefined, issues: readonly FieldIssue[]): TakeState {
  if (issues.some((issue) => issue.severity === 'error')) return 'invalid';
  if (current === value) return 'same';
  return isFilled(current) ? 'differs' : 'new';
}

/** The page's values (canonical, by kind) against the profile, in the page's order; blanks and unticked boxes left out. */
export function takeRows(taken: FieldValues, profile: Profile, today: Date): TakeRow[] {
  const pairs = canonicalPairs(taken).filter(([, value]) => isFilled(value));
  const related = { ...profileFieldValues(profile), ...Object.fromEntries(pairs) };
  return pairs.flatMap(([kind, value]): TakeRow[] => {
    const path = pathFor(kind, profile);
    const issues = fieldKind(kind).check(value, { today, related });
    const current = path === undefined ? undefined : valueAt(profile, path);
    const state = stateOf(value, current, issues);
    // A valid value the profile has no place for is nothing to show.
    if (path === undefined && state !== 'invalid') return [];
    const row = { kind, label: fieldLabel(kind), value, shown: shownValue(kind, value), state, issues };
    return [{ ...row, ...(path === undefined ? {} : { path }), ...(state === 'differs' && current !== undefined ? { current: shownValue(kind, current) } : {}) }];
  });
}

/** Whether saving takes this row into the profile. */
export function isTaken(row: TakeRow): boolean {
  return row.path !== undefined && (row.state === 'new' || row.state === 'differs');
}

/** The profile with the taken rows' values in their places; everything else as it was. */
export function withTaken(profile: Profile, rows: readonly TakeRow[]): Profile {
  const groups = new Map<ProfileGroup, Readonly<Record<string, string | undefined>>>();
  for (const row of rows) {
    if (row.path === undefined || !isTaken(row)) continue;
    const { group, key } = profileEntry(row.path);
    groups.set(group, { ...(groups.get(group) ?? profile[group]), [key]: row.value });
  }
  // Strings under the profile's own keys always fit its shape; parsing only normalises them.
  return z.parse(profileShapeSchema, { ...profile, ...Object.fromEntries(groups) });
}
