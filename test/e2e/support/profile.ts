/**
 * Puts a profile into the extension's storage the way the extension itself would: the real
 * store code (lib/store) writes into in-memory areas here, and exactly those items are copied
 * into the browser's `storage.local` / `storage.session`. A change of the stored format needs
 * no change here.
 */
import type { Profile } from '../../../lib/profile';
import type { StorageArea } from '../../../lib/storage/area';
import { switchMode } from '../../../lib/store/mode';
import { profileStore } from '../../../lib/store/profile-store';
import type { ChosenMode } from '../../../lib/store/settings';
import type { E2EBrowser } from './browsers';

function memoryArea(): StorageArea & { readonly items: Record<string, unknown> } {
  const items: Record<string, unknown> = {};
  return {
    items,
    async get(keys) {
      return Object.fromEntries(keys.filter((key) => key in items).map((key) => [key, items[key]]));
    },
    async set(next) {
      Object.assign(items, structuredClone(next));
    },
    async remove(keys) {
      for (const key of keys) delete items[key];
    },
  };
}

/** Stores `profile` in `mode` (personal: on disk; public terminal: session only), replacing whatever was stored. */
export function seedProfile(browser: E2EBrowser, profile: Profile, mode: ChosenMode = 'personal'): Promise<void> {
  return seedProfileSaves(browser, [profile], mode);
}

/**
 * Saves each profile in turn, as the person saving the options page again and again would, so
 * the store keeps the last one and its backup copy (the one before); replaces whatever was stored.
 */
export async function seedProfileSaves(browser: E2EBrowser, saves: readonly Profile[], mode: ChosenMode = 'personal'): Promise<void> {
  const env = { local: memoryArea(), session: memoryArea() };
  const switched = await switchMode(env, mode);
  if (!switched.ok) throw new Error(`the store refused the mode ${mode}: ${JSON.stringify(switched)}`);
  const store = profileStore(env);
  for (const profile of saves) {
    const saved = await store.save(profile);
    if (!saved.ok) throw new Error(`the store refused a test profile: ${JSON.stringify(saved)}`);
  }
  await browser.evaluateInExtension(
    async (api, items) => {
      await api.storage.local.clear();
      await api.storage.session.clear();
      await api.storage.local.set(items.local);
      await api.storage.session.set(items.session);
    },
    { local: env.local.items, session: env.session.items },
  );
}
