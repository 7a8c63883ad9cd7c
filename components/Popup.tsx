import type { ComponentChildren } from 'preact';
import { BUILT_IN_OFFICE_LISTS } from '../lib/guidance/offices';
import { t, type MessageKey } from '../lib/i18n';
import { nextAction } from '../lib/stage/next-action';
import type { ManualObservation, StageRecord } from '../lib/stage/record';
import type { StageId } from '../lib/stage/stages';
import type { DisplayPrefs } from '../lib/guidance/display-prefs';
import { DisplayPrefsControls } from './DisplayPrefsControls';
import { Guidance } from './Guidance';
import { ManualStageForm } from './ManualStageForm';
import { NextActionCard } from './NextActionCard';
import { Stepper } from './Stepper';
import { ThemeRoot } from './ThemeRoot';

export interface PopupProps {
  readonly record: StageRecord;
  readonly now: Date;
  readonly prefs: DisplayPrefs;
  /** A problem reading the stored stage (recovered from the backup, unreadable). */
  readonly notice?: MessageKey;
  /** The printable memo page (an extension URL). */
  readonly memoHref: string;
  readonly onSetStage: (observation: ManualObservation) => Promise<void>;
  readonly onPrefsChange: (prefs: DisplayPrefs) => void;
  /** Parts that come after the first render (the slots) are still loading: told to assistive technology (and tests) by `aria-busy`. */
  readonly loading?: boolean;
  /** Places wired by the entrypoint; each is left out when not given. */
  readonly slots?: {
    /** «Это не Госуслуги»: the current tab is a look-alike of the portal. Shown first. */
    readonly lookAlikeWarning?: ComponentChildren;
    /** «Заполнить»: fill the current portal tab from the profile. */
    readonly fillAction?: ComponentChildren;
    /** The documents still needed for the next level. */
    readonly documents?: ComponentChildren;
    /** Public terminal: «Завершить сеанс — стереть данные». Shown last. */
    readonly endSession?: ComponentChildren;
  };
}

/** The stages at which confirming identity is the next step; elsewhere the guidance starts folded. */
const GUIDANCE_OPEN_AT: readonly StageId[] = ['standard', 'confirmation-chosen'];

/** The popup: where the account stands and the one next step, most important first. */
export function Popup({ record, now, prefs, notice, memoHref, onSetStage, onPrefsChange, loading = false, slots = {} }: PopupProps) {
  return (
    <ThemeRoot prefs={prefs}>
      <main class="popup" aria-busy={loading ? 'true' : 'false'}>
        <h1>{t('extName')}</h1>
        <DisplayPrefsControls prefs={prefs} onChange={onPrefsChange} />
        {slots.lookAlikeWarning}
        {notice && (
          <p role="alert" class="notice">
            {t(notice)}
          </p>
        )}
        <NextActionCard action={nextAction(record, now)} />
        {slots.fillAction}
        <Stepper current={record.stage} />
        {slots.documents}
        <details class="more" open={GUIDANCE_OPEN_AT.includes(record.stage)}>
          <summary>{t('ui_guidance_toggle')}</summary>
          <Guidance officeLists={BUILT_IN_OFFICE_LISTS} />
        </details>
        <p>
          <a href={memoHref} target="_blank" rel="noopener">
            {t('ui_memo_open')}
          </a>
        </p>
        <ManualStageForm record={record} onSave={onSetStage} />
        {slots.endSession}
      </main>
    </ThemeRoot>
  );
}
