/**
 * The storage the security stores work on, passed in rather than imported: the popup, the
 * options page and the background hand in the browser's areas; tests hand in fakes that fail
 * on purpose.
 */
import { browser } from 'wxt/browser';
import type { VaultOptions } from '../crypto/vault';
import type { StorageArea } from '../storage/area';

/** What the administrator's policy is read from (`storage.managed`). */
export interface ManagedSource {
  get(keys: string[]): Promise<Record<string, unknown>>;
}

export interface StoreEnv {
  /** On disk: settings; in personal mode the profile and the stage record. */
  readonly local: StorageArea;
  /** In memory, gone when the browser closes: the unlocked key; on a public terminal the profile and the stage record. */
  readonly session: StorageArea;
  /** Absent where the browser has none; it may also throw (Firefox without a policy). */
  readonly managed?: ManagedSource;
  /** Tests only: fewer PBKDF2 rounds. */
  readonly vault?: VaultOptions;
}

export function browserStoreEnv(): StoreEnv {
  return { local: browser.storage.local, session: browser.storage.session, managed: browser.storage.managed };
}
