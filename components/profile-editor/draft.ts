/**
 * The profile editor's working copy: what the person typed, kept exactly as typed until it is
 * saved, so an invalid value is marked but never lost. Saving goes through the profile's own
 * schema (which normalises) and its own findings; no rule is repeated here. The stored profile
 * may hold values with errors (saved on purpose as a draft); the editor marks them when loaded.
 */
import { fieldKind, type FieldIssue } from '../../lib/fields';
import type { MessageKey } from '../../lib/i18n';
import {
  PROFILE_ENTRIES,
  PROFILE_VERSION,
  profileIssues,
  profileShapeSchema,
  storedProfileSchema,
  valueAt,
  type Profile,
  type ProfileGroup,
  type ProfilePath,
} from '../../lib/profile';
import { z } from '../../lib/zod';

/** Typed texts by profile path, and the «same address» tick. */
export interface Draft {
  readonly values: Readonly<Partial<Record<ProfilePath, string>>>;
  readonly actualSameAsRegistration: boolean;
}

export function typedValue(draft: Draft, path: ProfilePath): string {
  return draft.values[path] ?? '';
}

export function withValue(draft: Draft, path: ProfilePath, value: string): Draft {
  return { ...draft, values: { ...draft.values, [path]: value } };
}

/** The profile's values as the portal shows them (112-233-445 95, 15.03.1990). */
export function draftFromProfile(profile: Profile): Draft {
  const values: Partial<Record<ProfilePath, string>> = {};
  for (const entry of PROFILE_ENTRIES) {
    const value = valueAt(profile, entry.path);
    if (value !== undefined && value !== '') values[entry.path] = fieldKind(entry.kindId).format(value);
  }
  return { values, actualSameAsRegistration: profile.actualSameAsRegistration !== false };
}

/** The profile the draft stands for: typed texts normalised by the profile schema; empty ones left out. */
export function profileFromDraft(draft: Draft): Profile {
  const groups: Partial<Record<ProfileGroup, Record<string, string>>> = {};
  for (const entry of PROFILE_ENTRIES) {
    const typed = draft.values[entry.path];
    if (typed === undefined || typed.trim() === '') continue;
    groups[entry.group] = { ...groups[entry.group], [entry.key]: typed };
  }
  // Strings under known keys always match the shape; the schema only normalises them.
  return z.parse(profileShapeSchema, { ...groups, actualSameAsRegistration: draft.actualSameAsRegistration });
}

/** Every finding of the draft, by the path of the value it is about. */
export function draftFindings(draft: Draft, today: Date): ReadonlyMap<ProfilePath, readonly FieldIssue[]> {
  const byPath = new Map<ProfilePath, FieldIssue[]>();
  for (const { path, issue } of profileIssues(profileFromDraft(draft), today)) byPath.set(path, [...(byPath.get(path) ?? []), issue]);
  return byPath;
}

export function pathsWithErrors(findings: ReadonlyMap<ProfilePath, readonly FieldIssue[]>): ProfilePath[] {
  return [...findings].filter(([, issues]) => issues.some((issue) => issue.severity === 'error')).map(([path]) => path);
}

/* Files ------------------------------------------------------------------------------------ */

/** Far above any real profile (a few kilobytes); a larger file is not one. */
export const MAX_PROFILE_FILE_CHARS = 200_000;

export type ImportResult = { readonly ok: true; readonly profile: Profile } | { readonly ok: false; readonly message: MessageKey };

const VersionStampSchema = z.object({ version: z.number() });

/** A profile file's text → the profile, or why it is not one. Never throws. */
export function parseProfileFile(text: string): ImportResult {
  if (text.length > MAX_PROFILE_FILE_CHARS) return { ok: false, message: 'ui_import_too_large' };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, message: 'ui_import_not_json' };
  }
  const parsed = storedProfileSchema.safeParse(json);
  if (parsed.success) return { ok: true, profile: parsed.data.profile };
  const stamp = VersionStampSchema.safeParse(json);
  return { ok: false, message: stamp.success && stamp.data.version > PROFILE_VERSION ? 'ui_import_newer' : 'ui_import_not_profile' };
}

/** The file «Сохранить профиль в файл» writes: the stored shape, readable by parseProfileFile. */
export function profileFileText(profile: Profile): string {
  return JSON.stringify({ version: PROFILE_VERSION, profile }, null, 2);
}
