import type { ComponentChildren } from 'preact';
import type { DisplayPrefs } from '../lib/guidance/display-prefs';
import { t } from '../lib/i18n';
import { emptyProfile } from '../lib/profile';
import type { ProfileLoad } from '../lib/store/profile-store';
import { DisplayPrefsControls } from './DisplayPrefsControls';
import { DeleteAllData } from './profile-editor/DeleteAllData';
import { ProfileEditor, type ProfileEditorProps } from './profile-editor/ProfileEditor';
import { ThemeRoot } from './ThemeRoot';

export interface OptionsPageProps {
  readonly prefs: DisplayPrefs;
  readonly onPrefsChange: (prefs: DisplayPrefs) => void;
  /** The profile as the store found it: editable when ready or empty. */
  readonly load: ProfileLoad;
  readonly editor: Omit<ProfileEditorProps, 'saved'>;
  /** Called once everything is erased, so the page starts over with an empty profile. */
  readonly onDeleted: () => void;
  /** Places wired by the entrypoint, left out when not given. */
  readonly slots?: {
    /** This computer's mode, the passphrase, unlocking a locked profile. */
    readonly security?: ComponentChildren;
  };
}

function Notice({ text }: { text: string }) {
  return (
    <p role="alert" class="notice">
      {text}
    </p>
  );
}

/** The options page: the profile editor, with what keeps it from opening said plainly. */
export function OptionsPage({ prefs, onPrefsChange, load, editor, onDeleted, slots = {} }: OptionsPageProps) {
  return (
    <ThemeRoot prefs={prefs}>
      <main class="options">
        <h1>{t('ui_editor_title')}</h1>
        <DisplayPrefsControls prefs={prefs} onChange={onPrefsChange} />
        <p>{t('ui_editor_intro')}</p>
        {slots.security}
        {load.status === 'ready' && load.notice && <Notice text={t(load.notice)} />}
        {(load.status === 'ready' || load.status === 'empty') && (
          <ProfileEditor {...editor} saved={load.status === 'ready' ? load.profile : emptyProfile()} />
        )}
        {load.status === 'locked' && <Notice text={t('ui_options_locked')} />}
        {load.status === 'locked' && load.notice && <Notice text={t(load.notice)} />}
        {load.status === 'damaged' && (
          <>
            <Notice text={t(load.message)} />
            <DeleteAllData onDeleteAll={editor.onDeleteAll} onDeleted={onDeleted} />
          </>
        )}
      </main>
    </ThemeRoot>
  );
}
