import { useId } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { Outcome } from '../../lib/store/outcome';
import type { ChosenMode } from '../../lib/store/settings';
import { ActionStatus, useAction } from './action';
import { MODE_CHOICES } from './modes';

/** The first question: whose computer this is. Two big buttons, each with what it means. */
export function FirstRunChoice({ onChoose }: { onChoose: (mode: ChosenMode) => Promise<Outcome> }) {
  const id = useId();
  const action = useAction();
  return (
    <section class="sec-first-run" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('sec_first_run_title')}</h2>
      <p>{t('sec_first_run_intro')}</p>
      <div class="sec-choices">
        {MODE_CHOICES.map((choice) => (
          <div class="sec-choice" key={choice.mode}>
            <button
              type="button"
              class="sec-choice__button"
              aria-describedby={`${id}-${choice.mode}`}
              disabled={action.busy}
              onClick={() => void action.run(() => onChoose(choice.mode))}
            >
              {t(choice.label)}
            </button>
            <p id={`${id}-${choice.mode}`} class="sec-hint">
              {t(choice.explain)}
            </p>
          </div>
        ))}
      </div>
      <ActionStatus state={action.state} />
    </section>
  );
}
