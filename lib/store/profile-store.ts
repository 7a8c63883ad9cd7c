/**
 * The profile, wherever the mode keeps it (lib/store/records.ts), with its passphrase.
 *
 * - Public terminal (and before the first-run choice): `storage.session` only; no passphrase
 *   (nothing is on disk to protect, and the session dies with the browser).
 * - Personal: `storage.local`, in plain, or sealed when the person set a passphrase. The sealed
 *   copy, when there is one in any state, is the profile; a plain copy beside it is what an
 *   interrupted migration left and is erased once the sealed copy reads well.
 *
 * Migrations never leave the profile without a good copy: the new copy is written and read
 * back first, the old one is erased after. Unlocking parks the data key in `storage.session`
 * (exportSessionKey), so the popup, the options page and the background share it, and it dies
 * with the browser; locking removes it.
 */
import { createVault, changePassphrase as rewrapVault, exportSessionKey, importSessionKey, unlock as unlockVault } from '../crypto/vault';
import type { MessageKey } from '../i18n';
import { emptyProfile, type Profile, type StoredProfile } from '../profile';
import type { ReadResult } from '../storage/record';
import type { OpenResult } from '../storage/sealed';
import type { StoreEnv } from './env';
import { DONE, failed, type Outcome } from './outcome';
import { dropSessionKey, eraseProfileEverywhere, plainProfileRecord, sealedProfileRecord, SESSION_KEY_ITEM } from './records';
import { keepsDataOnDisk, readSettings } from './settings';

/** Shorter passphrases fall to guessing even behind 600,000 PBKDF2 rounds. */
export const MIN_PASSPHRASE_LENGTH = 8;

/**
 * - `ready`: the profile (`notice`: it came from the backup copy, say so).
 * - `empty`: nothing stored.
 * - `locked`: sealed; unlock first (`notice`: why an earlier unlock no longer holds).
 * - `damaged`: stored but unreadable; kept as it is, `message` says what happened.
 */
export type ProfileLoad =
  | { readonly status: 'ready'; readonly profile: Profile; readonly notice?: MessageKey }
  | { readonly status: 'empty' }
  | { readonly status: 'locked'; readonly notice?: MessageKey }
  | { readonly status: 'damaged'; readonly message: MessageKey };

/** `off`: no passphrase (always so on a public terminal). */
export type Protection = 'off' | 'locked' | 'unlocked';

type DataKey = { readonly ok: true; readonly dataKey: CryptoKey } | { readonly ok: false; readonly notice?: MessageKey };

function fromRead(read: ReadResult<StoredProfile, undefined> | OpenResult<StoredProfile>): ProfileLoad {
  switch (read.status) {
    case 'empty':
      return { status: 'empty' };
    case 'stored':
      return { status: 'ready', profile: read.value.profile };
    case 'recovered':
      return { status: 'ready', profile: read.value.profile, notice: read.message };
    case 'unreadable':
    case 'undecryptable':
      return { status: 'damaged', message: read.message };
  }
}

function stored(profile: Profile): StoredProfile {
  return { version: 1, profile };
}

