/**
 * How this computer is used, stored in `storage.local` (no personal data), and what an
 * administrator imposes through `storage.managed` (Chrome: the `3rdparty` policy, declared in
 * public/managed_schema.json; Firefox: the `3rdparty.Extensions.<add-on id>` enterprise policy).
 *
 * Whether the profile has a passphrase is not a setting: it is whether a sealed copy is stored
 * (lib/store/profile-store.ts). A flag kept beside it could disagree with what is on disk.
 */
import type { MessageKey } from '../i18n';
import type { StorageArea } from '../storage/area';
import { defineRecord, type StoredRecord } from '../storage/record';
import { z } from '../zod';
import type { ManagedSource, StoreEnv } from './env';
import { failed, type Outcome } from './outcome';

/** `unset` until the person answers the first-run question. */
export const ModeSchema = z.enum(['unset', 'personal', 'public-terminal']);
export type Mode = z.infer<typeof ModeSchema>;
export type ChosenMode = Exclude<Mode, 'unset'>;

/** One range for every inactivity delay: at least a minute, at most four hours. */
export const MINUTES_RANGE = { min: 1, max: 240 } as const;
const MinutesSchema = z.int().check(z.gte(MINUTES_RANGE.min), z.lte(MINUTES_RANGE.max));

export const SettingsSchema = z.object({
  version: z.literal(1),
  mode: ModeSchema,
  /** Public terminal: everything is wiped after this long without use. */
  publicIdleMinutes: MinutesSchema,
  /** Personal computer with a passphrase: the profile locks after this long without use. */
  lockAfterMinutes: MinutesSchema,
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = { version: 1, mode: 'unset', publicIdleMinutes: 10, lockAfterMinutes: 15 };

export const SETTINGS_KEY = 'settings';

export function settingsStore(area: StorageArea): StoredRecord<Settings> {
  return defineRecord({ area, key: SETTINGS_KEY, schema: SettingsSchema, empty: DEFAULT_SETTINGS });
}

/** The administrator's policy; the names are those of public/managed_schema.json. */
export interface Policy {
  readonly forcePublicTerminal: boolean;
  readonly publicIdleMinutes?: number;
}

export const POLICY_KEYS = ['forcePublicTerminal', 'publicIdleMinutes'] as const;

/**
 * How long the policy is waited for. Chromium may leave `storage.managed` unanswered for seconds,
 * or for good, while its policy service starts (seen after a browser restart); every action that
 * reads the settings (the inactivity wipe among them) would wait with it.
 */
const POLICY_READ_LIMIT_MS = 1000;

/** `promise`, or undefined once `ms` have passed without it settling (the timer is cleared when it does). */
function withinLimit<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  const expired = new Promise<undefined>((resolve) => {
    const timer = setTimeout(resolve, ms);
    const stop = () => clearTimeout(timer);
    promise.then(stop, stop);
  });
  return Promise.race([promise, expired]);
}

/**
 * No managed storage, one that throws (Firefox without a policy), one that does not answer in
 * POLICY_READ_LIMIT_MS, or a value of the wrong type all read as "no policy" for that key. Each
 * key is parsed on its own, so a bad idle value does not cancel the forced mode.
 */
export async function readPolicy(managed: ManagedSource | undefined): Promise<Policy> {
  let items: Record<string, unknown> = {};
  try {
    items = (managed && (await withinLimit(managed.get([...POLICY_KEYS]), POLICY_READ_LIMIT_MS))) ?? {};
  } catch {
    // No policy installed: Firefox rejects instead of answering with nothing.
  }
  const force = z.safeParse(z.boolean(), items.forcePublicTerminal);
  const minutes = z.safeParse(MinutesSchema, items.publicIdleMinutes);
  return { forcePublicTerminal: force.success && force.data, ...(minutes.success ? { publicIdleMinutes: minutes.data } : {}) };
}

/** The settings in force: the person's, with what the administrator imposes on top. */
export interface EffectiveSettings {
  readonly mode: Mode;
  /** The administrator made this a public terminal: the mode cannot be switched here. */
  readonly modeForced: boolean;
  readonly publicIdleMinutes: number;
  readonly idleForced: boolean;
  readonly lockAfterMinutes: number;
}

export function effectiveSettings(settings: Settings, policy: Policy): EffectiveSettings {
  return {
    mode: policy.forcePublicTerminal ? 'public-terminal' : settings.mode,
    modeForced: policy.forcePublicTerminal,
    publicIdleMinutes: policy.publicIdleMinutes ?? settings.publicIdleMinutes,
    idleForced: policy.publicIdleMinutes !== undefined,
    lockAfterMinutes: settings.lockAfterMinutes,
  };
}

/**
 * Only a computer its owner called personal keeps anything on disk. Until the first-run
 * question is answered the helper behaves as on a public terminal: nothing is written to disk
 * before the person says the computer is theirs.
 */
export function keepsDataOnDisk(mode: Mode): boolean {
  return mode === 'personal';
}

/**
 * Where the stage record lives in this mode. Here rather than beside the profile records, so
 * that the popup's first chunk gets it without the profile and its crypto.
 */
export function stageArea(env: StoreEnv, mode: Mode): StorageArea {
  return keepsDataOnDisk(mode) ? env.local : env.session;
}

/** How long without use before the profile is wiped (public) or locked (personal). */
export function inactivityMinutes(effective: EffectiveSettings): number {
  return keepsDataOnDisk(effective.mode) ? effective.lockAfterMinutes : effective.publicIdleMinutes;
}

export interface SettingsState {
  /** What the person chose (shown in the options). */
  readonly stored: Settings;
  readonly effective: EffectiveSettings;
  /** The stored settings were damaged: recovered from the backup or reset to the defaults. */
  readonly notice?: MessageKey;
}

export async function readSettings(env: StoreEnv): Promise<SettingsState> {
  const [read, policy] = await Promise.all([settingsStore(env.local).read(), readPolicy(env.managed)]);
  const notice = read.status === 'recovered' || read.status === 'unreadable' ? read.message : undefined;
  return { stored: read.value, effective: effectiveSettings(read.value, policy), ...(notice ? { notice } : {}) };
}

export type MinutesPatch = Partial<Pick<Settings, 'publicIdleMinutes' | 'lockAfterMinutes'>>;

/** Changes the inactivity delays; the mode changes only through switchMode (it moves data). */
export async function updateMinutes(env: StoreEnv, patch: MinutesPatch): Promise<Outcome> {
  const { stored, effective } = await readSettings(env);
  if (patch.publicIdleMinutes !== undefined && effective.idleForced) return failed('sec_forced_by_admin');
  const next = { ...stored, ...patch };
  if (!z.safeParse(SettingsSchema, next).success) return failed('sec_minutes_invalid');
  return settingsStore(env.local).write(next);
}
