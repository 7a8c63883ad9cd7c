/**
 * Choosing an option: in a native `<select>` through the browser's setter, or in a custom
 * dropdown (the portal's `lib-dropdown`: a button or combobox that opens a list on click) by
 * clicking the trigger and then the option, as a person does. Options are recognised by their
 * texts, which come from the field kind's `detection.choices` (data, normalised).
 */
import type { FieldKind } from '../fields/types';
import { cleanText, normaliseText } from '../text';
import { blurField, clickLikeUser, dispatchChange, dispatchPlainInput, focusField, nextTask, pressEscape, setNativeChecked, setNativeSelectedIndex } from './events';
import type { FieldState } from './types';
import { isActuallyVisible } from './visibility';

/** Options in a custom list; `li` only near the trigger or inside the list it controls (a page's menus are `li` too). */
const NEAR_OPTIONS = '[role="option"], li';
const ANYWHERE_OPTIONS = '[role="option"]';
/** How many ancestors of the trigger may hold its list (the dropdown component's own element and wrappers). */
const LIST_HOST_DEPTH = 4;
/** How long a list may take to render after the click: this many waits of LIST_WAIT_MS. */
const LIST_WAIT_TURNS = 20;
const LIST_WAIT_MS = 25;

export interface ChoiceResult {
  readonly method: 'unchanged' | 'selected' | 'clicked';
  /** The text of the option chosen, or the first text that would have matched. */
  readonly intended: string;
  readonly readBack: string;
  readonly accepted: boolean;
  readonly optionFound: boolean;
  readonly previous: FieldState;
}

/** The normalised texts that mean `canonical`: the kind's choices, and the canonical value itself. */
export function choiceTexts(kind: FieldKind, canonical: string): readonly string[] {
  return [...(kind.detection.choices?.[canonical] ?? []), normaliseText(canonical)];
}

export async function chooseInSelect(select: HTMLSelectElement, texts: readonly string[]): Promise<ChoiceResult> {
  const previous: FieldState = { type: 'selected-index', index: select.selectedIndex };
  const index = Array.from(select.options).findIndex((option) => texts.includes(normaliseText(option.text)) || texts.includes(normaliseText(option.value)));
  const option = select.options[index];
  if (!option) return { method: 'unchanged', intended: texts[0] ?? '', readBack: selectedText(select), accepted: false, optionFound: false, previous };
  if (index === select.selectedIndex) return { method: 'unchanged', intended: cleanText(option.text), readBack: selectedText(select), accepted: true, optionFound: true, previous };
  await selectIndex(select, index);
  return { method: 'selected', intended: cleanText(option.text), readBack: selectedText(select), accepted: select.selectedIndex === index, optionFound: true, previous };
}

/** The radio buttons of `radio`'s group, in document order: same name, same form (or same root). */
export function radioGroup(radio: HTMLInputElement): HTMLInputElement[] {
  const scope: ParentNode = radio.form ?? (radio.getRootNode() as Document | ShadowRoot);
  return Array.from(scope.querySelectorAll<HTMLInputElement>('input[type=radio]')).filter((other) => other.name === radio.name && other.form === radio.form);
}

/** The radio button of the group whose label (or value) means the choice, clicked as a person would. */
export async function chooseRadio(radio: HTMLInputElement, texts: readonly string[]): Promise<ChoiceResult> {
  const group = radio.name === '' ? [radio] : radioGroup(radio);
  const previous: FieldState = { type: 'checked-radio', index: group.findIndex((button) => button.checked) };
  const meaning = (button: HTMLInputElement) => [...Array.from(button.labels ?? []).map((label) => normaliseText(label.textContent ?? '')), normaliseText(button.value)];
  const chosen = group.find((button) => meaning(button).some((text) => texts.includes(text)));
  const shown = () => cleanText(Array.from(group.find((button) => button.checked)?.labels ?? [])[0]?.textContent ?? '');
  if (!chosen) return { method: 'unchanged', intended: texts[0] ?? '', readBack: shown(), accepted: false, optionFound: false, previous };
  const intended = cleanText(Array.from(chosen.labels ?? [])[0]?.textContent ?? chosen.value);
  if (chosen.checked) return { method: 'unchanged', intended, readBack: shown(), accepted: true, optionFound: true, previous };
  clickLikeUser(chosen);
  await nextTask();
  return { method: 'clicked', intended, readBack: shown(), accepted: chosen.checked, optionFound: true, previous };
}

/** Puts a radio group back: the button that was checked is clicked again; a group that had none is cleared through the setter. */
export async function restoreRadio(radio: HTMLInputElement, index: number): Promise<void> {
  const group = radio.name === '' ? [radio] : radioGroup(radio);
  const button = group[index];
  if (button) clickLikeUser(button);
  else for (const other of group) if (other.checked) setNativeChecked(other, false);
  await nextTask();
}

