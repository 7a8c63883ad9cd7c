/**
 * The extension's storage areas as the stores see them (lib/storage/area.ts), reached through its
 * pages: the real record code can then read and write the browser's own `storage.local` or
 * `storage.session` from a test.
 */
import type { StorageArea } from '../../../lib/storage/area';
import type { E2EBrowser } from './browsers';

export type AreaName = 'local' | 'session';

export function extensionStorage(browser: E2EBrowser, area: AreaName): StorageArea {
  return {
    get: (keys) => browser.evaluateInExtension((api, { area, keys }) => api.storage[area].get(keys), { area, keys }),
    set: (items) => browser.evaluateInExtension((api, { area, items }) => api.storage[area].set(items), { area, items }),
    remove: (keys) => browser.evaluateInExtension((api, { area, keys }) => api.storage[area].remove(keys), { area, keys }),
  };
}
