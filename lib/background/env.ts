/**
 * What the background logic needs from the browser, narrowed to the calls it makes, so tests
 * hand in fakes (WXT's fake browser has no `idle` and no `tabs.sendMessage`).
 */
import type { browser } from 'wxt/browser';
import type { ENGINE_SCRIPT } from '../content/bridge';
import type { StoreEnv } from '../store/env';

export interface BadgeApi {
  setBadgeText(details: { tabId: number; text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { tabId: number; color: string }): Promise<void>;
  setTitle(details: { tabId: number; title: string }): Promise<void>;
}

/** What `tabs.query` shows without the `tabs` permission: ids, and URLs only of hosts we may see. */
export interface TabInfo {
  readonly id?: number;
  readonly url?: string;
}

export interface TabsApi {
  query(query: { active?: boolean; currentWindow?: boolean }): Promise<TabInfo[]>;
  sendMessage(tabId: number, message: unknown): Promise<unknown>;
}

/** Injecting the in-page engine into the portal page that asked for it. */
export interface ScriptingApi {
  executeScript(injection: { target: { tabId: number; frameIds: number[] }; files: (typeof ENGINE_SCRIPT)[] }): Promise<unknown>;
}

export interface BackgroundEnv {
  readonly store: StoreEnv;
  readonly extensionId: string;
  /** `runtime.getURL('')`: every page of the extension starts with it. */
  readonly extensionOrigin: string;
  readonly now: () => Date;
  readonly alarms: {
    create(name: string, info: { when: number }): Promise<void>;
    clear(name: string): Promise<boolean>;
  };
  /** Absent where the browser has no idle detection (then only the alarm counts). */
  readonly idle?: { setDetectionInterval(seconds: number): void };
  readonly tabs: TabsApi;
  readonly badge: BadgeApi;
  readonly scripting: ScriptingApi;
}

export type BrowserApi = typeof browser;

export function backgroundEnvFrom(api: BrowserApi): BackgroundEnv {
  return {
    store: { local: api.storage.local, session: api.storage.session, managed: api.storage.managed },
    extensionId: api.runtime.id,
    extensionOrigin: api.runtime.getURL(''),
    now: () => new Date(),
    alarms: api.alarms,
    ...(api.idle ? { idle: api.idle } : {}),
    tabs: api.tabs,
    badge: api.action,
    scripting: api.scripting,
  };
}