export async function selectIndex(select: HTMLSelectElement, index: number): Promise<void> {
  focusField(select);
  setNativeSelectedIndex(select, index);
  dispatchPlainInput(select);
  dispatchChange(select);
  blurField(select);
  await nextTask();
}

function selectedText(select: HTMLSelectElement): string {
  return cleanText(select.selectedOptions[0]?.text ?? '');
}

export async function chooseInDropdown(trigger: HTMLElement, texts: readonly string[]): Promise<ChoiceResult> {
  const previous: FieldState = { type: 'shown-choice', texts: shownTexts(trigger) };
  const shown = shownChoice(trigger, texts);
  if (shown !== undefined) return { method: 'unchanged', intended: shown, readBack: shown, accepted: true, optionFound: true, previous };
  const option = await openAndFind(trigger, texts);
  if (!option) return { method: 'clicked', intended: texts[0] ?? '', readBack: shownText(trigger), accepted: false, optionFound: false, previous };
  const intended = cleanText(option.textContent ?? '');
  clickLikeUser(option);
  await nextTask();
  const chosen = shownChoice(trigger, texts);
  return { method: 'clicked', intended, readBack: chosen ?? shownText(trigger), accepted: chosen !== undefined, optionFound: true, previous };
}

/** Undo: chooses the option that was shown before; when a placeholder was shown no option has its text and the list is just closed. */
export async function restoreDropdown(trigger: HTMLElement, texts: readonly string[]): Promise<void> {
  const option = await openAndFind(trigger, texts);
  if (option) clickLikeUser(option);
  await nextTask();
}

/** Opens the list and returns the option whose text is one of `texts`; closes the list again when there is none. */
async function openAndFind(trigger: HTMLElement, texts: readonly string[]): Promise<HTMLElement | undefined> {
  clickLikeUser(trigger);
  for (let turn = 0; turn < LIST_WAIT_TURNS; turn += 1) {
    const options = visibleOptions(trigger);
    if (options.length > 0) {
      const option = options.find((candidate) => texts.includes(normaliseText(candidate.textContent ?? '')));
      if (option) return option;
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, LIST_WAIT_MS));
  }
  pressEscape(trigger);
  await nextTask();
  // Kits that ignore Escape close their list with another click on the trigger.
  if (visibleOptions(trigger).length > 0) clickLikeUser(trigger);
  return undefined;
}

/** The open list's options: the list the trigger controls, else near the trigger, else any `role=option` on the page. */
function visibleOptions(trigger: HTMLElement): HTMLElement[] {
  const scopes: [ParentNode, string][] = [];
  const root = trigger.getRootNode() as Document | ShadowRoot;
  for (const id of controlledIds(trigger)) {
    const list = root.getElementById(id);
    if (list) scopes.push([list, NEAR_OPTIONS]);
  }
  let host: Element | null = trigger;
  for (let depth = 0; host && depth < LIST_HOST_DEPTH; depth += 1, host = host.parentElement) scopes.push([host, NEAR_OPTIONS]);
  scopes.push([root, ANYWHERE_OPTIONS]);
  if (root !== trigger.ownerDocument) scopes.push([trigger.ownerDocument, ANYWHERE_OPTIONS]);
  for (const [scope, selector] of scopes) {
    const options = Array.from(scope.querySelectorAll<HTMLElement>(selector)).filter((option) => !option.contains(trigger) && isActuallyVisible(option));
    if (options.length > 0) return options;
  }
  return [];
}

function controlledIds(trigger: HTMLElement): string[] {
  const owner = trigger.matches('[aria-controls], [aria-owns]') ? trigger : trigger.querySelector('[aria-controls], [aria-owns]');
  const ids = `${owner?.getAttribute('aria-controls') ?? ''} ${owner?.getAttribute('aria-owns') ?? ''}`;
  return ids.split(/\s+/).filter(Boolean);
}

/** What the closed dropdown shows, for the report: an input's value, or its text. */
function shownText(trigger: HTMLElement): string {
  return cleanText(trigger instanceof HTMLInputElement ? trigger.value : (trigger.textContent ?? ''));
}

/**
 * The normalised texts the trigger shows: an input's value, or the text of the trigger and of
 * each of its parts (the chosen option's text usually sits next to an arrow icon).
 */
function shownTexts(trigger: HTMLElement): string[] {
  if (trigger instanceof HTMLInputElement) return [normaliseText(trigger.value)];
  return [trigger, ...Array.from(trigger.querySelectorAll('*'))].map((part) => normaliseText(part.textContent ?? ''));
}

/** The shown text that is one of `texts`, as shown; undefined when the trigger shows none of them. */
function shownChoice(trigger: HTMLElement, texts: readonly string[]): string | undefined {
  if (trigger instanceof HTMLInputElement) return texts.includes(normaliseText(trigger.value)) ? cleanText(trigger.value) : undefined;
  const part = [trigger, ...Array.from(trigger.querySelectorAll('*'))].find((candidate) => texts.includes(normaliseText(candidate.textContent ?? '')));
  return part ? cleanText(part.textContent ?? '') : undefined;
}
