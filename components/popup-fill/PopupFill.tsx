import { useId, useState } from 'preact/hooks';
import { t, type MessageKey } from '../../lib/i18n';
import type { FieldValues, FillReply, PageFieldsReply, ProfileUnavailable } from '../../lib/messages';
import { fillPreview } from '../../lib/popup/fill';
import { emptyProfile, type Profile } from '../../lib/profile';
import type { Outcome } from '../../lib/store/outcome';
import type { ProfileLoad } from '../../lib/store/profile-store';
import { FillPart } from './FillPart';
import './popup-fill.css';
import { TakePart } from './TakePart';

export interface PopupFillProps {
  /** What the portal tab's content script recognised (kinds and labels, no values). */
  readonly listing: PageFieldsReply;
  /** The profile as the store found it when the popup opened. */
  readonly load: ProfileLoad;
  readonly today: Date;
  /** The options page, where the profile is edited and unlocked. */
  readonly optionsHref: string;
  /** Sends the confirmed values to the tab; null when it does not answer. */
  readonly onFill: (values: FieldValues) => Promise<FillReply | null>;
  readonly onUndo: () => Promise<boolean>;
  readonly onTake: () => Promise<FieldValues | null>;
  readonly onSave: (profile: Profile) => Promise<Outcome>;
}

const UNAVAILABLE: Readonly<Record<ProfileUnavailable, MessageKey>> = {
  locked: 'popup_profile_locked',
  empty: 'popup_profile_empty',
  damaged: 'popup_profile_damaged',
  'not-portal': 'page_unavailable_not_portal',
};

/** The profile taking from the page merges into: none while it is locked or unreadable. */
function takingInto(load: ProfileLoad): Profile | undefined {
  if (load.status === 'ready') return load.profile;
  return load.status === 'empty' ? emptyProfile() : undefined;
}

/**
 * The popup's section for the portal page in the current tab: which page it is, what «Заполнить»
 * will put into which field (passport and SNILS numbers partly hidden), the fill on the person's
 * confirmation, and «Взять с этой страницы» to keep what they typed there.
 */
export function PopupFill({ listing, load: initialLoad, today, optionsHref, onFill, onUndo, onTake, onSave }: PopupFillProps) {
  const id = useId();
  const [load, setLoad] = useState(initialLoad);
  const preview = fillPreview(listing, load);
  const profile = takingInto(load);

  const save = async (next: Profile): Promise<Outcome> => {
    const outcome = await onSave(next);
    if (outcome.ok) setLoad({ status: 'ready', profile: next });
    return outcome;
  };

  return (
    <section class="popup-fill" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('popup_fill_title')}</h2>
      {preview.page !== undefined && <p>{t('popup_fill_page', [t(preview.page)])}</p>}
      {preview.plan.ok ? (
        <FillPart rows={preview.rows} values={preview.plan.values} onFill={onFill} onUndo={onUndo} />
      ) : (
        <p class="popup-fill__unavailable">
          {t(UNAVAILABLE[preview.plan.reason])}{' '}
          <a href={optionsHref} target="_blank" rel="noopener">
            {t('popup_open_options')}
          </a>
        </p>
      )}
      {profile !== undefined && <TakePart profile={profile} today={today} onTake={onTake} onSave={save} />}
    </section>
  );
}
