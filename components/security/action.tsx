import { useState } from 'preact/hooks';
import { t, type MessageKey } from '../../lib/i18n';
import type { Outcome } from '../../lib/store/outcome';

/** Where an action the person started stands; every security form shows it the same way. */
export type ActionState =
  | { readonly kind: 'idle' | 'busy' | 'done' }
  | { readonly kind: 'failed'; readonly message: MessageKey };

export function useAction() {
  const [state, setState] = useState<ActionState>({ kind: 'idle' });
  return {
    state,
    busy: state.kind === 'busy',
    /** Runs the action once (not while one is under way); true when it succeeded. */
    async run(action: () => Promise<Outcome>): Promise<boolean> {
      if (state.kind === 'busy') return false;
      setState({ kind: 'busy' });
      const outcome = await action();
      setState(outcome.ok ? { kind: 'done' } : { kind: 'failed', message: outcome.message });
      return outcome.ok;
    },
    fail: (message: MessageKey) => setState({ kind: 'failed', message }),
    reset: () => setState({ kind: 'idle' }),
  };
}

/**
 * The live region is always there (screen readers announce changes to a region they already
 * know); a failure is an alert, with `id` so the field it concerns can point at it.
 */
export function ActionStatus({ state, done, id }: { state: ActionState; done?: MessageKey; id?: string }) {
  return (
    <>
      <p role="status" class="status">
        {state.kind === 'busy' ? t('sec_busy') : state.kind === 'done' && done ? t(done) : ''}
      </p>
      {state.kind === 'failed' && (
        <p role="alert" class="notice" id={id}>
          {t(state.message)}
        </p>
      )}
    </>
  );
}
