import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { Outcome } from '../../lib/store/outcome';
import { ActionStatus, useAction } from './action';

/**
 * «Завершить сеанс — стереть данные»: one prominent button, then one question, then the wipe.
 * Focus follows the step (to «Да, стереть», back to the button on «Отмена»), so the keyboard
 * never falls back to the top of the page.
 */
export function EndSessionButton({ onEndSession }: { onEndSession: () => Promise<Outcome> }) {
  const id = useId();
  const action = useAction();
  const [confirming, setConfirming] = useState(false);
  const stepChanged = useRef(false);
  const focusTarget = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (stepChanged.current) focusTarget.current?.focus();
  }, [confirming]);

  const step = (next: boolean) => {
    stepChanged.current = true;
    setConfirming(next);
  };

  const erase = async () => {
    step(false);
    await action.run(onEndSession);
  };

  return (
    <section class="sec-end-session" aria-label={t('sec_end_session')}>
      {confirming ? (
        <div role="group" aria-labelledby={`${id}-question`}>
          <p id={`${id}-question`}>{t('sec_end_session_confirm')}</p>
          <button type="button" class="sec-danger" ref={focusTarget} onClick={() => void erase()}>
            {t('sec_end_session_yes')}
          </button>{' '}
          <button type="button" onClick={() => step(false)}>
            {t('ui_cancel')}
          </button>
        </div>
      ) : (
        <>
          <button
            type="button"
            class="sec-danger sec-end-session__button"
            ref={focusTarget}
            aria-describedby={`${id}-hint`}
            disabled={action.busy}
            onClick={() => {
              action.reset();
              step(true);
            }}
          >
            {t('sec_end_session')}
          </button>
          <p id={`${id}-hint`} class="sec-hint">
            {t('sec_end_session_hint')}
          </p>
        </>
      )}
      <ActionStatus state={action.state} done="sec_end_session_done" />
    </section>
  );
}
