/**
 * The events a person's typing produces, in the order browsers fire them, so that whatever the
 * page's code listens to (Angular's `input` and `blur`, React's value tracker, a mask's
 * `keypress` or `input`) sees a believable edit. A listener that cancels an event is obeyed the
 * way the browser would obey it: a cancelled `keydown` has no `keypress`, a cancelled
 * `beforeinput` or `keypress` inserts nothing (the page's own code inserted it, or refused it).
 */

export type TextControl = HTMLInputElement | HTMLTextAreaElement;

/**
 * Sets the value with the browser's own setter from the prototype. Frameworks that wrap the
 * element's `value` property (React's value tracker, Inputmask's patched property) would
 * otherwise swallow the change and ignore the `input` event that follows.
 */
function setNativeValue(element: TextControl, value: string): void {
  const prototype = element instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(prototype, 'value')?.set?.call(element, value);
}

/** The same for a select: frameworks may wrap `selectedIndex` or `value` as well. */
export function setNativeSelectedIndex(element: HTMLSelectElement, index: number): void {
  Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'selectedIndex')?.set?.call(element, index);
}

/** The same for a radio button or a checkbox, announced with input and change as a click would. */
export function setNativeChecked(element: HTMLInputElement, checked: boolean): void {
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'checked')?.set?.call(element, checked);
  dispatchPlainInput(element);
  dispatchChange(element);
}

/**
 * The next task: what the page's own handlers scheduled runs first. A posted message, not
 * `setTimeout(0)`: a chain of timeouts is clamped to 4 ms each from the fifth on, which made a
 * fill of fifteen fields take 75 ms for nothing.
 */
export function nextTask(): Promise<void> {
  if (typeof MessageChannel !== 'function') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

const BUBBLING = { bubbles: true, cancelable: true, composed: true } as const;

/** Elements given a focus event by hand, which then get their blur event by hand too. */
const focusedByHand = new WeakSet<HTMLElement>();

/**
 * Focuses like a click into the field would. `focus()` fires no events while the window itself
 * has no focus (a background tab, a headless run), so the events are then dispatched by hand.
 */
export function focusField(element: HTMLElement): void {
  if (element.ownerDocument.activeElement === element) return;
  if (!firedBy(element, 'focus', () => element.focus({ preventScroll: true }))) {
    focusedByHand.add(element);
    element.dispatchEvent(new FocusEvent('focus', { composed: true }));
    element.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
  }
}

/**
 * Leaves the field, which is when Angular's `updateOn: 'blur'` controls and some masks commit.
 * A field the page has already moved the focus away from (code cells do) was left already.
 */
export function blurField(element: HTMLElement): void {
  const byHand = focusedByHand.delete(element);
  if (element.ownerDocument.activeElement !== element && !byHand) return;
  if (!firedBy(element, 'blur', () => element.blur())) {
    element.dispatchEvent(new FocusEvent('blur', { composed: true }));
    element.dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true }));
  }
}

function firedBy(element: HTMLElement, type: 'focus' | 'blur', action: () => void): boolean {
  let fired = false;
  const note = (): void => {
    fired = true;
  };
  element.addEventListener(type, note);
  action();
  element.removeEventListener(type, note);
  return fired;
}

export function dispatchChange(element: HTMLElement): void {
  element.dispatchEvent(new Event('change', { bubbles: true }));
}

/** The `input` event frameworks listen to, for controls that are not typed into (select, checkbox). */
export function dispatchPlainInput(element: HTMLElement): void {
  element.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

type InsertType = 'insertText' | 'insertFromPaste' | 'deleteContentBackward';

/**
 * Replaces `range` of the control's value with `text` the way an edit does: `beforeinput`
 * (when the page cancels it, nothing is inserted), the native setter, the caret after the
 * insertion, `input`.
 */
function editRange(element: TextControl, [start, end]: readonly [number, number], text: string, inputType: InsertType): void {
  const data = inputType === 'deleteContentBackward' ? null : text;
  const before = new InputEvent('beforeinput', { ...BUBBLING, inputType, data });
  if (!element.dispatchEvent(before)) return;
  const value = element.value;
  const caret = start + text.length;
  setNativeValue(element, value.slice(0, start) + text + value.slice(end));
  selectRange(element, caret, caret);
  element.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType, data }));
}

