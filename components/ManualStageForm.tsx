import { useId, useState } from 'preact/hooks';
import { methodGuide } from '../lib/guidance/methods';
import { t } from '../lib/i18n';
import { fromDateInputValue, toDateInputValue } from '../lib/stage/calendar';
import { ConfirmationMethodSchema, StageIdSchema, type ManualObservation, type StageRecord } from '../lib/stage/record';
import { CONFIRMATION_METHOD_IDS, STAGES, type ConfirmationMethod, type StageId } from '../lib/stage/stages';

interface Props {
  readonly record: StageRecord;
  /** Stores the setting; rejects when it could not be stored. */
  readonly onSave: (observation: ManualObservation) => Promise<void>;
}

type Status = 'idle' | 'saved' | 'failed';

const STATUS_TEXT = { saved: 'ui_stage_set_saved', failed: 'ui_stage_set_failed' } as const;

/** Where the person says the account stands, when the helper could not see it (or got it wrong). */
export function ManualStageForm({ record, onSave }: Props) {
  const id = useId();
  const [stage, setStage] = useState<StageId>(record.stage);
  const [method, setMethod] = useState<ConfirmationMethod | undefined>(record.method);
  const [letterDate, setLetterDate] = useState(record.letterOrderedAt === undefined ? '' : toDateInputValue(record.letterOrderedAt));
  const [status, setStatus] = useState<Status>('idle');

  const submit = (event: Event) => {
    event.preventDefault();
    const chosen = stage === 'confirmation-chosen';
    const observation: ManualObservation = {
      source: 'manual',
      stage,
      method: chosen ? method : undefined,
      letterOrderedAt: chosen && method === 'letter' ? fromDateInputValue(letterDate) : undefined,
    };
    onSave(observation).then(
      () => setStatus('saved'),
      () => setStatus('failed'),
    );
  };

  return (
    <details class="manual-stage">
      <summary>{t('ui_stage_set_title')}</summary>
      <form onSubmit={submit}>
        <p>{t('ui_stage_set_explain')}</p>
        <div class="field">
          <label for={`${id}-stage`}>{t('ui_stage_set_stage')}</label>
          <select
            id={`${id}-stage`}
            value={stage}
            onChange={(event) => {
              const parsed = StageIdSchema.safeParse(event.currentTarget.value);
              if (parsed.success) setStage(parsed.data);
              setStatus('idle');
            }}
          >
            {STAGES.map((info) => (
              <option key={info.id} value={info.id}>
                {t(info.label)}
              </option>
            ))}
          </select>
        </div>
        {stage === 'confirmation-chosen' && (
          <div class="field">
            <label for={`${id}-method`}>{t('ui_stage_set_method')}</label>
            <select
              id={`${id}-method`}
              value={method ?? ''}
              onChange={(event) => {
                const parsed = ConfirmationMethodSchema.safeParse(event.currentTarget.value);
                setMethod(parsed.success ? parsed.data : undefined);
                setStatus('idle');
              }}
            >
              <option value="">{t('ui_stage_set_method_none')}</option>
              {CONFIRMATION_METHOD_IDS.map((methodId) => (
                <option key={methodId} value={methodId}>
                  {t(methodGuide(methodId).title)}
                </option>
              ))}
            </select>
          </div>
        )}
        {stage === 'confirmation-chosen' && method === 'letter' && (
          <div class="field">
            <label for={`${id}-letter`}>{t('ui_stage_set_letter_date')}</label>
            <input
              type="date"
              id={`${id}-letter`}
              value={letterDate}
              onInput={(event) => {
                setLetterDate(event.currentTarget.value);
                setStatus('idle');
              }}
            />
          </div>
        )}
        <button type="submit">{t('ui_stage_set_save')}</button>
        <p role="status" class="status">
          {status === 'idle' ? '' : t(STATUS_TEXT[status])}
        </p>
      </form>
    </details>
  );
}
