/** A field's name, its value and what is said about it, row by row: the preview, the outcome, what a page holds. */

export interface FieldRowNote {
  readonly text: string;
  readonly tone: 'done' | 'error' | 'muted';
}

export interface FieldRow {
  readonly key: string;
  readonly label: string;
  readonly value?: string;
  readonly notes: readonly FieldRowNote[];
}

export function FieldRows({ rows }: { rows: readonly FieldRow[] }) {
  return (
    <dl class="popup-fill__rows">
      {rows.map((row) => (
        <div key={row.key} class="popup-fill__row">
          <dt>{row.label}</dt>
          <dd>
            {row.value !== undefined && <span class="popup-fill__value">{row.value}</span>}
            {row.notes.map((note, index) => (
              <span key={index} class={`popup-fill__note popup-fill__note--${note.tone}`}>
                {note.text}
              </span>
            ))}
          </dd>
        </div>
      ))}
    </dl>
  );
}
