/**
 * The stored profile: every value optional, a string in its field kind's canonical form
 * (normalised on the way in, so a value typed any accepted way is stored one way).
 *
 * Two schemas share that shape:
 * - `storedProfileSchema` reads and writes storage, `{ version: 1, profile }`. It checks the shape
 *   only, so a profile saved half-filled or with a value the rules now reject still loads.
 * - `profileSchema(today)` is the same shape plus every error `profileIssues` finds, each with the
 *   path of its value; it is what a form saves through. The rules live in `profileIssues` only.
 */
import { fieldKind } from '../fields';
import type { FieldKindId } from '../fields';
import { zodIssueOf } from '../fields/schema';
import { z } from '../zod';
import { PROFILE_FIELDS } from './fields';
import { profileIssues } from './issues';

function canonicalValue(kindId: FieldKindId) {
  const kind = fieldKind(kindId);
  return z.optional(z.pipe(z.string(), z.transform((raw: string) => kind.normalize(raw))));
}

type GroupShape<Group extends Readonly<Record<string, FieldKindId>>> = { -readonly [Key in keyof Group]: ReturnType<typeof canonicalValue> };

function groupSchema<const Group extends Readonly<Record<string, FieldKindId>>>(group: Group) {
  // Object.fromEntries cannot carry the keys' types; the mapped type states what it builds.
  const shape = Object.fromEntries(Object.entries(group).map(([key, kindId]) => [key, canonicalValue(kindId)])) as GroupShape<Group>;
  return z.object(shape);
}

/** A group missing from storage reads as an empty group. */
export const profileShapeSchema = z.object({
  contacts: z.prefault(groupSchema(PROFILE_FIELDS.contacts), {}),
  person: z.prefault(groupSchema(PROFILE_FIELDS.person), {}),
  document: z.prefault(groupSchema(PROFILE_FIELDS.document), {}),
  registrationAddress: z.prefault(groupSchema(PROFILE_FIELDS.registrationAddress), {}),
  actualAddress: z.prefault(groupSchema(PROFILE_FIELDS.actualAddress), {}),
  /** The actual address (for the letter) is the registration address unless this is false. */
  actualSameAsRegistration: z.optional(z.boolean()),
});

export type Profile = z.infer<typeof profileShapeSchema>;

export const PROFILE_VERSION = 1;

export const storedProfileSchema = z.object({
  version: z.literal(PROFILE_VERSION),
  profile: profileShapeSchema,
});

export type StoredProfile = z.infer<typeof storedProfileSchema>;

export function emptyProfile(): Profile {
  return { contacts: {}, person: {}, document: {}, registrationAddress: {}, actualAddress: {} };
}

/** The shape plus every error of every value and cross-field rule, placed at its value's path. */
export function profileSchema(today: Date) {
  return profileShapeSchema.check(
    z.superRefine((profile: Profile, payload) => {
      for (const { path, issue } of profileIssues(profile, today)) {
        if (issue.severity === 'error') payload.issues.push(zodIssueOf(issue, profile, path.split('.')));
      }
    }),
  );
}
