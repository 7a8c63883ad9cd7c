import { useId, useState } from 'preact/hooks';
import { t, type MessageKey } from '../../lib/i18n';
import type { Outcome } from '../../lib/store/outcome';
import { MINUTES_RANGE } from '../../lib/store/settings';
import { ActionStatus, useAction } from './action';

interface Props {
  readonly label: MessageKey;
  readonly minutes: number;
  /** Set by the administrator: shown, not editable. */
  readonly forced?: boolean;
  /** The store checks the number (lib/store/settings.ts) and says what is wrong with it. */
  readonly onSave: (minutes: number) => Promise<Outcome>;
}

/** A number of minutes of inactivity with its own «Сохранить». */
export function MinutesForm({ label, minutes, forced = false, onSave }: Props) {
  const id = useId();
  const action = useAction();
  const [typed, setTyped] = useState(String(minutes));

  const submit = (event: Event) => {
    event.preventDefault();
    void action.run(() => onSave(Number(typed)));
  };

  return (
    <form class="sec-minutes" onSubmit={submit}>
      <div class="field">
        <label for={`${id}-minutes`}>{t(label)}</label>
        <input
          id={`${id}-minutes`}
          type="number"
          inputMode="numeric"
          min={MINUTES_RANGE.min}
          max={MINUTES_RANGE.max}
          step={1}
          value={typed}
          disabled={forced}
          aria-describedby={forced ? `${id}-forced` : undefined}
          onInput={(event) => {
            setTyped(event.currentTarget.value);
            action.reset();
          }}
        />
      </div>
      {forced ? (
        <p id={`${id}-forced`} class="sec-hint">
          {t('sec_forced_by_admin')}
        </p>
      ) : (
        <button type="submit" disabled={action.busy}>
          {t('sec_save')}
        </button>
      )}
      <ActionStatus state={action.state} done="sec_saved" />
    </form>
  );
}
