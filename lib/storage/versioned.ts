/**
 * Values that carry their shape's version: the current schema, plus one migration step per
 * older version. A stored value of version n goes through steps n, n+1, … and then the current
 * schema. The first real migration of a record is one entry in its list.
 */
import { z } from '../zod';

/** A zod object schema whose `version` field is a number literal: the shape stored at that version. */
export type VersionedSchema<T extends { readonly version: number } = { readonly version: number }> = z.ZodMiniType<T> & {
  readonly shape: { readonly version: { readonly def: { readonly values: readonly unknown[] } } };
};

/** One step: from the shape of `fromVersion` to the shape of the next version. */
export interface Migration {
  readonly fromVersion: number;
  readonly upgrade: (stored: unknown) => unknown;
}

export interface VersionedDefinition<T extends { readonly version: number }> {
  /** The current shape. */
  readonly schema: VersionedSchema<T>;
  /** migrations[0] upgrades version 1 to 2, migrations[1] version 2 to 3, …; empty at version 1. */
  readonly migrations?: readonly Migration[];
}

/** `damaged`: not this record's shape at any version; `future-version`: written by a newer build. */
export type DecodeProblem = 'damaged' | 'future-version';
export type Decoded<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: DecodeProblem };

export interface Versioned<T> {
  readonly version: number;
  /** Any stored value → the current shape, migrated when older. Never throws. */
  decode(stored: unknown): Decoded<T>;
}

function versionOf(schema: VersionedSchema): number {
  const [version] = schema.shape.version.def.values;
  if (typeof version !== 'number') throw new TypeError('A versioned schema needs a number literal as its `version`.');
  return version;
}

/** A migration step from the shape `from` (parsed first, so each step sees exactly the shape it expects). */
export function migration<F extends { readonly version: number }>(from: VersionedSchema<F>, up: (previous: F) => unknown): Migration {
  return { fromVersion: versionOf(from), upgrade: (stored) => up(z.parse(from, stored)) };
}

const storedVersionSchema = z.object({ version: z.int().check(z.positive()) });

/**
 * Checks the definition once, where it is written: a step out of order or a schema whose version
 * does not follow the last step is a programming error and throws at load time, not on a
 * user's data.
 */
export function defineVersioned<T extends { readonly version: number }>(definition: VersionedDefinition<T>): Versioned<T> {
  const { schema, migrations = [] } = definition;
  const version = versionOf(schema);
  migrations.forEach((step, index) => {
    if (step.fromVersion !== index + 1) throw new RangeError(`Migration ${index} must start at version ${index + 1}, not ${step.fromVersion}.`);
  });
  if (version !== migrations.length + 1) throw new RangeError(`Version ${version} needs ${version - 1} migration steps, found ${migrations.length}.`);

  return {
    version,
    decode(stored) {
      const stamped = z.safeParse(storedVersionSchema, stored);
      if (!stamped.success) return { ok: false, problem: 'damaged' };
      if (stamped.data.version > version) return { ok: false, problem: 'future-version' };
      try {
        const upgraded = migrations.slice(stamped.data.version - 1).reduce((value, step) => step.upgrade(value), stored);
        const parsed = z.safeParse(schema, upgraded);
        return parsed.success ? { ok: true, value: parsed.data } : { ok: false, problem: 'damaged' };
      } catch {
        return { ok: false, problem: 'damaged' };
      }
    },
  };
}
