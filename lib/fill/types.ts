/**
 * What the fill engine promises its callers. Every planned field ends in exactly one outcome:
 * `filled` (the page shows the intended value), `mismatch` (the page shows something else — the
 * user must be told, never left to discover it) or `refused` (nothing was touched, and why).
 */
import type { FieldKind } from '../fields/types';

/** One field to fill: the element on the page, what it is, and the canonical value from the profile. */
export interface PlannedFill {
  readonly element: HTMLElement;
  readonly kind: FieldKind;
  readonly canonical: string;
}

/** Why a field was left alone. */
export type RefusalReason =
  | 'secret' // password, one-time code, captcha: only the person types these
  | 'hidden' // not actually visible: a trap field or a part of the form not shown yet
  | 'disabled'
  | 'readonly'
  | 'unsupported-element' // the element cannot hold this kind of value (e.g. a checkbox kind on a text input)
  | 'invalid-value'; // the canonical value is not one the kind can put there (a checkbox wants 'true' / 'false')

/** Why a field that was written shows something else. */
export type MismatchReason =
  | 'value-differs' // the page (a mask, a script) turned the value into another one
  | 'no-matching-option'; // no option of the list means the canonical value

/** How the value got in, for the report and for tests of the strategy. */
export type FillMethod =
  | 'unchanged' // the field already held the value: nothing was dispatched
  | 'set' // one value set through the native setter, announced like a paste
  | 'typed' // the one-shot set was rejected; typed character by character
  | 'selected' // an option of a native <select>
  | 'clicked'; // a custom dropdown's option or a checkbox, clicked

/** What the field held before, enough to put it back through the same event path. */
export type FieldState =
  | { readonly type: 'value'; readonly value: string }
  | { readonly type: 'checked'; readonly checked: boolean }
  | { readonly type: 'selected-index'; readonly index: number }
  /** A radio group: which of its buttons was checked (-1: none). */
  | { readonly type: 'checked-radio'; readonly index: number }
  /** A custom dropdown: the normalised texts its trigger showed (the chosen option's among them). */
  | { readonly type: 'shown-choice'; readonly texts: readonly string[] };

interface OutcomeBase extends PlannedFill {
  /** What the engine meant the field to show (the kind's display form, or the option text). */
  readonly intended: string;
}

export interface FilledOutcome extends OutcomeBase {
  readonly status: 'filled';
  readonly method: FillMethod;
  /** The value read back from the page after change, blur and a task. */
  readonly readBack: string;
  readonly previous: FieldState;
}

export interface MismatchOutcome extends OutcomeBase {
  readonly status: 'mismatch';
  readonly reason: MismatchReason;
  readonly method: FillMethod;
  readonly readBack: string;
  readonly previous: FieldState;
}

export interface RefusedOutcome extends OutcomeBase {
  readonly status: 'refused';
  readonly reason: RefusalReason;
}

export type FillOutcome = FilledOutcome | MismatchOutcome | RefusedOutcome;

/** The outcomes that changed the page and can be undone. */
export type ChangedOutcome = FilledOutcome | MismatchOutcome;

export interface FillRun {
  readonly outcomes: readonly FillOutcome[];
  /** Puts every changed field back as it was, last filled first, through the same event path. */
  undo(): Promise<void>;
}
