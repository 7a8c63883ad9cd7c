/**
 * The background: answers the content script and the helper's pages, and keeps the
 * inactivity timer. It decides whom to answer from the sender the browser reports, never from
 * what a message says about itself:
 * - the extension's own pages: `sender.url` starts with the extension's origin;
 * - the content script on a genuine portal page: the top frame of an https page on an exact
 *   portal host (isGenuinePortalSender), in a tab;
 * - anything else, or a message that does not parse: no answer.
 *
 * No state lives in the worker's memory: the browser stops it after about 30 idle seconds.
 * Everything is in storage and alarms, so a restarted worker carries on.
 */
import {
  ContentToBackgroundSchema,
  PageToBackgroundSchema,
  parseMessage,
  type ContentToBackground,
  type PageActionReply,
  type PageToBackground,
  type ProfileKindsReply,
  type ProfileValuesReply,
} from '../messages';
import { isGenuinePortalSender } from '../portal/guard';
import { engineLoader } from './engine-loader';
import { recordObservation, stageRecordStore } from '../stage/store';
import { profileStore } from '../store/profile-store';
import { SESSION_KEY_ITEM } from '../store/records';
import { readSettings, SETTINGS_KEY, stageArea } from '../store/settings';
import { backgroundEnvFrom, type BackgroundEnv, type BrowserApi } from './env';
import { markTab } from './lookalike';
import { profileKindsReply, profileValuesReply } from './profile-answers';
import { INACTIVITY_ALARM, sessionGuard } from './session';

/** What the browser reports about a message's origin (`runtime.MessageSender`). */
export interface Sender {
  readonly id?: string;
  readonly url?: string;
  readonly frameId?: number;
  /** Chrome's id of the sending document (Firefox reports none). */
  readonly documentId?: string;
  readonly tab?: { readonly id?: number };
}

type StorageChanges = Readonly<Record<string, { readonly newValue?: unknown }>>;

export function createBackground(env: BackgroundEnv) {
  const guard = sessionGuard(env);
  const profiles = profileStore(env.store);
  const engines = engineLoader(env.scripting);

  async function answerPortal(message: ContentToBackground, sender: Sender): Promise<unknown> {
    const tabId = sender.tab?.id;
    // Neither the timer nor the badge may stand in the way of the answer; the idle detector still guards.
    await guard.noteActivity().catch(() => undefined);
    if (tabId !== undefined) await markTab(env.badge, tabId, null).catch(() => undefined);
    switch (message.type) {
      case 'page-observed': {
        const { effective } = await readSettings(env.store);
        await recordObservation(stageRecordStore(stageArea(env.store, effective.mode)), message.observation, env.now());
        return undefined;
      }
      case 'profile-kinds':
        return profileKindsReply(await profiles.load(), message.kinds);
      case 'profile-values':
        return profileValuesReply(await profiles.load(), message.kinds);
      case 'load-engine':
        return engines.load(sender);
    }
  }

  /** A content script elsewhere than a genuine portal page: told so, given nothing. */
  function refusePortal(message: ContentToBackground): Promise<ProfileValuesReply | ProfileKindsReply> | undefined {
    if (message.type === 'profile-values') return Promise.resolve({ ok: false, reason: 'not-portal' });
    if (message.type === 'profile-kinds') return Promise.resolve({ kinds: [] });
    return undefined;
  }

  async function answerPage(message: PageToBackground): Promise<PageActionReply> {
    switch (message.type) {
      case 'end-session':
        return { ok: (await guard.endSession()).ok };
      case 'activity':
        await guard.noteActivity();
        return { ok: true };
    }
  }

  return {
    /** A promise for an answer, or undefined: no answer at all (the message is ignored). */
    onMessage(raw: unknown, sender: Sender): Promise<unknown> | undefined {
      if (sender.id !== env.extensionId) return undefined;
      if (sender.url?.startsWith(env.extensionOrigin)) {
        const message = parseMessage(PageToBackgroundSchema, raw);
        return message ? answerPage(message) : undefined;
      }
      if (!sender.tab) return undefined;
      const message = parseMessage(ContentToBackgroundSchema, raw);
      if (!message) return undefined;
      return isGenuinePortalSender(sender) ? answerPortal(message, sender) : refusePortal(message);
    },

    async onAlarm(name: string): Promise<void> {
      if (name === INACTIVITY_ALARM) await guard.expire();
    },

    /** `idle` after the detection interval, `locked` when the screen locks; `active` changes nothing. */
    async onIdleState(state: string): Promise<void> {
      if (state === 'idle' || state === 'locked') await guard.expire();
    },

    onBrowserStart: () => guard.onBrowserStart(),

    /** Settings or policy changed: new minutes. A key appearing is an unlock: the lock timer starts. */
    async onStorageChanged(changes: StorageChanges, area: string): Promise<void> {
      const settingsChanged = area === 'managed' || (area === 'local' && SETTINGS_KEY in changes);
      if (settingsChanged) await guard.applyIdleInterval();
      const key = area === 'session' ? changes[SESSION_KEY_ITEM]?.newValue : undefined;
      const unlocked = key !== undefined && key !== null;
      if (settingsChanged || unlocked) await guard.noteActivity();
    },

    /** At every worker start: the idle detector's interval is not kept across restarts by every browser; a public terminal's disk is swept. */
    async start(): Promise<void> {
      await guard.applyIdleInterval();
      await guard.onWorkerStart();
    },
  };
}

export type Background = ReturnType<typeof createBackground>;

/**
 * Listeners are added synchronously, at the worker's start, so that their events wake it. They
 * return their work's promise (the browser ignores it) so that a caller can wait for it.
 */
export function startBackground(api: BrowserApi): Background {
  const background = createBackground(backgroundEnvFrom(api));
  api.runtime.onMessage.addListener((message: unknown, sender) => background.onMessage(message, sender));
  api.alarms.onAlarm.addListener((alarm) => background.onAlarm(alarm.name));
  api.idle?.onStateChanged.addListener((state) => background.onIdleState(state));
  api.runtime.onStartup.addListener(() => background.onBrowserStart());
  api.storage.onChanged.addListener((changes, area) => background.onStorageChanged(changes, area));
  void background.start();
  return background;
}
