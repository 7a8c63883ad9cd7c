import { useId } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { SecurityActions } from '../../lib/store/actions';
import type { Protection } from '../../lib/store/profile-store';
import { keepsDataOnDisk, type EffectiveSettings } from '../../lib/store/settings';
import { ActionStatus, useAction } from './action';
import { MinutesForm } from './MinutesForm';
import { ModeSwitch } from './ModeSwitch';
import { PassphraseForm } from './PassphraseForm';

/** The options page binds `actions` with lib/store/actions.ts and re-reads the state after each. */
interface Props {
  readonly settings: EffectiveSettings;
  readonly protection: Protection;
  readonly hasDiskData: boolean;
  readonly actions: SecurityActions;
}

/**
 * The mode, the inactivity delays and the passphrase. A public terminal (or a computer not yet
 * declared personal) has no passphrase: nothing of the person is on disk to protect.
 */
export function SecuritySettings({ settings, protection, hasDiskData, actions }: Props) {
  const id = useId();
  const personal = keepsDataOnDisk(settings.mode);
  return (
    <section class="sec-settings" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('sec_settings_title')}</h2>
      <ModeSwitch mode={settings.mode} forced={settings.modeForced} hasDiskData={hasDiskData} onSwitch={actions.switchMode} />
      {personal ? (
        <>
          <PassphraseControls protection={protection} actions={actions} />
          {protection !== 'off' && (
            <MinutesForm label="sec_lock_minutes" minutes={settings.lockAfterMinutes} onSave={(minutes) => actions.updateMinutes({ lockAfterMinutes: minutes })} />
          )}
        </>
      ) : (
        <MinutesForm
          label="sec_public_idle_minutes"
          minutes={settings.publicIdleMinutes}
          forced={settings.idleForced}
          onSave={(minutes) => actions.updateMinutes({ publicIdleMinutes: minutes })}
        />
      )}
    </section>
  );
}

function PassphraseControls({ protection, actions }: { protection: Protection; actions: SecurityActions }) {
  const lock = useAction();
  if (protection === 'off') {
    return (
      <PassphraseForm
        title="sec_passphrase_title"
        explain="sec_passphrase_explain"
        fields={['next', 'repeat']}
        submit="sec_passphrase_set"
        onSubmit={({ next }) => actions.setPassphrase(next)}
      />
    );
  }
  return (
    <>
      {protection === 'unlocked' && (
        <div class="sec-lock">
          <p>{t('sec_protection_unlocked')}</p>
          <button type="button" disabled={lock.busy} onClick={() => void lock.run(actions.lock)}>
            {t('sec_lock_now')}
          </button>
          <ActionStatus state={lock.state} />
        </div>
      )}
      <PassphraseForm
        title="sec_passphrase_change"
        fields={['current', 'next', 'repeat']}
        submit="sec_passphrase_change"
        onSubmit={({ current, next }) => actions.changePassphrase(current, next)}
      />
      <PassphraseForm
        title="sec_passphrase_remove"
        explain="sec_passphrase_remove_explain"
        fields={['current']}
        submit="sec_passphrase_remove"
        onSubmit={({ current }) => actions.removePassphrase(current)}
      />
    </>
  );
}
