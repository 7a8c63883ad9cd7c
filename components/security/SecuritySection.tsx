/**
 * Everything about where the profile lives, in the order a person needs it: first the one
 * question a new installation must answer (whose computer is this?), then the passphrase when
 * the profile is locked, then the settings. The page re-reads the state after every action.
 */
import type { SecurityActions, SecurityState } from '../../lib/store/actions';
import type { Outcome } from '../../lib/store/outcome';
import { FirstRunChoice } from './FirstRunChoice';
import { SecuritySettings } from './SecuritySettings';
import { UnlockForm } from './UnlockForm';
import './security.css';

interface Props {
  readonly state: SecurityState;
  readonly actions: SecurityActions;
  readonly onUnlock: (passphrase: string) => Promise<Outcome>;
}

export function SecuritySection({ state, actions, onUnlock }: Props) {
  const { effective } = state.settings;
  return (
    <>
      {effective.mode === 'unset' && <FirstRunChoice onChoose={actions.switchMode} />}
      {state.protection === 'locked' && <UnlockForm onUnlock={onUnlock} />}
      <SecuritySettings settings={effective} protection={state.protection} hasDiskData={state.hasDiskData} actions={actions} />
    </>
  );
}
