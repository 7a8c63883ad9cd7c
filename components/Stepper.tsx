import { t } from '../lib/i18n';
import { STAGES, stageRank, type StageId } from '../lib/stage/stages';

type StepState = 'done' | 'current' | 'upcoming';

const STATUS_TEXT = { done: 'ui_stepper_done', current: 'ui_stepper_current' } as const;

/** All stages in order; the current one is marked for eyes (colour and words) and for screen readers. */
export function Stepper({ current }: { current: StageId }) {
  const currentRank = stageRank(current);
  return (
    <section class="stepper">
      <h2>{t('ui_stepper_title')}</h2>
      <ol class="stepper__list">
        {STAGES.map((stage, index) => {
          const state: StepState = index < currentRank ? 'done' : index === currentRank ? 'current' : 'upcoming';
          return (
            <li key={stage.id} class={`step step--${state}`} aria-current={state === 'current' ? 'step' : undefined}>
              <span class="step__label">{t(stage.label)}</span>
              {state !== 'upcoming' && <span class="step__status"> — {t(STATUS_TEXT[state])}</span>}
              <span class="step__hint">{t(stage.hint)}</span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
