/**
 * Where the two halves of the in-page code meet. The core (entrypoints/content.ts, on every
 * portal page) follows what the page is and which fields it has; the engine
 * (entrypoints/content-engine.ts, injected only into pages where it has work) says what is wrong
 * with a typed value, shows the panel and fills. Both run in the extension's isolated world of
 * the same frame, so they share its global object, which the page's own scripts cannot see: the
 * core leaves itself there under a registry symbol, the engine finds it and registers, and
 * detection is bundled once, in the core.
 *
 * Only the key, the shapes and the path of the engine's file: both halves import this.
 */
import type { ScanResult } from '../detect/scan';
import type { ContentToBackground } from '../messages';

/** The engine's built file (WXT's unlisted script `content-engine`), as `scripting.executeScript` names it. */
export const ENGINE_SCRIPT = '/content-engine.js';

const CORE_KEY = Symbol.for('gosuslugi-helper.content-core');

/** What the engine offers the core. */
export interface EngineHandle {
  /** A command from the helper's own pages (the core checked the sender), not parsed yet. */
  answer(raw: unknown): Promise<unknown>;
}

/** What the core offers the engine. */
export interface CoreHandle {
  /** The page as the latest scan saw it. */
  latestScan(): ScanResult;
  /** Hears of every scan that found something different. Returns stop(). */
  onScan(listener: (scan: ScanResult) => void): () => void;
  /** A question to the background; the reply is the asker's to parse. */
  ask(message: ContentToBackground): Promise<unknown>;
  /** The engine, when it has started; the first one stays. */
  registerEngine(engine: EngineHandle): void;
  hasEngine(): boolean;
}

export function exposeCore(global: object, core: CoreHandle): void {
  Reflect.set(global, CORE_KEY, core);
}

/** The core of this frame, if it started (the engine does nothing without it). */
export function findCore(global: object): CoreHandle | undefined {
  const found: unknown = Reflect.get(global, CORE_KEY);
  return isCoreHandle(found) ? found : undefined;
}

const CORE_METHODS = ['latestScan', 'onScan', 'ask', 'registerEngine', 'hasEngine'] as const;

function isCoreHandle(value: unknown): value is CoreHandle {
  return typeof value === 'object' && value !== null && CORE_METHODS.every((method) => typeof Reflect.get(value, method) === 'function');
}
