/**
 * Switching between «Это мой компьютер» and «Общественный компьютер». The switch moves no data:
 *
 * - to the public-terminal mode, whatever the computer holds about a person on disk (profile,
 *   stage record) is erased first — a public terminal holds nothing on disk. The page asks the
 *   person before (hasDiskData); when the erase fails the mode stays as it was.
 * - to the personal mode, the public session (profile, stage record in memory) ends: it is
 *   erased, never copied to disk behind the person's back. They fill the profile again, knowingly.
 *
 * A mode forced by the administrator cannot be switched.
 */
import type { StoreEnv } from './env';
import { DONE, failed, type Outcome } from './outcome';
import { eraseDiskData, eraseSessionData } from './records';
import { readSettings, settingsStore, type ChosenMode } from './settings';

export async function switchMode(env: StoreEnv, next: ChosenMode): Promise<Outcome> {
  const { stored, effective } = await readSettings(env);
  if (effective.modeForced) return failed('sec_mode_forced');
  if (stored.mode === next) return DONE;
  const erased = next === 'public-terminal' ? await eraseDiskData(env) : await eraseSessionData(env);
  if (!erased.ok) return erased;
  return settingsStore(env.local).write({ ...stored, mode: next });
}
