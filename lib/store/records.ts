/**
 * Every record that holds something about the person, and where: the one list the stores,
 * the mode switch and «Завершить сеанс» work from, so a wipe cannot forget one.
 *
 * - `storage.local`, personal mode only: the profile in plain (`profile`) or sealed under a
 *   passphrase (`profile-sealed`, never both for long), and the stage record (`stage`).
 * - `storage.session` (memory, gone with the browser): the unlocked data key (`profile-key`);
 *   on a public terminal, or before the first-run choice, the profile and the stage record.
 */
import { emptyProfile, storedProfileSchema, type StoredProfile } from '../profile';
import { stageRecordStore } from '../stage/store';
import type { StorageArea } from '../storage/area';
import { defineRecord } from '../storage/record';
import { defineSealedRecord } from '../storage/sealed';
import type { StoreEnv } from './env';
import { DONE, failed, firstFailure, type Outcome } from './outcome';

export const PROFILE_KEY = 'profile';
export const SEALED_PROFILE_KEY = 'profile-sealed';
/** The exported data key while the profile is unlocked (lib/crypto/vault.ts, exportSessionKey). */
export const SESSION_KEY_ITEM = 'profile-key';

export function plainProfileRecord(area: StorageArea) {
  return defineRecord({ area, key: PROFILE_KEY, schema: storedProfileSchema, empty: undefined });
}

export function sealedProfileRecord(area: StorageArea) {
  const empty: StoredProfile = { version: 1, profile: emptyProfile() };
  return defineSealedRecord({ area, key: SEALED_PROFILE_KEY, payload: { schema: storedProfileSchema }, empty });
}

export async function dropSessionKey(env: StoreEnv): Promise<Outcome> {
  try {
    await env.session.remove([SESSION_KEY_ITEM]);
    return DONE;
  } catch {
    return failed('privacy_storage_write_failed');
  }
}

/** The profile in every place it may be, and the unlocked key. */
export function eraseProfileEverywhere(env: StoreEnv): Promise<Outcome> {
  return eraseAll([
    plainProfileRecord(env.local).erase(),
    sealedProfileRecord(env.local).erase(),
    plainProfileRecord(env.session).erase(),
    dropSessionKey(env),
  ]);
}

/** Everything about the person on disk: what a public terminal must not hold. */
export function eraseDiskData(env: StoreEnv): Promise<Outcome> {
  return eraseAll([plainProfileRecord(env.local).erase(), sealedProfileRecord(env.local).erase(), stageRecordStore(env.local).erase()]);
}

/** Everything about the person in memory: the session of a public terminal. */
export function eraseSessionData(env: StoreEnv): Promise<Outcome> {
  return eraseAll([plainProfileRecord(env.session).erase(), stageRecordStore(env.session).erase(), dropSessionKey(env)]);
}

/** «Завершить сеанс — стереть данные»: the profile, the stage record and the key, wherever they are. */
export function eraseEverything(env: StoreEnv): Promise<Outcome> {
  return eraseAll([eraseDiskData(env), eraseSessionData(env)]);
}

/** Each erase runs even when another fails: as much as possible is gone, and the failure is told. */
async function eraseAll(erasing: readonly Promise<Outcome>[]): Promise<Outcome> {
  return firstFailure(await Promise.all(erasing));
}

/** Is anything about the person stored on disk (asked before switching to the public-terminal mode)? */
export async function hasDiskData(env: StoreEnv): Promise<boolean> {
  const [plain, sealed, stage] = await Promise.all([
    plainProfileRecord(env.local).read(),
    sealedProfileRecord(env.local).locked(),
    stageRecordStore(env.local).read(),
  ]);
  return plain.status !== 'empty' || sealed.status !== 'empty' || stage.status !== 'empty';
}
