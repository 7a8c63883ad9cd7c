/**
 * The background logic over WXT's fake browser, with fakes for what it lacks (`idle`,
 * `tabs.sendMessage`) and a fixed clock. Senders are what the browser would report.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { BackgroundEnv, TabInfo } from '../../../lib/background/env';
import type { Sender } from '../../../lib/background';
import { testEnv } from '../store/support';

export const NOW = new Date(2025, 2, 1, 10, 0);

export const PORTAL_TAB = 1;
/** A tab whose address the extension may not see (no host permission): it may be a portal tab. */
export const UNKNOWN_TAB = 2;
export const OTHER_SITE_TAB = 3;
/** A portal tab whose page has no content script (yet): sending to it fails. */
export const SILENT_TAB = 4;

export const TABS: readonly TabInfo[] = [
  { id: PORTAL_TAB, url: 'https://esia.gosuslugi.ru/login/registration' },
  { id: UNKNOWN_TAB },
  { id: OTHER_SITE_TAB, url: 'https://example.org/' },
  { id: SILENT_TAB, url: 'https://lk.gosuslugi.ru/profile/personal' },
];

export const GENUINE: Sender = { id: fakeBrowser.runtime.id, url: 'https://esia.gosuslugi.ru/login/registration', frameId: 0, tab: { id: PORTAL_TAB } };
export const POPUP: Sender = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };

export interface Harness {
  readonly env: BackgroundEnv;
  /** What `scripting.executeScript` was asked to inject. */
  readonly injected: Parameters<BackgroundEnv['scripting']['executeScript']>[0][];
  /** Messages that reached a tab's content script. */
  readonly delivered: { tabId: number; message: unknown }[];
  readonly idleIntervals: number[];
}

export function harness(): Harness {
  const delivered: Harness['delivered'] = [];
  const idleIntervals: number[] = [];
  const injected: Harness['injected'] = [];
  const env: BackgroundEnv = {
    store: testEnv(),
    extensionId: fakeBrowser.runtime.id,
    extensionOrigin: fakeBrowser.runtime.getURL(''),
    now: () => NOW,
    alarms: fakeBrowser.alarms,
    idle: { setDetectionInterval: (seconds) => void idleIntervals.push(seconds) },
    tabs: {
      query: async () => [...TABS],
      async sendMessage(tabId, message) {
        if (tabId === SILENT_TAB || tabId === OTHER_SITE_TAB) throw new Error('Could not establish connection. Receiving end does not exist.');
        delivered.push({ tabId, message });
        return { cleared: true };
      },
    },
    badge: fakeBrowser.action,
    scripting: { executeScript: async (injection) => void injected.push(injection) },
  };
  return { env, delivered, idleIntervals, injected };
}
