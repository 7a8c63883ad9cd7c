/**
 * How long anything about a person stays: the inactivity timer, «Завершить сеанс», the wipe
 * at browser start.
 *
 * Inactivity, in minutes of the mode (public: `publicIdleMinutes`; personal with a passphrase:
 * `lockAfterMinutes`), ends the session at the first of:
 * - the computer had no keyboard or mouse input that long, or its screen locked (the `idle`
 *   API): the person walked away;
 * - the helper was not used that long — none of its pages opened, no portal page with its
 *   content script changed (an alarm, which outlives the background worker): on a public
 *   terminal the next person may sit down at once, and the computer never goes idle.
 * Ending it wipes the public terminal's session and locks a personal profile.
 *
 * At browser start a public terminal wipes what a crash may have left on disk; memory
 * (`storage.session`) is empty by then anyway, which also locks a personal profile.
 */
import type { PopupToContent } from '../messages';
import { isGenuinePortalUrl } from '../portal/guard';
import { DONE, type Outcome } from '../store/outcome';
import { profileStore } from '../store/profile-store';
import { eraseDiskData, eraseEverything } from '../store/records';
import { inactivityMinutes, keepsDataOnDisk, readSettings } from '../store/settings';
import type { BackgroundEnv } from './env';

export const INACTIVITY_ALARM = 'sec-inactivity';

/** The shortest interval the `idle` API accepts. */
const MIN_IDLE_SECONDS = 15;

const CLEAR_PAGE: PopupToContent = { type: 'clear-page' };

export function sessionGuard(env: BackgroundEnv) {
  const profiles = profileStore(env.store);

  /** Every tab that may hold our marks; a tab without our content script just refuses. */
  async function clearPortalPages(): Promise<void> {
    const tabs = await env.tabs.query({}).catch(() => []);
    await Promise.all(
      tabs.map((tab) =>
        tab.id === undefined || (tab.url !== undefined && !isGenuinePortalUrl(tab.url)) ? undefined : env.tabs.sendMessage(tab.id, CLEAR_PAGE).catch(() => undefined),
      ),
    );
  }

  async function endSession(): Promise<Outcome> {
    const erased = await eraseEverything(env.store);
    await env.alarms.clear(INACTIVITY_ALARM);
    await clearPortalPages();
    return erased;
  }

  async function expire(): Promise<Outcome> {
    const { effective } = await readSettings(env.store);
    if (!keepsDataOnDisk(effective.mode)) return endSession();
    await env.alarms.clear(INACTIVITY_ALARM);
    return profiles.lock();
  }

  return {
    endSession,

    /** The alarm or the idle detector says the time is up. */
    expire,

    /** Someone used the helper: the timer starts again (a personal profile only while unlocked). */
    async noteActivity(): Promise<void> {
      const { effective } = await readSettings(env.store);
      const guarded = !keepsDataOnDisk(effective.mode) || (await profiles.protection()) === 'unlocked';
      if (!guarded) {
        await env.alarms.clear(INACTIVITY_ALARM);
        return;
      }
      await env.alarms.create(INACTIVITY_ALARM, { when: env.now().getTime() + inactivityMinutes(effective) * 60_000 });
    },

    /** The idle detector follows the mode's minutes; set at every worker start and settings change. */
    async applyIdleInterval(): Promise<void> {
      const { effective } = await readSettings(env.store);
      env.idle?.setDetectionInterval(Math.max(MIN_IDLE_SECONDS, inactivityMinutes(effective) * 60));
    },

    async onBrowserStart(): Promise<Outcome> {
      const { effective } = await readSettings(env.store);
      return effective.mode === 'public-terminal' ? endSession() : DONE;
    },

    /**
     * At every worker start, a public terminal erases whatever is on disk about a person: it
     * never writes any there, so anything found is a leftover. `runtime.onStartup` alone does
     * not cover it: Chromium does not send it to an extension loaded with `--load-extension`
     * (as kiosk scripts load it), nor Firefox to a temporary add-on. Memory is left alone: the
     * session in use lives there.
     */
    async onWorkerStart(): Promise<Outcome> {
      const { effective } = await readSettings(env.store);
      return effective.mode === 'public-terminal' ? eraseDiskData(env.store) : DONE;
    },
  };
}
