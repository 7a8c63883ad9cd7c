/**
 * A storage area over WXT's fake `browser.storage.local` that fails on request: a `set` of a
 * given key throws (optionally after storing a torn copy, as a crash mid-write would), or reads
 * of a key return something else than what was stored.
 */
import { browser } from 'wxt/browser';
import type { StorageArea } from '../../../lib/storage/area';

export interface Faults {
  /** Keys whose `set` throws. */
  readonly failSet: Set<string>;
  /** Counts `set` calls down; the one that reaches 0 stores half of its first value, then throws. */
  setsUntilCrash?: number;
  /** Keys whose reads are replaced. */
  readonly alterRead: Map<string, (stored: unknown) => unknown>;
  /** Throw on every `get`. */
  failGet: boolean;
}

export function faultyArea(): { area: StorageArea; faults: Faults } {
  const base: StorageArea = browser.storage.local;
  const faults: Faults = { failSet: new Set(), alterRead: new Map(), failGet: false };
  const area: StorageArea = {
    async get(keys) {
      if (faults.failGet) throw new Error('get failed');
      const items = await base.get(keys);
      for (const [key, alter] of faults.alterRead) if (key in items) items[key] = alter(items[key]);
      return items;
    },
    async set(items) {
      if (faults.setsUntilCrash !== undefined) faults.setsUntilCrash -= 1;
      if (faults.setsUntilCrash === 0) {
        const [key, value] = Object.entries(items)[0] ?? [];
        if (key !== undefined && typeof value === 'string') await base.set({ [key]: value.slice(0, value.length >> 1) });
        throw new Error('crashed');
      }
      if (Object.keys(items).some((key) => faults.failSet.has(key))) throw new Error('quota exceeded');
      await base.set(items);
    },
    remove: (keys) => base.remove(keys),
  };
  return { area, faults };
}

/** Everything in the fake local area, to show that a failure changed nothing. */
export function snapshot(): Promise<Record<string, unknown>> {
  return browser.storage.local.get(null);
}
