import { useState } from 'preact/hooks';
import { plural, t } from '../../lib/i18n';
import type { FieldValues, FillReply } from '../../lib/messages';
import { outcomeRows, type OutcomeRow, type PreviewRow } from '../../lib/popup/fill';
import { FieldRows, type FieldRow } from './FieldRows';
import { useStepFocus } from './step-focus';
import { StepView } from './StepView';

export interface FillPartProps {
  /** What each field of the page gets (lib/popup/fill.ts). */
  readonly rows: readonly PreviewRow[];
  /** The values «Заполнить» sends: the profile's, for the page's kinds only. */
  readonly values: FieldValues;
  readonly onFill: (values: FieldValues) => Promise<FillReply | null>;
  readonly onUndo: () => Promise<boolean>;
}

type Step = { readonly kind: 'preview' } | { readonly kind: 'result'; readonly rows: readonly OutcomeRow[] };

const OUTCOME_NOTES = {
  filled: { text: 'popup_outcome_filled', tone: 'done' },
  mismatch: { text: 'popup_outcome_mismatch', tone: 'error' },
  refused: { text: 'popup_outcome_refused', tone: 'error' },
} as const;

function previewRow(row: PreviewRow): FieldRow {
  return row.shown === undefined
    ? { key: row.kind, label: row.label, notes: [{ text: t('popup_fill_not_in_profile'), tone: 'muted' }] }
    : { key: row.kind, label: row.label, value: row.shown, notes: [] };
}

function outcomeRow(row: OutcomeRow, index: number): FieldRow {
  const note = OUTCOME_NOTES[row.status];
  const detail = row.detail === undefined ? [] : [{ text: row.detail, tone: note.tone }];
  return { key: String(index), label: row.label, notes: [{ text: t(note.text), tone: note.tone }, ...detail] };
}

/** The preview of what «Заполнить» puts where, the fill itself, then each field's outcome and «Отменить заполнение». */
export function FillPart({ rows, values, onFill, onUndo }: FillPartProps) {
  const [step, setStep] = useState<Step>({ kind: 'preview' });
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const heading = useStepFocus<HTMLHeadingElement>(step.kind);

  const fill = async () => {
    setBusy(true);
    setStatus(t('page_busy'));
    const reply = await onFill(values);
    setBusy(false);
    if (reply === null) {
      setStatus(t('popup_no_answer'));
      return;
    }
    const filled = reply.outcomes.filter((outcome) => outcome.status === 'filled').length;
    setStatus(plural(filled, { one: 'page_result_filled_one', few: 'page_result_filled_few', many: 'page_result_filled_many' }));
    setStep({ kind: 'result', rows: outcomeRows(reply) });
  };

  const undo = async () => {
    setBusy(true);
    const undone = await onUndo();
    setBusy(false);
    setStep({ kind: 'preview' });
    setStatus(t(undone ? 'page_undone' : 'popup_undo_failed'));
  };

  return (
    <div class="popup-fill__fill">
      {step.kind === 'result' ? (
        <StepView heading={heading} title={t('popup_fill_result_title')} actions={[{ label: t('page_undo'), disabled: busy, onClick: () => void undo() }]}>
          <FieldRows rows={step.rows.map(outcomeRow)} />
        </StepView>
      ) : (
        <StepView heading={heading} title={t('popup_fill_preview_title')} actions={[{ label: t('page_confirm_fill'), disabled: busy, onClick: () => void fill() }]}>
          <FieldRows rows={rows.map(previewRow)} />
        </StepView>
      )}
      <p role="status" class="status">
        {status}
      </p>
    </div>
  );
}
