/**
 * The popup's security parts, loaded after its first render (they read the policy and the
 * profile's protection, which must not delay the stage): the look-alike warning for the tab
 * the popup was opened on, the first-run question, unlocking, and «Завершить сеанс».
 */
import type { ComponentChild } from 'preact';
import { browser } from 'wxt/browser';
import { EndSessionButton } from '../../components/security/EndSessionButton';
import { FirstRunChoice } from '../../components/security/FirstRunChoice';
import { LookalikeBanner } from '../../components/security/LookalikeBanner';
import '../../components/security/security.css';
import { UnlockForm } from '../../components/security/UnlockForm';
import { securityClient } from '../../lib/background/client';
import { checkActiveTab } from '../../lib/background/lookalike';
import { readSecurityState, securityActions } from '../../lib/store/actions';
import type { StoreEnv } from '../../lib/store/env';
import type { Outcome } from '../../lib/store/outcome';
import { profileStore } from '../../lib/store/profile-store';

export interface SecurityParts {
  /** First: the tab is not the portal; then the first-run question and unlocking, when due. */
  readonly top?: ComponentChild;
  readonly endSession?: ComponentChild;
}

/** `onChanged` is called after an action that moved, unlocked or erased the profile. */
export async function loadSecurityParts(env: StoreEnv, onChanged: () => void): Promise<SecurityParts> {
  const client = securityClient((message) => browser.runtime.sendMessage(message));
  void client.noteActivity();
  const [warning, state] = await Promise.all([checkActiveTab(browser.tabs, browser.action).catch(() => null), readSecurityState(env)]);
  const afterwards = async (outcome: Outcome): Promise<Outcome> => {
    if (outcome.ok) onChanged();
    return outcome;
  };
  const { mode } = state.settings.effective;
  return {
    top: (
      <>
        {warning && <LookalikeBanner warning={warning} />}
        {mode === 'unset' && <FirstRunChoice onChoose={async (chosen) => afterwards(await securityActions(env).switchMode(chosen))} />}
        {state.protection === 'locked' && <UnlockForm onUnlock={async (passphrase) => afterwards(await profileStore(env).unlock(passphrase))} />}
      </>
    ),
    endSession: mode === 'public-terminal' ? <EndSessionButton onEndSession={async () => afterwards(await client.endSession())} /> : undefined,
  };
}
