import { useId, useState } from 'preact/hooks';
import { t, type MessageKey } from '../../lib/i18n';
import type { Outcome } from '../../lib/store/outcome';
import { ActionStatus, useAction } from './action';

export type PassphraseFieldName = 'current' | 'next' | 'repeat';
export type PassphraseValues = Readonly<Record<PassphraseFieldName, string>>;

const FIELD_LABELS: Readonly<Record<PassphraseFieldName, MessageKey>> = {
  current: 'sec_passphrase_current',
  next: 'sec_passphrase_new',
  repeat: 'sec_passphrase_repeat',
};

const BLANK: PassphraseValues = { current: '', next: '', repeat: '' };

interface Props {
  readonly title: MessageKey;
  readonly explain?: MessageKey;
  /** Which fields the form asks for; with `repeat`, a new passphrase typed twice must match. */
  readonly fields: readonly PassphraseFieldName[];
  readonly submit: MessageKey;
  readonly onSubmit: (values: PassphraseValues) => Promise<Outcome>;
}

/** Setting, changing or removing the passphrase: the same form with other fields. */
export function PassphraseForm({ title, explain, fields, submit, onSubmit }: Props) {
  const id = useId();
  const action = useAction();
  const [values, setValues] = useState<PassphraseValues>(BLANK);
  const failed = action.state.kind === 'failed';

  const send = async (event: Event) => {
    event.preventDefault();
    // Typed passphrases do not stay in the page longer than the attempt.
    setValues(BLANK);
    if (fields.includes('repeat') && values.next !== values.repeat) action.fail('sec_passphrase_mismatch');
    else await action.run(() => onSubmit(values));
  };

  return (
    <form class="sec-passphrase" aria-labelledby={`${id}-title`} onSubmit={(event) => void send(event)}>
      <h3 id={`${id}-title`}>{t(title)}</h3>
      {explain && <p class="sec-hint">{t(explain)}</p>}
      {fields.map((field) => (
        <div class="field" key={field}>
          <label for={`${id}-${field}`}>{t(FIELD_LABELS[field])}</label>
          <input
            id={`${id}-${field}`}
            type="password"
            autocomplete="off"
            required
            value={values[field]}
            aria-invalid={failed}
            aria-describedby={failed ? `${id}-error` : undefined}
            onInput={(event) => setValues({ ...values, [field]: event.currentTarget.value })}
          />
        </div>
      ))}
      <button type="submit" disabled={action.busy}>
        {t(submit)}
      </button>
      <ActionStatus state={action.state} done="sec_saved" id={`${id}-error`} />
    </form>
  );
}
