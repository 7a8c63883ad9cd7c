import { useId, useState } from 'preact/hooks';
import { t, type MessageKey } from '../../lib/i18n';
import type { Outcome } from '../../lib/store/outcome';
import { ActionStatus, useAction } from './action';

interface Props {
  readonly onUnlock: (passphrase: string) => Promise<Outcome>;
  /** Why an earlier unlock no longer holds, or that the stored copy was recovered. */
  readonly notice?: MessageKey;
}

/** The passphrase, with a real label; a wrong one is said so beside the field and changes nothing. */
export function UnlockForm({ onUnlock, notice }: Props) {
  const id = useId();
  const action = useAction();
  const [passphrase, setPassphrase] = useState('');
  const failed = action.state.kind === 'failed';

  const submit = async (event: Event) => {
    event.preventDefault();
    // The typed passphrase does not stay in the page longer than the attempt.
    const typed = passphrase;
    setPassphrase('');
    await action.run(() => onUnlock(typed));
  };

  return (
    <form class="sec-unlock" aria-labelledby={`${id}-title`} onSubmit={(event) => void submit(event)}>
      <h2 id={`${id}-title`}>{t('sec_unlock_title')}</h2>
      {notice && <p class="notice">{t(notice)}</p>}
      <div class="field">
        <label for={`${id}-passphrase`}>{t('sec_passphrase')}</label>
        <input
          id={`${id}-passphrase`}
          type="password"
          autocomplete="off"
          required
          value={passphrase}
          aria-invalid={failed}
          aria-describedby={failed ? `${id}-error` : undefined}
          onInput={(event) => setPassphrase(event.currentTarget.value)}
        />
      </div>
      <button type="submit" disabled={action.busy}>
        {t('sec_unlock')}
      </button>
      <ActionStatus state={action.state} id={`${id}-error`} />
    </form>
  );
}
