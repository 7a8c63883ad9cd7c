import type { ComponentChildren, Ref } from 'preact';

export interface StepAction {
  readonly label: string;
  readonly onClick: () => void;
  readonly disabled?: boolean;
}

/**
 * One step of the section's parts: its heading (focused when the step changes: see
 * step-focus.ts, whose ref it takes), what the step shows, and its buttons.
 */
export function StepView({ heading, title, actions, children }: { heading: Ref<HTMLHeadingElement>; title: string; actions: readonly StepAction[]; children?: ComponentChildren }) {
  return (
    <>
      <h3 ref={heading} tabIndex={-1}>
        {title}
      </h3>
      {children}
      <div class="popup-fill__actions">
        {actions.map((action) => (
          <button key={action.label} type="button" disabled={action.disabled} onClick={action.onClick}>
            {action.label}
          </button>
        ))}
      </div>
    </>
  );
}
