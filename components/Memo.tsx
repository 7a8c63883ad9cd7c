import { useId } from 'preact/hooks';
import type { MemoPersonDetails } from '../lib/guidance/memo-person';
import { WHAT_TO_BRING } from '../lib/guidance/methods';
import { BUILT_IN_OFFICE_LISTS } from '../lib/guidance/offices';
import { t } from '../lib/i18n';
import { nextAction } from '../lib/stage/next-action';
import { formatDate } from '../lib/stage/phrase';
import type { StageRecord } from '../lib/stage/record';
import type { DisplayPrefs } from '../lib/guidance/display-prefs';
import { Guidance } from './Guidance';
import { NextActionCard } from './NextActionCard';
import { Stepper } from './Stepper';
import { ThemeRoot } from './ThemeRoot';

/**
 * Personal details on the memo are opt-in: a librarian prints memos for patrons, and paper
 * with passport and SNILS numbers must not be left by a shared printer by default.
 */
export interface MemoPersonOption {
  readonly show: boolean;
  readonly onShowChange: (show: boolean) => void;
  /** Given only while `show` is on, so the numbers are not in the page otherwise. */
  readonly details?: MemoPersonDetails;
  /** Ticked, but there is nothing to print: no profile, or it is locked. */
  readonly unavailable?: boolean;
}

export interface MemoProps {
  readonly record: StageRecord;
  readonly now: Date;
  readonly prefs: DisplayPrefs;
  readonly onPrint: () => void;
  /** Left out where no profile can exist to take details from. */
  readonly person?: MemoPersonOption;
}

function PersonDetails({ details }: { details: MemoPersonDetails }) {
  return (
    <section class="memo__person">
      <h2>{t('ui_memo_person_title')}</h2>
      <dl class="method__facts">
        <dt>{t('ui_memo_person_name')}</dt>
        <dd>{details.name}</dd>
        {details.passport !== undefined && <dt>{t('ui_memo_person_passport')}</dt>}
        {details.passport !== undefined && <dd>{details.passport}</dd>}
        {details.snils !== undefined && <dt>{t('ui_memo_person_snils')}</dt>}
        {details.snils !== undefined && <dd>{details.snils}</dd>}
      </dl>
    </section>
  );
}

/** The printable memo: the steps, where this person stands, what to bring and where to go. */
export function Memo({ record, now, prefs, onPrint, person }: MemoProps) {
  const id = useId();
  return (
    <ThemeRoot prefs={prefs}>
      <main class="memo">
        <div class="memo__controls no-print">
          {person && (
            <div class="check">
              <input type="checkbox" id={`${id}-person`} checked={person.show} onChange={(event) => person.onShowChange(event.currentTarget.checked)} />
              <label for={`${id}-person`}>{t('ui_memo_show_person')}</label>
            </div>
          )}
          {person?.show && <p class="memo__warning">{t(person.unavailable ? 'ui_memo_person_unavailable' : 'ui_memo_person_warning')}</p>}
          <button type="button" onClick={onPrint}>
            {t('ui_memo_print')}
          </button>
        </div>
        <h1>{t('ui_memo_title')}</h1>
        <p>{t('ui_memo_intro')}</p>
        <p class="memo__date">{t('ui_memo_as_of', [formatDate(now.getTime())])}</p>
        {person?.show && person.details && <PersonDetails details={person.details} />}
        <NextActionCard action={nextAction(record, now)} />
        <Stepper current={record.stage} />
        <section>
          <h2>{t('ui_memo_bring_title')}</h2>
          <ul>
            {WHAT_TO_BRING.map((item) => (
              <li key={item}>{t(item)}</li>
            ))}
          </ul>
          <p>{t('ui_memo_register_in_person')}</p>
        </section>
        <Guidance officeLists={BUILT_IN_OFFICE_LISTS} />
      </main>
    </ThemeRoot>
  );
}
