/**
 * A versioned record in a storage area that loses nothing: not on a crash, not on a damaged
 * copy, not on a failed write, not on data from a newer version of the extension.
 *
 * Key layout, for a record named `profile`:
 *   profile          the current copy
 *   profile.backup   the copy before it
 *   profile.staging  a write in progress
 * Each copy is a string: the CRC-32 of the JSON (8 hex digits), then the JSON itself.
 *
 * Why this is crash-safe: only one key is set at a time (browsers do not promise that a
 * multi-key `set` is atomic), and a write never touches a key while it holds the only good copy.
 * A write goes: staging ← new, read back and parsed (the area demonstrably stores this exact
 * text); backup ← current, when current is good; current ← new, read back. Whenever the browser
 * dies, either the current copy is intact or it is being replaced while the backup already
 * holds a good one; a torn or half-written copy fails its checksum, and read() falls back.
 */
import { z } from '../zod';
import type { MessageKey } from '../i18n';
import type { StorageArea } from './area';
import { CHECKSUM_LENGTH, crc32Hex } from './checksum';
import { defineVersioned, type DecodeProblem, type VersionedDefinition } from './versioned';

export interface RecordDefinition<T extends { readonly version: number }, E> extends VersionedDefinition<T> {
  readonly area: StorageArea;
  readonly key: string;
  /** What read() gives when nothing is stored, or nothing stored can be read (an empty profile, say). */
  readonly empty: E;
}

/**
 * - `stored`: the current copy (migrated to the current version when it was older).
 * - `empty`: nothing stored at all: `value` is the empty value and there is no message.
 * - `recovered`: the current copy was unusable; `value` is the previous good copy.
 * - `unreadable`: nothing usable; `value` is the empty value, and what is stored is left as it is.
 */
export type ReadResult<T, E = T> =
  | { readonly status: 'stored'; readonly value: T }
  | { readonly status: 'empty'; readonly value: E }
  | { readonly status: 'recovered'; readonly value: T; readonly message: MessageKey }
  | { readonly status: 'unreadable'; readonly value: E; readonly message: MessageKey };

/**
 * - `invalid`: the value does not match the schema.
 * - `area-failed`: the storage area threw (quota, browser shutting down).
 * - `unverified`: the area returned something else than what was written.
 * - `future-version`: the current copy comes from a newer build; writing would destroy it.
 */
export type WriteError = 'invalid' | 'area-failed' | 'unverified' | 'future-version';
export type WriteResult = { readonly ok: true } | { readonly ok: false; readonly error: WriteError; readonly message: MessageKey };

export interface StoredRecord<T, E = T> {
  readonly key: string;
  /** Never throws. */
  read(): Promise<ReadResult<T, E>>;
  /** Never throws; on failure the previously stored copies are as they were. */
  write(value: T): Promise<WriteResult>;
  /** Deletes every copy: the person asked to remove their data from this computer. */
  erase(): Promise<WriteResult>;
}

const WRITE_MESSAGES: Readonly<Record<WriteError, MessageKey>> = {
  invalid: 'privacy_storage_write_invalid',
  'area-failed': 'privacy_storage_write_failed',
  unverified: 'privacy_storage_write_unverified',
  'future-version': 'privacy_storage_write_blocked_future',
};

export function writeFailure(error: WriteError): WriteResult {
  return { ok: false, error, message: WRITE_MESSAGES[error] };
}

/** One stored copy, as found. `text` is kept so a good copy moves to the backup byte for byte. */
type Copy<T> = { readonly state: 'absent' } | { readonly state: 'good'; readonly value: T; readonly text: string } | { readonly state: DecodeProblem };

function frame(value: unknown): string {
  const json = JSON.stringify(value);
  return crc32Hex(json) + json;
}

/** The JSON inside a framed copy, or undefined when it fails its checksum or does not parse. */
function unframe(stored: string): unknown {
  const json = stored.slice(CHECKSUM_LENGTH);
  if (stored.slice(0, CHECKSUM_LENGTH) !== crc32Hex(json)) return undefined;
  try {
    return JSON.parse(json);
  } catch {
    return undefined;
  }
}

/** Write steps run one after another per record, so a page's two quick saves cannot interleave. */
function serialised() {
  let last: Promise<unknown> = Promise.resolve();
  return <R>(task: () => Promise<R>): Promise<R> => {
    const run = last.then(task);
    last = run.catch(() => undefined);
    return run;
  };
}

export function defineRecord<T extends { readonly version: number }, E = T>(definition: RecordDefinition<T, E>): StoredRecord<T, E> {
  const { area, key, empty } = definition;
  const versioned = defineVersioned(definition);
  const backupKey = `${key}.backup`;
  const stagingKey = `${key}.staging`;
  const queue = serialised();

  function inspect(stored: unknown): Copy<T> {
    if (stored === undefined) return { state: 'absent' };
    if (typeof stored !== 'string') return { state: 'damaged' };
    const decoded = versioned.decode(unframe(stored));
    return decoded.ok ? { state: 'good', value: decoded.value, text: stored } : { state: decoded.problem };
  }

  async function storedAt(itemKey: string): Promise<unknown> {
    return (await area.get([itemKey]))[itemKey];
  }

  async function read(): Promise<ReadResult<T, E>> {
    let items: Record<string, unknown>;
    try {
      items = await area.get([key, backupKey]);
    } catch {
      return { status: 'unreadable', value: empty, message: 'privacy_storage_read_failed' };
    }
    const current = inspect(items[key]);
    if (current.state === 'good') return { status: 'stored', value: current.value };
    const backup = inspect(items[backupKey]);
    if (current.state === 'absent' && backup.state === 'absent') return { status: 'empty', value: empty };
    if (backup.state === 'good') {
      return { status: 'recovered', value: backup.value, message: current.state === 'future-version' ? 'privacy_storage_recovered_future' : 'privacy_storage_recovered_damaged' };
    }
    const fromNewerBuild = current.state === 'future-version' || backup.state === 'future-version';
    return { status: 'unreadable', value: empty, message: fromNewerBuild ? 'privacy_storage_unreadable_future' : 'privacy_storage_unreadable_damaged' };
  }

  async function commit(text: string): Promise<WriteResult> {
    const previous = await storedAt(key);
    const current = inspect(previous);
    if (current.state === 'future-version') return writeFailure('future-version');

    await area.set({ [stagingKey]: text });
    const staged = await storedAt(stagingKey);
    if (staged !== text || inspect(staged).state !== 'good') return writeFailure('unverified');

    if (current.state === 'good') await area.set({ [backupKey]: current.text });
    await area.set({ [key]: text });
    if ((await storedAt(key)) !== text) {
      // Put back what was there; the backup holds the last good copy should this fail too.
      await (previous === undefined ? area.remove([key]) : area.set({ [key]: previous }));
      return writeFailure('unverified');
    }
    try {
      await area.remove([stagingKey]);
    } catch {
      // Saved already; a leftover staging copy is harmless and replaced by the next write.
    }
    return { ok: true };
  }

  return {
    key,
    read,
    write(value) {
      const parsed = z.safeParse(definition.schema, value);
      if (!parsed.success) return Promise.resolve(writeFailure('invalid'));
      const text = frame(parsed.data);
      return queue(() => commit(text).catch(() => writeFailure('area-failed')));
    },
    erase() {
      return queue(() =>
        area.remove([key, backupKey, stagingKey]).then(
          (): WriteResult => ({ ok: true }),
          () => writeFailure('area-failed'),
        ),
      );
    },
  };
}
