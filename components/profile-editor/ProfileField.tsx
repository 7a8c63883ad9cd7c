import type { FieldIssue, FieldKind } from '../../lib/fields';
import { t } from '../../lib/i18n';

interface Props {
  readonly id: string;
  readonly kind: FieldKind;
  /** The text as typed; for a tick box 'true' or ''. */
  readonly value: string;
  /** Shown only once the field was left or a save was tried, so typing is not interrupted. */
  readonly issues: readonly FieldIssue[];
  readonly onChange: (value: string) => void;
  readonly onLeave: () => void;
}

const INPUT_MODES: Partial<Record<FieldKind['input'], 'numeric' | 'tel'>> = { masked: 'numeric', date: 'numeric' };

/** One profile value with its label, and its errors and warnings right under it. */
export function ProfileField({ id, kind, value, issues, onChange, onLeave }: Props) {
  const issuesId = `${id}-issues`;
  const invalid = issues.some((issue) => issue.severity === 'error');
  const described = issues.length > 0 ? issuesId : undefined;
  const common = { id, 'aria-invalid': invalid ? ('true' as const) : undefined, 'aria-describedby': described, onBlur: onLeave };

  const control =
    kind.input === 'checkbox' ? (
      <input type="checkbox" {...common} checked={value === 'true'} onChange={(event) => onChange(event.currentTarget.checked ? 'true' : '')} />
    ) : kind.input === 'choice' ? (
      <select {...common} value={value} onChange={(event) => onChange(event.currentTarget.value)}>
        <option value="">—</option>
        {Object.keys(kind.detection.choices ?? {}).map((choice) => (
          <option key={choice} value={kind.format(choice)}>
            {kind.format(choice)}
          </option>
        ))}
      </select>
    ) : (
      <input
        type="text"
        {...common}
        value={value}
        autoComplete="off"
        spellcheck={false}
        inputMode={INPUT_MODES[kind.input]}
        onInput={(event) => onChange(event.currentTarget.value)}
      />
    );

  return (
    <div class={kind.input === 'checkbox' ? 'check' : 'field'}>
      {kind.input === 'checkbox' && control}
      <label for={id}>{t(kind.label)}</label>
      {kind.input !== 'checkbox' && control}
      {issues.length > 0 && (
        <ul id={issuesId} class="issues">
          {issues.map((issue, index) => (
            <li key={index} class={`issue issue--${issue.severity}`}>
              {t(issue.message, issue.params)}
              {issue.fix !== undefined && (
                <button type="button" class="issue__fix" onClick={() => issue.fix !== undefined && onChange(issue.fix)}>
                  {t('ui_editor_apply_fix', [issue.fix])}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
