import { useId, useState } from 'preact/hooks';
import { t, type MessageKey } from '../../lib/i18n';
import type { Outcome } from '../../lib/store/outcome';
import type { ChosenMode, Mode } from '../../lib/store/settings';
import { ActionStatus, useAction } from './action';
import { MODE_CHOICES } from './modes';

interface Props {
  readonly mode: Mode;
  /** The administrator forces the public-terminal mode. */
  readonly forced: boolean;
  /** Something about a person is stored on disk: switching to a public terminal erases it. */
  readonly hasDiskData: boolean;
  readonly onSwitch: (mode: ChosenMode) => Promise<Outcome>;
}

/** What happens to the data when switching to `mode`, said before the switch. */
function consequence(mode: ChosenMode, hasDiskData: boolean): MessageKey {
  if (mode === 'personal') return 'sec_switch_to_personal';
  return hasDiskData ? 'sec_switch_to_public_erase' : 'sec_switch_to_public';
}

/** The mode as two radio buttons; choosing the other one asks first, since data are erased. */
export function ModeSwitch({ mode, forced, hasDiskData, onSwitch }: Props) {
  const id = useId();
  const action = useAction();
  const [pending, setPending] = useState<ChosenMode | null>(null);

  const confirm = async (next: ChosenMode) => {
    if (await action.run(() => onSwitch(next))) setPending(null);
  };

  return (
    <fieldset class="sec-mode" aria-describedby={forced ? `${id}-forced` : undefined}>
      <legend>{t('sec_mode_legend')}</legend>
      {forced && (
        <p id={`${id}-forced`} class="sec-hint">
          {t('sec_mode_forced')}
        </p>
      )}
      {MODE_CHOICES.map((choice) => (
        <div key={choice.mode}>
          <div class="check">
            <input
              type="radio"
              name={`${id}-mode`}
              id={`${id}-${choice.mode}`}
              checked={(pending ?? mode) === choice.mode}
              disabled={forced}
              aria-describedby={`${id}-${choice.mode}-explain`}
              onChange={() => {
                action.reset();
                setPending(choice.mode === mode ? null : choice.mode);
              }}
            />
            <label for={`${id}-${choice.mode}`}>{t(choice.label)}</label>
          </div>
          <p id={`${id}-${choice.mode}-explain`} class="sec-hint sec-mode__explain">
            {t(choice.explain)}
          </p>
        </div>
      ))}
      {pending && (
        <div role="group" aria-labelledby={`${id}-consequence`}>
          <p id={`${id}-consequence`}>{t(consequence(pending, hasDiskData))}</p>
          <button type="button" disabled={action.busy} onClick={() => void confirm(pending)}>
            {t('sec_switch_confirm')}
          </button>{' '}
          <button type="button" onClick={() => setPending(null)}>
            {t('ui_cancel')}
          </button>
        </div>
      )}
      <ActionStatus state={action.state} done="sec_saved" />
    </fieldset>
  );
}
