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
 * element's readable text (the caller memoises it for the scan). The control's own methods are
 * called: this place meets inputs, selects and textareas only, where they are the fastest read
 * (node-reads.ts is for places that meet nodes of every kind).
 */
export function readOwnSources(control: Element, type: string, tied: readonly string[] | undefined, textOf: (element: Element) => string): OwnSources {
  const labelledBy = control.getAttribute('aria-labelledby');
  return {
    type,
    id: control.getAttribute('id'),
    name: control.getAttribute('name'),
    formControlName: control.getAttribute('formcontrolname'),
    placeholder: control.getAttribute('placeholder'),
    maxLength: control.getAttribute('maxlength'),
    autocomplete: control.getAttribute('autocomplete'),
    ariaLabel: control.getAttribute('aria-label'),
    title: control.getAttribute('title'),
    labelledBy: labelledBy === null ? NONE : labelledTexts(control, labelledBy, textOf),
    tied: tied ?? NONE,
    choices: type === 'select' ? optionTexts(control) : type === 'radio' ? [control.getAttribute('value') ?? ''] : NONE,
  };
}

/** Whether two readings of a control's sources are the same: then so are the signals read from them. */
export function sameOwnSources(a: OwnSources, b: OwnSources): boolean {
  return (
    a.type === b.type &&
    a.id === b.id &&
    a.name === b.name &&
    a.formControlName === b.formControlName &&
    a.placeholder === b.placeholder &&
    a.maxLength === b.maxLength &&
    a.autocomplete === b.autocomplete &&
    a.ariaLabel === b.ariaLabel &&
    a.title === b.title &&
    sameTexts(a.labelledBy, b.labelledBy) &&
    sameTexts(a.tied, b.tied) &&
    sameTexts(a.choices, b.choices)
  );
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
  for (const option of (select as HTMLSelectElement).options) texts.push(option.textContent ?? '', attributeOf(option, 'value') ?? '');
  return texts;
}
