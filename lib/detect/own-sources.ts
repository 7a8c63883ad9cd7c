/**
 * What a control says about itself, raw: its attributes, the texts of the labels the page ties
 * to it, its options. Everything the signals of a control read without a layout search come
 * from these (signals.ts), so a control whose sources are as they were on the last scan has the
 * signals it had then: a rescan of a large page compares strings instead of normalising,
 * matching and allocating again for the thousands of controls that did not change.
 */
import { attributeOf } from './node-reads';

export interface OwnSources {
  /** The input's type (inputType), or the tag name of a select or textarea. */
  readonly type: string;
  readonly id: string | null;
  readonly name: string | null;
  readonly formControlName: string | null;
  readonly placeholder: string | null;
  readonly maxLength: string | null;
  readonly autocomplete: string | null;
  readonly ariaLabel: string | null;
  readonly title: string | null;
  /** The control's `aria-labelledby`, raw. */
  readonly labelledByIds: string | null;
  /** The texts of the elements `aria-labelledby` names, in its order (raw). */
  readonly labelledBy: readonly string[];
  /** The texts of the labels tied to the control (the survey's `labelTexts`, raw). */
  readonly tied: readonly string[];
  /** A select's options (text, then value, of each) or a radio's value; empty for other controls. */
  readonly choices: readonly string[];
}

/** Shared by every control that has none of a list, so that reading it allocates nothing. */
const NONE: readonly string[] = [];

/**
 * Reads the control's sources. `tied`: the texts of its labels from the survey; `textOf`: an
 * element's readable text (the caller memoises it for the scan); `last`: the control's last
 * reading, returned itself when the sources are as they were (nothing allocated, and the caller
 * knows them unchanged by identity); `attributesUnchanged`: whether the control's attributes are
 * known to be as `last` read them (page-changes.ts), then not read again. The texts of other
 * elements (labels, aria-labelledby, options) are read every time. The control's own methods are
 * called: this place meets inputs, selects and textareas only, where they are the fastest read
 * (node-reads.ts is for places that meet nodes of every kind).
 */
export function readOwnSources(
  control: Element,
  type: string,
  tied: readonly string[] | undefined,
  textOf: (element: Element) => string,
  last?: OwnSources,
  attributesUnchanged = false,
): OwnSources {
  const tiedTexts = tied ?? NONE;
  if (last !== undefined && attributesUnchanged && last.type === type) {
    const labelledBy = last.labelledByIds === null ? NONE : labelledTexts(control, last.labelledByIds, textOf);
    const choices = type === 'select' ? optionTexts(control) : last.choices;
    if (sameTexts(last.labelledBy, labelledBy) && sameTexts(last.tied, tiedTexts) && sameTexts(last.choices, choices)) return last;
    return { ...last, labelledBy, tied: tiedTexts, choices };
  }
  const id = control.getAttribute('id');
  const name = control.getAttribute('name');
  const formControlName = control.getAttribute('formcontrolname');
  const placeholder = control.getAttribute('placeholder');
  const maxLength = control.getAttribute('maxlength');
  const autocomplete = control.getAttribute('autocomplete');
  const ariaLabel = control.getAttribute('aria-label');
  const title = control.getAttribute('title');
  const labelledByIds = control.getAttribute('aria-labelledby');
  const labelledBy = labelledByIds === null ? NONE : labelledTexts(control, labelledByIds, textOf);
  const choices = type === 'select' ? optionTexts(control) : type === 'radio' ? [control.getAttribute('value') ?? ''] : NONE;
  if (
    last !== undefined &&
    last.type === type &&
    last.id === id &&
    last.name === name &&
    last.formControlName === formControlName &&
    last.placeholder === placeholder &&
    last.maxLength === maxLength &&
    last.autocomplete === autocomplete &&
    last.ariaLabel === ariaLabel &&
    last.title === title &&
    last.labelledByIds === labelledByIds &&
    sameTexts(last.labelledBy, labelledBy) &&
    sameTexts(last.tied, tiedTexts) &&
    sameTexts(last.choices, choices)
  ) {
    return last;
  }
  return { type, id, name, formControlName, placeholder, maxLength, autocomplete, ariaLabel, title, labelledByIds, labelledBy, tied: tiedTexts, choices };
}

export function sameTexts(a: readonly string[], b: readonly string[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index += 1) if (a[index] !== b[index]) return false;
  return true;
}

/** The texts of the elements an `aria-labelledby` (of the control, or of a radio group) names. */
export function labelledByTexts(element: Element, textOf: (element: Element) => string): readonly string[] {
  const ids = attributeOf(element, 'aria-labelledby');
  return ids === null ? NONE : labelledTexts(element, ids, textOf);
}

/** The texts of the elements named by `ids` (an aria-labelledby of `element`), in their root. */
function labelledTexts(element: Element, ids: string, textOf: (element: Element) => string): readonly string[] {
  const root = element.getRootNode() as Document | ShadowRoot;
  if (typeof root.getElementById !== 'function') return NONE;
  const texts: string[] = [];
  for (const id of ids.split(/\s+/)) {
    const labelling = id === '' ? null : root.getElementById(id);
    if (labelling !== null) texts.push(textOf(labelling));
  }
  return texts;
}

/** Through the select's own collection: a browser keeps it between scans while the select does not change. */
function optionTexts(select: Element): string[] {
  const texts: string[] = [];
  const { options } = select as HTMLSelectElement;
  // By index, not by iterator: a step of the collection's iterator costs a call into the browser more.
  for (let index = 0, count = options.length; index < count; index += 1) {
    const option = options.item(index);
    if (option !== null) texts.push(option.textContent ?? '', attributeOf(option, 'value') ?? '');
  }
  return texts;
}
