import { useState } from 'preact/hooks';
import { t, type MessageKey } from '../../lib/i18n';
import type { Profile } from '../../lib/profile';
import { parseProfileFile } from './draft';

interface Props {
  readonly onExport: () => void;
  /** Called only after the person confirmed replacing the form with the file's profile. */
  readonly onImport: (profile: Profile) => void;
}

type ImportState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'rejected'; readonly message: MessageKey }
  | { readonly kind: 'confirm'; readonly profile: Profile };

/** The profile as a file: save it to move to another computer, load it back (checked first). */
export function ProfileFile({ onExport, onImport }: Props) {
  const [state, setState] = useState<ImportState>({ kind: 'idle' });

  const read = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    // Cleared so that choosing the same file again after fixing it is noticed.
    input.value = '';
    if (!file) return;
    let text: string;
    try {
      text = await file.text();
    } catch {
      setState({ kind: 'rejected', message: 'ui_import_unreadable' });
      return;
    }
    const result = parseProfileFile(text);
    setState(result.ok ? { kind: 'confirm', profile: result.profile } : { kind: 'rejected', message: result.message });
  };

  return (
    <section class="profile-file">
      <h2>{t('ui_file_title')}</h2>
      <p>{t('ui_file_warning')}</p>
      <p>
        <button type="button" onClick={onExport}>
          {t('ui_file_export')}
        </button>
      </p>
      <div class="field">
        <label for="profile-import">{t('ui_file_import')}</label>
        <input type="file" id="profile-import" accept="application/json,.json" onChange={(event) => void read(event.currentTarget)} />
      </div>
      <div role="alert" class="profile-file__result">
        {state.kind === 'rejected' && <p class="status--failed">{t(state.message)}</p>}
      </div>
      {state.kind === 'confirm' && (
        <div class="confirm">
          <p>{t('ui_file_import_confirm')}</p>
          <button
            type="button"
            onClick={() => {
              setState({ kind: 'idle' });
              onImport(state.profile);
            }}
          >
            {t('ui_file_import_replace')}
          </button>
          <button type="button" onClick={() => setState({ kind: 'idle' })}>
            {t('ui_cancel')}
          </button>
        </div>
      )}
    </section>
  );
}