/**
 * The one-shot set: the whole old value replaced by `text` in one edit, announced as a paste
 * unless told otherwise (emptying the field is announced as a deletion). Focus first; the
 * caller finishes with `leaveField`.
 */
export function replaceValue(element: TextControl, text: string, inputType: 'insertFromPaste' | 'insertText' = 'insertFromPaste'): void {
  focusField(element);
  editRange(element, selectEverything(element), text, text === '' ? 'deleteContentBackward' : inputType);
}

/**
 * Types `text` character by character at the caret, after emptying the field with a
 * Backspace over everything: keydown → keypress → beforeinput → insertion → input → keyup.
 */
export function typeText(element: TextControl, text: string): void {
  focusField(element);
  if (element.value !== '') {
    const everything = selectEverything(element);
    pressKey(element, 'Backspace', () => editRange(element, everything, '', 'deleteContentBackward'));
  }
  for (const character of text) {
    pressKey(element, character, () => editRange(element, selectionOf(element), character, 'insertText'));
  }
}

/** A key press around `edit`: keydown, keypress (printable keys only), the edit, keyup. */
function pressKey(element: TextControl, key: string, edit: () => void): void {
  const printable = key.length === 1;
  const keyCode = legacyKeyCode(key);
  const init = { ...BUBBLING, key, code: keyboardCode(key), keyCode, which: keyCode };
  if (element.dispatchEvent(new KeyboardEvent('keydown', init))) {
    const pressed = !printable || element.dispatchEvent(new KeyboardEvent('keypress', { ...init, charCode: key.charCodeAt(0), keyCode: key.charCodeAt(0), which: key.charCodeAt(0) }));
    if (pressed) edit();
  }
  element.dispatchEvent(new KeyboardEvent('keyup', init));
}

/** `KeyboardEvent.code` for the keys the engine types: digits, Latin letters, Backspace; '' for the rest. */
function keyboardCode(key: string): string {
  if (key === 'Backspace') return key;
  if (/^[0-9]$/.test(key)) return `Digit${key}`;
  if (/^[a-z]$/i.test(key)) return `Key${key.toUpperCase()}`;
  return '';
}

/** The deprecated `keyCode` older mask libraries still read: digits, Latin letters, Backspace. */
function legacyKeyCode(key: string): number {
  if (key === 'Backspace') return 8;
  return /^[0-9a-z]$/i.test(key) ? key.toUpperCase().charCodeAt(0) : 0;
}

/** The selection, or the end of the value where the input type has none (email, number). */
function selectionOf(element: TextControl): [number, number] {
  try {
    const start = element.selectionStart;
    const end = element.selectionEnd;
    if (start !== null && end !== null) return [start, end];
  } catch {
    // Input types without a selection API throw here.
  }
  return [element.value.length, element.value.length];
}

/** Selects the whole value (where the input type has a selection) and returns that range. */
function selectEverything(element: TextControl): readonly [number, number] {
  const everything = [0, element.value.length] as const;
  selectRange(element, ...everything);
  return everything;
}

function selectRange(element: TextControl, start: number, end: number): void {
  try {
    element.setSelectionRange(start, end);
  } catch {
    // Input types without a selection API: the edit then appends, which is what typing does there.
  }
}

/** Leaving a field after an edit: `change`, then blur (with focusout). */
export function leaveField(element: HTMLElement): void {
  dispatchChange(element);
  blurField(element);
}

/**
 * A click as a pointer produces it. Custom dropdowns open on `mousedown` or `click` (Angular
 * kits differ); `element.click()` also runs the default action (a checkbox toggles).
 */
export function clickLikeUser(element: HTMLElement): void {
  const pointer = typeof PointerEvent === 'function' ? PointerEvent : MouseEvent;
  element.dispatchEvent(new pointer('pointerdown', BUBBLING));
  element.dispatchEvent(new MouseEvent('mousedown', BUBBLING));
  element.dispatchEvent(new pointer('pointerup', BUBBLING));
  element.dispatchEvent(new MouseEvent('mouseup', BUBBLING));
  element.click();
}

/** Escape closes an open list without choosing anything. */
export function pressEscape(element: HTMLElement): void {
  const init = { ...BUBBLING, key: 'Escape', code: 'Escape', keyCode: 27, which: 27 };
  element.dispatchEvent(new KeyboardEvent('keydown', init));
  element.dispatchEvent(new KeyboardEvent('keyup', init));
}
