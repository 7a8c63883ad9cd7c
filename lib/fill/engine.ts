/**
 * The fill engine: puts a canonical profile value into one field of the portal so that the
 * page's own code (Angular forms, masks, React/Vue state) holds it, then reads it back. The
 * strategy follows the field kind's input style; see docs of each part in `events.ts`,
 * `choice.ts` and `visibility.ts`.
 */
import type { FieldKind } from '../fields/types';
import { digitsOf } from '../text';
import { chooseInDropdown, chooseInSelect, chooseRadio, choiceTexts, restoreDropdown, restoreRadio, selectIndex } from './choice';
import { clickLikeUser, leaveField, nextTask, replaceValue, typeText, type TextControl } from './events';
import type { ChangedOutcome, FieldState, FillOutcome, FillRun, PlannedFill, RefusalReason } from './types';
import { isActuallyVisible } from './visibility';

/** Inputs the page asks secrets in, whatever the plan says the field is: only the person types these. */
const SECRET_INPUTS = 'input[type=password], [autocomplete~="one-time-code"], [autocomplete~="current-password"], [autocomplete~="new-password"]';
/** Input types that hold no typed text. */
const NOT_TEXT_INPUTS = new Set(['checkbox', 'radio', 'file', 'hidden', 'button', 'submit', 'reset', 'image', 'range', 'color']);
/** A mask or placeholder that starts with a constant country code: `+7 (XXX) XXX-XX-XX`, `+7 (___) ___-__-__`. */
const CONSTANT_PREFIX = /^\s*\+(\d{1,3})[\s(-]/;
const DISPLAYED_DATE = /^(\d{2})\D(\d{2})\D(\d{4})$/;

export const FILL_MEASURE = 'gu:fill';

export async function fillField(element: HTMLElement, kind: FieldKind, canonical: string): Promise<FillOutcome> {
  const planned: PlannedFill = { element, kind, canonical };
  return isChosen(kind) ? fillChosen(planned) : readBackAfterTask(beginTyped(planned, false));
}

/** A checkbox or a choice: what reveals and hides parts of a form, filled and read back before anything after it. */
function isChosen(kind: FieldKind): boolean {
  return kind.input === 'checkbox' || kind.input === 'choice';
}

async function fillChosen(planned: PlannedFill): Promise<FillOutcome> {
  const refusal = refusalFor(planned.element, planned.kind);
  if (refusal) return refused(planned, refusal);
  return planned.kind.input === 'checkbox' ? fillCheckbox(planned, planned.element) : fillChoice(planned);
}

/**
 * A typed field refused, or set and left, to be read back after a task. `retryHidden`: a field
 * that looks hidden is tried again when it is read back, in case a field filled before it
 * reveals it.
 */
function beginTyped(planned: PlannedFill, retryHidden: boolean): FillOutcome | ReadBack {
  const refusal = refusalFor(planned.element, planned.kind);
  if (refusal === 'hidden' && retryHidden) return () => readBackAfterTask(beginTyped(planned, false));
  if (refusal) return refused(planned, refusal);
  return beginText(planned, planned.element as TextControl);
}

function refused(planned: PlannedFill, reason: RefusalReason): FillOutcome {
  // A secret's value never travels further, not even into the report.
  return { ...planned, status: 'refused', reason, intended: reason === 'secret' ? '' : planned.kind.format(planned.canonical) };
}

/**
 * Fills the plan in order (a filled field may reveal the next), timed as the `gu:fill` performance
 * measure. A run of typed fields is set one after the other, and each is read back after the
 * same task: the task after a field is left, when what its page code does on blur has run, comes
 * after the later fields were set too, as between the fields of a person tabbing through the
 * form. A choice or a checkbox (what reveals and hides parts of a form) is filled only once the
 * typed fields before it are read back, and is read back itself before the next field; a typed
 * field that looks hidden is tried again once the fields before it are read back, in case one
 * of them reveals it.
 */
export async function fillAll(plan: readonly PlannedFill[]): Promise<FillRun> {
  const start = `${FILL_MEASURE}:start`;
  performance.mark(start);
  const outcomes: FillOutcome[] = [];
  /** The typed fields set since the last task, by their place in the plan. */
  let waiting: { readonly index: number; readonly readBack: ReadBack }[] = [];
  const readBackWaiting = async (): Promise<void> => {
    if (waiting.length === 0) return;
    const fields = waiting;
    waiting = [];
    await nextTask();
    for (const { index, readBack } of fields) outcomes[index] = await readBack();
  };
  for (const [index, planned] of plan.entries()) {
    if (isChosen(planned.kind)) {
      await readBackWaiting();
      outcomes[index] = await fillChosen(planned);
      continue;
    }
    const begun = beginTyped(planned, true);
    if (typeof begun === 'function') waiting.push({ index, readBack: begun });
    else outcomes[index] = begun;
  }
  await readBackWaiting();
  performance.measure(FILL_MEASURE, start);
  performance.clearMarks(start);
  const changed = outcomes.filter((outcome): outcome is ChangedOutcome => outcome.status !== 'refused');
  return {
    outcomes,
    async undo() {
      for (const outcome of [...changed].reverse()) await undoFill(outcome);
    },
  };
}

/** Puts the field back as it was before `outcome`, through the same events a fill uses. */
export async function undoFill(outcome: ChangedOutcome): Promise<void> {
  if (outcome.method === 'unchanged') return;
  await restoreState(outcome.element, outcome.previous);
}

async function restoreState(element: HTMLElement, previous: FieldState): Promise<void> {
  switch (previous.type) {
    case 'value': {
      const control = element as TextControl;
      replaceValue(control, previous.value);
      leaveField(control);
      await nextTask();
      // A keystroke mask ignores a set value; it is emptied the way a person does, with Backspace.
      // (An old value is not retyped: its display form would type a mask's constant again.)
      if (control.value === previous.value || previous.value !== '') return;
      typeText(control, '');
      leaveField(control);
      await nextTask();
      return;
    }
    case 'checked':
      if (isChecked(element) !== previous.checked) clickLikeUser(element);
      await nextTask();
      return;
    case 'checked-radio':
      await restoreRadio(element as HTMLInputElement, previous.index);
      return;
    case 'selected-index':
      await selectIndex(element as HTMLSelectElement, previous.index);
      return;
    case 'shown-choice':
      await restoreDropdown(element, previous.texts);
  }
}

function refusalFor(element: HTMLElement, kind: FieldKind): RefusalReason | undefined {
  if (kind.input === 'secret' || element.matches(SECRET_INPUTS)) return 'secret';
  if (!fitsElement(element, kind)) return 'unsupported-element';
  if (element.matches(':disabled') || element.getAttribute('aria-disabled') === 'true') return 'disabled';
  const typedInto = kind.input === 'text' || kind.input === 'masked' || kind.input === 'date';
  if (typedInto && ((element as TextControl).readOnly || element.getAttribute('aria-readonly') === 'true')) return 'readonly';
  if (!isActuallyVisible(element) && !hasVisibleLabel(element)) return 'hidden';
  return undefined;
}

function fitsElement(element: HTMLElement, kind: FieldKind): boolean {
  switch (kind.input) {
    case 'checkbox':
      return isNativeCheckbox(element) || element.getAttribute('role') === 'checkbox';
    case 'choice':
      return !(element instanceof HTMLInputElement && NOT_TEXT_INPUTS.has(element.type)) || isRadio(element);
    default:
      return element instanceof HTMLTextAreaElement || (element instanceof HTMLInputElement && !NOT_TEXT_INPUTS.has(element.type));
  }
}

/** Styled checkboxes and radio buttons hide the native box and show their label instead: the label being seen is enough. */
function hasVisibleLabel(element: HTMLElement): boolean {
  return (isNativeCheckbox(element) || isRadio(element)) && Array.from(element.labels ?? []).some((label) => isActuallyVisible(label));
}

function isRadio(element: HTMLElement): element is HTMLInputElement {
  return element instanceof HTMLInputElement && element.type === 'radio';
}

function isNativeCheckbox(element: HTMLElement): element is HTMLInputElement {
  return element instanceof HTMLInputElement && element.type === 'checkbox';
}

function isChecked(element: HTMLElement): boolean {
  return isNativeCheckbox(element) ? element.checked : element.getAttribute('aria-checked') === 'true';
}

async function fillCheckbox(planned: PlannedFill, element: HTMLElement): Promise<FillOutcome> {
  const { canonical } = planned;
  if (canonical !== 'true' && canonical !== 'false') return { ...planned, status: 'refused', reason: 'invalid-value', intended: canonical };
  const wanted = canonical === 'true';
  const previous: FieldState = { type: 'checked', checked: isChecked(element) };
  if (previous.checked === wanted) return { ...planned, status: 'filled', method: 'unchanged', intended: canonical, readBack: canonical, previous };
  // A click, not the `checked` setter: the click is what frameworks listen to (and it fires input and change).
  clickLikeUser(element);
  await nextTask();
  const readBack = String(isChecked(element));
  const result = { ...planned, method: 'clicked' as const, intended: canonical, readBack, previous };
  return readBack === canonical ? { ...result, status: 'filled' } : { ...result, status: 'mismatch', reason: 'value-differs' };
}

async function fillChoice(planned: PlannedFill): Promise<FillOutcome> {
  const { element, kind, canonical } = planned;
  const texts = choiceTexts(kind, canonical);
  const choice =
    element instanceof HTMLSelectElement ? await chooseInSelect(element, texts) : isRadio(element) ? await chooseRadio(element, texts) : await chooseInDropdown(element, texts);
  const result = { ...planned, method: choice.method, intended: choice.intended, readBack: choice.readBack, previous: choice.previous };
  if (choice.accepted) return { ...result, status: 'filled' };
  return { ...result, status: 'mismatch', reason: choice.optionFound ? 'value-differs' : 'no-matching-option' };
}

/** How a typed-into field is filled and when the page's value counts as the intended one. */
interface TextStrategy {
  /** What the page should end up showing (the kind's display form). */
  readonly intended: string;
  /** Values set in one shot, in order, until one is accepted. */
  readonly oneShots: readonly string[];
  /** Typed character by character when every one-shot set was rejected; '' when typing cannot help. */
  readonly typed: string;
  accepts(readBack: string): boolean;
}

function textStrategy(element: TextControl, kind: FieldKind, canonical: string): TextStrategy {
  const intended = kind.format(canonical);
  if (kind.input === 'masked') return maskedStrategy(element, kind, intended);
  if (kind.input === 'date') {
    const displayed = DISPLAYED_DATE.exec(intended);
    if (element.type === 'date') {
      // A native date input takes only yyyy-mm-dd and cannot be typed into character by character.
      const iso = displayed ? `${displayed[3]}-${displayed[2]}-${displayed[1]}` : intended;
      return { intended: iso, oneShots: [iso], typed: '', accepts: (readBack) => readBack === iso };
    }
    return { intended, oneShots: [intended], typed: intended, accepts: (readBack) => digitsOf(readBack) === digitsOf(intended) };
  }
  return { intended, oneShots: [intended], typed: intended, accepts: (readBack) => kind.normalize(readBack) === kind.normalize(intended) };
}

/**
 * A masked field gets raw digits, without the digits of a constant prefix the mask shows
 * itself (`+7`: sending the 7 again yields +7 (791) …). A field that leaves the raw digits as
 * they are has no mask at all and gets the display form next. Read-backs compare digits only.
 */
function maskedStrategy(element: TextControl, kind: FieldKind, intended: string): TextStrategy {
  const allDigits = digitsOf(intended);
  const constant = constantPrefixDigits(element, kind);
  const raw = constant && allDigits.startsWith(constant) ? allDigits.slice(constant.length) : allDigits;
  return {
    intended,
    oneShots: raw === intended ? [raw] : [raw, intended],
    typed: raw,
    accepts(readBack) {
      const digits = digitsOf(readBack);
      const leftUnformatted = readBack === raw && raw !== intended;
      return (digits === allDigits || digits === raw) && !leftUnformatted;
    },
  };
}

/** The digits of the constant the mask shows first, seen in the field's value, its placeholder, or the kind's mask. */
function constantPrefixDigits(element: TextControl, kind: FieldKind): string {
  for (const source of [element.value, element.placeholder, kind.detection.mask ?? '']) {
    const constant = CONSTANT_PREFIX.exec(source)?.[1];
    if (constant) return constant;
  }
  return '';
}

/** A fill that has set its field and left it: what reads the page's answer back, a task later. */
type ReadBack = () => Promise<FillOutcome>;

async function readBackAfterTask(begun: FillOutcome | ReadBack): Promise<FillOutcome> {
  if (typeof begun !== 'function') return begun;
  await nextTask();
  return begun();
}

/** The first one-shot set and the field left; done at once when the field already shows the value. */
function beginText(planned: PlannedFill, element: TextControl): FillOutcome | ReadBack {
  const strategy = textStrategy(element, planned.kind, planned.canonical);
  const previous: FieldState = { type: 'value', value: element.value };
  const base = { ...planned, intended: strategy.intended, previous };
  if (strategy.accepts(element.value)) return { ...base, status: 'filled', method: 'unchanged', readBack: element.value };
  const [first = strategy.intended, ...others] = strategy.oneShots;
  setAndLeave(element, first);
  return () => finishText(base, element, strategy, others);
}

/**
 * A task after a one-shot set was left: accepted, or the next one-shot, then typing. Angular
 * masks may commit (or clear) the value on blur, hence the read-back a task after leaving.
 */
async function finishText(base: Omit<ChangedOutcome, 'status' | 'method' | 'readBack'>, element: TextControl, strategy: TextStrategy, otherShots: readonly string[]): Promise<FillOutcome> {
  for (const value of otherShots) {
    if (strategy.accepts(element.value)) break;
    setAndLeave(element, value);
    await nextTask();
  }
  if (strategy.accepts(element.value)) return { ...base, status: 'filled', method: 'set', readBack: element.value };
  if (strategy.typed === '') return { ...base, status: 'mismatch', reason: 'value-differs', method: 'set', readBack: element.value };
  typeText(element, strategy.typed);
  leaveField(element);
  await nextTask();
  const typed = { ...base, method: 'typed' as const, readBack: element.value };
  return strategy.accepts(element.value) ? { ...typed, status: 'filled' } : { ...typed, status: 'mismatch', reason: 'value-differs' };
}

function setAndLeave(element: TextControl, value: string): void {
  replaceValue(element, value);
  leaveField(element);
}
