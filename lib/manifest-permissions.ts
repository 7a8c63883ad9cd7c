/**
 * The manifest's API permissions, the whole list, each with why it is needed. wxt.config.ts
 * builds the manifest from this; the build test holds the built manifests to it.
 *
 * Deliberately absent: `tabs` (it would show the extension the address of every page the
 * person visits, a browsing-history-level permission; `activeTab` is enough for the look-alike
 * check) and any host permission beyond the portal hosts the content script runs on.
 */
import { PORTAL_MATCH_PATTERNS } from './portal/hosts';
export const MANIFEST_PERMISSIONS = [
  /** The settings, the profile and the stage record, on this computer only (`local`, `session`, `managed`). */
  'storage',
  /** Timers that outlive the Manifest V3 background worker: wipe or lock after inactivity. */
  'alarms',
  /** «The person walked away»: wipe (public terminal) or lock (passphrase) when the computer sits idle or its screen locks. */
  'idle',
  /** The address of the tab the person opened the popup on, and only that one, to warn of a look-alike of the portal. */
  'activeTab',
  /**
   * The in-page engine (hints, the fill panel, fill) is injected only into portal pages that have
   * fields, or whose tab the popup is working on, so the script on every portal page stays small
   * (lib/background/engine-loader.ts). No install warning of its own: it reaches only the hosts below.
   */
  'scripting',
] as const;

/**
 * Exactly the hosts the content script already runs on, which already show the same install
 * warning («read and change your data on gosuslugi.ru…»). `scripting.executeScript` needs them as
 * host permissions: content-script matches alone do not let it inject. Firefox grants them at
 * install from version 127 (the manifest asks for 140).
 */
export const MANIFEST_HOST_PERMISSIONS: readonly string[] = PORTAL_MATCH_PATTERNS;
