/**
 * The security settings' actions bound to storage, and the state they show: what the options
 * page (or an end-to-end test from an extension page) hands to components/security.
 */
import type { StoreEnv } from './env';
import { switchMode } from './mode';
import type { Outcome } from './outcome';
import { profileStore, type Protection } from './profile-store';
import { hasDiskData } from './records';
import { readSettings, updateMinutes, type ChosenMode, type MinutesPatch, type SettingsState } from './settings';

export interface SecurityActions {
  readonly switchMode: (mode: ChosenMode) => Promise<Outcome>;
  readonly updateMinutes: (patch: MinutesPatch) => Promise<Outcome>;
  readonly setPassphrase: (passphrase: string) => Promise<Outcome>;
  readonly changePassphrase: (current: string, next: string) => Promise<Outcome>;
  readonly removePassphrase: (passphrase: string) => Promise<Outcome>;
  readonly lock: () => Promise<Outcome>;
}

export function securityActions(env: StoreEnv): SecurityActions {
  const profiles = profileStore(env);
  return {
    switchMode: (mode) => switchMode(env, mode),
    updateMinutes: (patch) => updateMinutes(env, patch),
    setPassphrase: (passphrase) => profiles.setPassphrase(passphrase),
    changePassphrase: (current, next) => profiles.changePassphrase(current, next),
    removePassphrase: (passphrase) => profiles.removePassphrase(passphrase),
    lock: () => profiles.lock(),
  };
}

export interface SecurityState {
  readonly settings: SettingsState;
  readonly protection: Protection;
  /** Something about a person is on disk (the mode switch says it will be erased). */
  readonly hasDiskData: boolean;
}

export async function readSecurityState(env: StoreEnv): Promise<SecurityState> {
  const [settings, protection, onDisk] = await Promise.all([readSettings(env), profileStore(env).protection(), hasDiskData(env)]);
  return { settings, protection, hasDiskData: onDisk };
}
