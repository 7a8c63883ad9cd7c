import { useState } from 'preact/hooks';
import { t, type MessageKey } from '../../lib/i18n';
import type { Outcome } from '../../lib/store/outcome';

interface Props {
  readonly onDeleteAll: () => Promise<Outcome>;
  /** The data are gone: the form empties itself. */
  readonly onDeleted: () => void;
}

type State = { readonly kind: 'idle' | 'confirm' } | { readonly kind: 'done' | 'failed'; readonly message: MessageKey };

/** «Удалить все мои данные»: asked once more, then everything the helper stored is removed. */
export function DeleteAllData({ onDeleteAll, onDeleted }: Props) {
  const [state, setState] = useState<State>({ kind: 'idle' });

  const erase = async () => {
    const outcome = await onDeleteAll();
    if (outcome.ok) onDeleted();
    setState(outcome.ok ? { kind: 'done', message: 'ui_delete_done' } : { kind: 'failed', message: outcome.message });
  };

  return (
    <section class="delete-all">
      <h2>{t('ui_delete_title')}</h2>
      {state.kind === 'confirm' ? (
        <div class="confirm">
          <p>{t('ui_delete_confirm')}</p>
          <button type="button" onClick={() => void erase()}>
            {t('ui_delete_confirm_button')}
          </button>
          <button type="button" onClick={() => setState({ kind: 'idle' })}>
            {t('ui_cancel')}
          </button>
        </div>
      ) : (
        <button type="button" onClick={() => setState({ kind: 'confirm' })}>
          {t('ui_delete_button')}
        </button>
      )}
      <p role="status">{state.kind === 'done' || state.kind === 'failed' ? t(state.message) : ''}</p>
    </section>
  );
}
