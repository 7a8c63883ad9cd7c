import { useId } from 'preact/hooks';
import { t } from '../lib/i18n';
import type { DisplayPrefs } from '../lib/guidance/display-prefs';

/** Large type and high contrast, as two plain checkboxes with their labels. */
export function DisplayPrefsControls({ prefs, onChange }: { prefs: DisplayPrefs; onChange: (prefs: DisplayPrefs) => void }) {
  const id = useId();
  return (
    <fieldset class="prefs">
      <legend>{t('ui_prefs_title')}</legend>
      <div class="check">
        <input
          type="checkbox"
          id={`${id}-large`}
          checked={prefs.largeType}
          onChange={(event) => onChange({ ...prefs, largeType: event.currentTarget.checked })}
        />
        <label for={`${id}-large`}>{t('ui_prefs_large_type')}</label>
      </div>
      <div class="check">
        <input
          type="checkbox"
          id={`${id}-contrast`}
          checked={prefs.highContrast}
          onChange={(event) => onChange({ ...prefs, highContrast: event.currentTarget.checked })}
        />
        <label for={`${id}-contrast`}>{t('ui_prefs_high_contrast')}</label>
      </div>
    </fieldset>
  );
}