export function profileStore(env: StoreEnv) {
  const plain = plainProfileRecord(env.local);
  const sealed = sealedProfileRecord(env.local);
  const inSession = plainProfileRecord(env.session);

  async function onDisk(): Promise<boolean> {
    return keepsDataOnDisk((await readSettings(env)).effective.mode);
  }

  async function sessionKey(): Promise<DataKey> {
    let item: unknown;
    try {
      item = (await env.session.get([SESSION_KEY_ITEM]))[SESSION_KEY_ITEM];
    } catch {
      return { ok: false, notice: 'privacy_storage_read_failed' };
    }
    if (item === undefined) return { ok: false };
    const imported = await importSessionKey(item);
    return imported.ok ? imported : { ok: false, notice: imported.message };
  }

  async function keepSessionKey(dataKey: CryptoKey): Promise<Outcome> {
    try {
      await env.session.set({ [SESSION_KEY_ITEM]: await exportSessionKey(dataKey) });
      return DONE;
    } catch {
      return failed('sec_unlock_not_kept');
    }
  }

  /** The stored vault and the profile it seals, opened with the passphrase; nothing changes. */
  async function openWith(passphrase: string) {
    const locked = await sealed.locked();
    if (locked.status === 'empty') return { ok: false, outcome: failed('sec_passphrase_not_set') } as const;
    if (locked.status === 'unreadable') return { ok: false, outcome: failed(locked.message) } as const;
    const unlocked = await unlockVault(locked.vault, passphrase);
    if (!unlocked.ok) return { ok: false, outcome: failed(unlocked.message) } as const;
    const opened = fromRead(await sealed.open(unlocked.dataKey));
    if (opened.status === 'damaged') return { ok: false, outcome: failed(opened.message) } as const;
    const profile = opened.status === 'ready' ? opened.profile : emptyProfile();
    return { ok: true, vault: locked.vault, dataKey: unlocked.dataKey, profile } as const;
  }

  return {
    async load(): Promise<ProfileLoad> {
      if (!(await onDisk())) return fromRead(await inSession.read());
      const locked = await sealed.locked();
      if (locked.status === 'empty') return fromRead(await plain.read());
      if (locked.status === 'unreadable') return { status: 'damaged', message: locked.message };
      // Sealed and readable: a plaintext copy beside it is a leftover; it must not stay on disk.
      if ((await plain.read()).status !== 'empty') await plain.erase();
      const key = await sessionKey();
      if (!key.ok) return { status: 'locked', ...(key.notice ? { notice: key.notice } : {}) };
      return fromRead(await sealed.open(key.dataKey));
    },

    /** Never over the last good copy: on failure what was stored stays. */
    async save(profile: Profile): Promise<Outcome> {
      if (!(await onDisk())) return inSession.write(stored(profile));
      const locked = await sealed.locked();
      if (locked.status === 'empty') return plain.write(stored(profile));
      if (locked.status === 'unreadable') return failed(locked.message);
      const key = await sessionKey();
      if (!key.ok) return failed('sec_profile_locked');
      return sealed.write(stored(profile), { vault: locked.vault, dataKey: key.dataKey });
    },

    /** The profile in every place, and its passphrase with it. */
    erase: (): Promise<Outcome> => eraseProfileEverywhere(env),

    async protection(): Promise<Protection> {
      if (!(await onDisk()) || (await sealed.locked()).status === 'empty') return 'off';
      return (await sessionKey()).ok ? 'unlocked' : 'locked';
    },

    /** Seals the plain copy under a new passphrase, then erases the plain copy; leaves it unlocked. */
    async setPassphrase(passphrase: string): Promise<Outcome> {
      if (!(await onDisk())) return failed('sec_passphrase_personal_only');
      if (passphrase.length < MIN_PASSPHRASE_LENGTH) return failed('sec_passphrase_too_short');
      if ((await sealed.locked()).status !== 'empty') return failed('sec_passphrase_already_set');
      const current = await plain.read();
      if (current.status === 'unreadable') return failed(current.message);
      const created = await createVault(passphrase, env.vault);
      if (!created.ok) return failed(created.message);
      const written = await sealed.write(current.value ?? stored(emptyProfile()), created);
      if (!written.ok) return written;
      if ((await sealed.open(created.dataKey)).status !== 'stored') {
        await sealed.erase();
        return failed('privacy_storage_write_unverified');
      }
      await keepSessionKey(created.dataKey);
      const erased = await plain.erase();
      // The sealed copy is good; load() erases the plain one next time should this fail.
      return erased.ok ? DONE : failed('sec_plain_copy_left');
    },

    /** A wrong current passphrase changes nothing. */
    async changePassphrase(current: string, next: string): Promise<Outcome> {
      if (next.length < MIN_PASSPHRASE_LENGTH) return failed('sec_passphrase_too_short');
      const opened = await openWith(current);
      if (!opened.ok) return opened.outcome;
      const rewrapped = await rewrapVault(opened.vault, current, next, env.vault);
      if (!rewrapped.ok) return failed(rewrapped.message);
      const written = await sealed.write(stored(opened.profile), { vault: rewrapped.vault, dataKey: opened.dataKey });
      if (!written.ok) return written;
      await keepSessionKey(opened.dataKey);
      return DONE;
    },

    /** Writes the plain copy, then erases the sealed one; a wrong passphrase changes nothing. */
    async removePassphrase(passphrase: string): Promise<Outcome> {
      const opened = await openWith(passphrase);
      if (!opened.ok) return opened.outcome;
      const written = await plain.write(stored(opened.profile));
      if (!written.ok) return written;
      const erased = await sealed.erase();
      // Both copies stay when the sealed one could not be erased: the passphrase is still on, nothing is lost.
      if (!erased.ok) return erased;
      return dropSessionKey(env);
    },

    async unlock(passphrase: string): Promise<Outcome> {
      const opened = await openWith(passphrase);
      return opened.ok ? keepSessionKey(opened.dataKey) : opened.outcome;
    },

    lock: (): Promise<Outcome> => dropSessionKey(env),
  };
}

export type ProfileStore = ReturnType<typeof profileStore>;
