/**
 * The stage record where this computer keeps it: on disk on a personal computer, in memory on a
 * public terminal (as lib/store/records.ts, stageArea).
 *
 * Which one depends on the mode, and the mode on the administrator's policy in managed storage,
 * whose first read in a freshly started Chromium takes about two seconds. The popup cannot wait
 * that long to show the stage, so there are two answers: `first`, from the person's stored
 * settings alone (a few milliseconds), and `settled`, once the policy is read. They differ only
 * when a policy forces the public-terminal mode the stored settings do not say.
 */
import type { StoreEnv } from '../store/env';
import { effectiveSettings, keepsDataOnDisk, readPolicy, settingsStore, type Mode, type Policy } from '../store/settings';
import type { ReadResult, StoredRecord } from '../storage/record';
import type { StageRecord } from './record';
import { stageRecordStore } from './store';

export interface CurrentStage {
  /** The store to write changes to, in this computer's mode. */
  readonly store: StoredRecord<StageRecord>;
  readonly read: ReadResult<StageRecord>;
  /** On disk (personal computer) or in memory (public terminal). */
  readonly onDisk: boolean;
}

const NO_POLICY: Policy = { forcePublicTerminal: false };

export function readCurrentStage(env: StoreEnv): { readonly first: Promise<CurrentStage>; readonly settled: Promise<CurrentStage> } {
  const stored = Promise.all([settingsStore(env.local).read(), stageRecordStore(env.local).read(), stageRecordStore(env.session).read()]);
  const at = async (policy: Policy): Promise<CurrentStage> => {
    const [settings, onDisk, inMemory] = await stored;
    const mode: Mode = effectiveSettings(settings.value, policy).mode;
    // stageArea (lib/store/records.ts) says the same; importing it would pull the profile and its
    // crypto into the popup's first chunk, which must stay small to show the stage at once.
    const diskMode = keepsDataOnDisk(mode);
    return { store: stageRecordStore(diskMode ? env.local : env.session), read: diskMode ? onDisk : inMemory, onDisk: diskMode };
  };
  return { first: at(NO_POLICY), settled: readPolicy(env.managed).then(at) };
}
