/**
 * The part of `browser.storage.local` / `.session` the stores use. A parameter rather than an
 * import, so the same code serves both areas and tests hand in a fake that fails on purpose.
 */
export interface StorageArea {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}
