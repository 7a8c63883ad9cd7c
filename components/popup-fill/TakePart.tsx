import { useState } from 'preact/hooks';
import { plural, t, type MessageKey } from '../../lib/i18n';
import type { FieldValues } from '../../lib/messages';
import { isTaken, takeRows, withTaken, type TakeRow } from '../../lib/popup/take';
import type { Profile } from '../../lib/profile';
import type { Outcome } from '../../lib/store/outcome';
import { FieldRows, type FieldRow, type FieldRowNote } from './FieldRows';
import { useStepFocus } from './step-focus';
import { StepView } from './StepView';

export interface TakePartProps {
  /** The profile the page's values are compared with and merged into. */
  readonly profile: Profile;
  readonly today: Date;
  /** The values typed into the page's recognised fields; null when the page does not answer. */
  readonly onTake: () => Promise<FieldValues | null>;
  /** Stores the merged profile (the store keeps the last good copy on failure). */
  readonly onSave: (profile: Profile) => Promise<Outcome>;
}

type Step = { readonly kind: 'idle' } | { readonly kind: 'review'; readonly rows: readonly TakeRow[] };

function notesOf(row: TakeRow): FieldRowNote[] {
  switch (row.state) {
    case 'new':
      return [{ text: t('popup_take_new'), tone: 'done' }];
    case 'same':
      return [{ text: t('popup_take_same'), tone: 'muted' }];
    case 'differs':
      return [{ text: t('popup_take_differs', [row.current ?? '']), tone: 'muted' }];
    case 'invalid':
      return [
        ...row.issues.filter((issue) => issue.severity === 'error').map((issue): FieldRowNote => ({ text: t(issue.message, issue.params), tone: 'error' })),
        { text: t('popup_take_invalid'), tone: 'error' },
      ];
  }
}

function takeRow(row: TakeRow): FieldRow {
  return { key: row.kind, label: row.label, value: row.shown, notes: notesOf(row) };
}

/** «Взять с этой страницы»: what the form holds, compared with the profile, saved only once the person confirms. */
export function TakePart({ profile, today, onTake, onSave }: TakePartProps) {
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [status, setStatus] = useState('');
  const [failure, setFailure] = useState<MessageKey | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const heading = useStepFocus<HTMLHeadingElement>(step.kind);

  const take = async () => {
    setBusy(true);
    setStatus('');
    setFailure(undefined);
    const values = await onTake();
    setBusy(false);
    const rows = values === null ? [] : takeRows(values, profile, today);
    if (rows.length === 0) {
      setStatus(t(values === null ? 'popup_no_answer' : 'popup_take_nothing'));
      return;
    }
    setStep({ kind: 'review', rows });
  };

  const save = async (rows: readonly TakeRow[]) => {
    setBusy(true);
    const outcome = await onSave(withTaken(profile, rows));
    setBusy(false);
    if (!outcome.ok) {
      setFailure(outcome.message);
      return;
    }
    setStep({ kind: 'idle' });
    setStatus(plural(rows.filter(isTaken).length, { one: 'popup_take_saved_one', few: 'popup_take_saved_few', many: 'popup_take_saved_many' }));
  };

  const close = () => {
    setStep({ kind: 'idle' });
    setFailure(undefined);
  };

  const review = step.kind === 'review' ? step.rows : undefined;
  return (
    <div class="popup-fill__take">
      {review === undefined ? (
        <StepView heading={heading} title={t('popup_take_offer_title')} actions={[{ label: t('popup_take_button'), disabled: busy, onClick: () => void take() }]}>
          <p>{t('popup_take_hint')}</p>
        </StepView>
      ) : review.some(isTaken) ? (
        <StepView
          heading={heading}
          title={t('popup_take_title')}
          actions={[
            { label: t('popup_take_confirm'), disabled: busy, onClick: () => void save(review) },
            { label: t('ui_cancel'), onClick: close },
          ]}
        >
          <FieldRows rows={review.map(takeRow)} />
        </StepView>
      ) : (
        <StepView heading={heading} title={t('popup_take_title')} actions={[{ label: t('page_close'), onClick: close }]}>
          <FieldRows rows={review.map(takeRow)} />
          <p>{t('popup_take_nothing_new')}</p>
        </StepView>
      )}
      <p role="status" class="status">
        {status}
      </p>
      {failure !== undefined && (
        <p role="alert" class="notice">
          {t(failure)}
        </p>
      )}
    </div>
  );
}
