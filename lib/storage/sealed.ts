/**
 * Records whose payload is encrypted (lib/crypto/vault.ts) instead of stored as plaintext.
 * The stored value is the vault (the wrapped data key) and the encrypted payload, kept by a
 * record like any other (checksums, backup, staging). The payload has its own version and
 * migrations, applied after decryption.
 *
 * An envelope that does not decrypt is never wiped: opening it only reports, and a write that
 * would replace it with data under another key is refused. Starting over after a forgotten
 * passphrase is an explicit erase().
 */
import { z } from '../zod';
import type { MessageKey } from '../i18n';
import { decryptJson, encryptJson, encryptedSchema, vaultSchema, type Vault } from '../crypto/vault';
import type { StorageArea } from './area';
import { defineRecord, writeFailure, type ReadResult, type WriteResult } from './record';
import { defineVersioned, type VersionedDefinition } from './versioned';

export const sealedRecordSchema = z.object({ version: z.literal(1), vault: vaultSchema, payload: encryptedSchema });

export interface SealedRecordDefinition<T extends { readonly version: number }> {
  readonly area: StorageArea;
  readonly key: string;
  /** The decrypted payload's shape and migrations. */
  readonly payload: VersionedDefinition<T>;
  /** What open() gives when there is nothing to show. */
  readonly empty: T;
}

/** A vault and the data key it holds, as createVault / unlock + vault / changePassphrase give them. */
export interface UnlockedVault {
  readonly vault: Vault;
  readonly dataKey: CryptoKey;
}

/** Before unlocking: is there a vault, and (when the current copy was damaged) what happened. */
export type LockedState =
  | { readonly status: 'empty' }
  | { readonly status: 'locked'; readonly vault: Vault; readonly message?: MessageKey }
  | { readonly status: 'unreadable'; readonly message: MessageKey };

/** As a record's read, plus `undecryptable`: the envelope is there but this key does not open it. */
export type OpenResult<T> = ReadResult<T> | { readonly status: 'undecryptable'; readonly value: T; readonly message: MessageKey };

export type SealedWriteResult = WriteResult | { readonly ok: false; readonly error: 'undecryptable'; readonly message: MessageKey };

export interface SealedRecord<T> {
  readonly key: string;
  /** The stored vault, to unlock with. Never throws. */
  locked(): Promise<LockedState>;
  /** Reads and decrypts with the unlocked key. Never throws, never writes. */
  open(dataKey: CryptoKey): Promise<OpenResult<T>>;
  /**
   * Encrypts `value` under `unlocked.dataKey` and stores it with `unlocked.vault`, which must be
   * the vault that key came from (a new one after a passphrase change). Refused when a stored
   * payload exists that this key cannot decrypt. Never throws.
   */
  write(value: T, unlocked: UnlockedVault): Promise<SealedWriteResult>;
  erase(): Promise<WriteResult>;
}

export function defineSealedRecord<T extends { readonly version: number }>(definition: SealedRecordDefinition<T>): SealedRecord<T> {
  const { empty } = definition;
  const payload = defineVersioned(definition.payload);
  const record = defineRecord({ area: definition.area, key: definition.key, schema: sealedRecordSchema, empty: undefined });

  return {
    key: record.key,
    async locked() {
      const stored = await record.read();
      switch (stored.status) {
        case 'empty':
          return { status: 'empty' };
        case 'unreadable':
          return { status: 'unreadable', message: stored.message };
        case 'stored':
          return { status: 'locked', vault: stored.value.vault };
        case 'recovered':
          return { status: 'locked', vault: stored.value.vault, message: stored.message };
      }
    },
    async open(dataKey) {
      const stored = await record.read();
      if (stored.status === 'empty') return { status: 'empty', value: empty };
      if (stored.status === 'unreadable') return { status: 'unreadable', value: empty, message: stored.message };
      const decrypted = await decryptJson(dataKey, stored.value.payload);
      if (!decrypted.ok) return { status: 'undecryptable', value: empty, message: decrypted.message };
      const decoded = payload.decode(decrypted.value);
      if (!decoded.ok) {
        return { status: 'unreadable', value: empty, message: decoded.problem === 'future-version' ? 'privacy_storage_unreadable_future' : 'privacy_storage_unreadable_damaged' };
      }
      return stored.status === 'recovered' ? { status: 'recovered', value: decoded.value, message: stored.message } : { status: 'stored', value: decoded.value };
    },
    async write(value, { vault, dataKey }) {
      const parsed = z.safeParse(definition.payload.schema, value);
      if (!parsed.success) return writeFailure('invalid');
      const stored = await record.read();
      if (stored.status === 'stored' || stored.status === 'recovered') {
        const existing = await decryptJson(dataKey, stored.value.payload);
        if (!existing.ok) return { ok: false, error: 'undecryptable', message: 'privacy_storage_write_blocked_undecryptable' };
      }
      return record.write({ version: 1, vault, payload: await encryptJson(dataKey, parsed.data) });
    },
    erase: () => record.erase(),
  };
}
