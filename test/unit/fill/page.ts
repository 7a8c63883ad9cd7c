/**
 * Small stand-ins for what the portal's page code does with a field, so that unit tests can see
 * the engine satisfy it. The real libraries are exercised in real browsers (test/e2e/fill-engine.test.ts).
 */
import { digitsOf } from '../../../lib/text';

/** Puts `html` into a fresh body and returns the element matching `selector`. */
export function mount<T extends Element>(html: string, selector: string): T {
  document.body.innerHTML = html;
  const element = document.querySelector<T>(selector);
  if (!element) throw new Error(`no ${selector} in the test page`);
  return element;
}

const EVENTS = ['focus', 'focusin', 'keydown', 'keypress', 'beforeinput', 'input', 'keyup', 'change', 'blur', 'focusout', 'click'] as const;

/** The events the element receives, as `type` or `type:inputType:data` for input events. */
export function recordEvents(element: Element): string[] {
  const log: string[] = [];
  for (const type of EVENTS) {
    element.addEventListener(type, (event) => {
      log.push(event instanceof InputEvent ? `${type}:${event.inputType}:${event.data ?? ''}` : type);
    });
  }
  return log;
}

/**
 * React's value tracker: an own `value` property that remembers what scripts assign, and an
 * `input` listener that reports a change only when the element's value differs from the
 * remembered one. Assigning `element.value` therefore goes unnoticed; the prototype's setter does not.
 */
export function trackValueLikeReact(input: HTMLInputElement): string[] {
  const changes: string[] = [];
  const native = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value');
  let tracked = input.value;
  Object.defineProperty(input, 'value', {
    configurable: true,
    get() {
      return native?.get?.call(input) as string;
    },
    set(next: string) {
      tracked = String(next);
      native?.set?.call(input, next);
    },
  });
  input.addEventListener('input', () => {
    if (input.value === tracked) return;
    tracked = input.value;
    changes.push(input.value);
  });
  return changes;
}

const PHONE_SLOTS = '+7 (___) ___-__-__';

/**
 * What text-mask does with `+7 (___) ___-__-__`: the constant `+7` is the mask's own, so
 * digits typed into an empty field fill the slots — a leading 7 included (the doubled-7 bug).
 */
export function conformPhone(value: string): string {
  const digits = value.startsWith('+7') ? digitsOf(value).slice(1) : digitsOf(value);
  if (digits === '') return '';
  let conformed = '';
  let next = 0;
  for (const slot of PHONE_SLOTS) {
    if (slot !== '_') conformed += slot;
    else if (next < digits.length) conformed += digits[next++];
    else break;
  }
  return conformed;
}

/** A phone mask that reformats on `input`, like text-mask. */
export function attachPhoneMask(input: HTMLInputElement): void {
  input.addEventListener('input', () => {
    input.value = conformPhone(input.value);
  });
}

/**
 * A mask that builds its model keystroke by keystroke (single-character `insertText` only),
 * leaves anything else in the field untouched, and renders the model back into the field on
 * blur, as Angular masks that commit on blur do: a value set in one go looks accepted until the
 * field is left, then it is wiped. Returns the committed model.
 */
export function attachKeystrokeMask(input: HTMLInputElement): { readonly model: () => string } {
  let digits = '';
  let committed = '';
  input.addEventListener('input', (event) => {
    const { inputType, data } = event as InputEvent;
    if (inputType === 'deleteContentBackward') digits = '';
    if (inputType !== 'insertText' || data === null || !/^\d$/.test(data)) return;
    digits += data;
    input.value = conformPhone(digits);
  });
  input.addEventListener('blur', () => {
    committed = digits;
    input.value = conformPhone(digits);
  });
  return { model: () => committed };
}
