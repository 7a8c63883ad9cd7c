/**
 * Everything a person would use to tell what a control asks for, read from the DOM: its names,
 * `autocomplete`, labels of every markup style, the text just before it, placeholder and mask,
 * type and length. Label lookups are memoised for the duration of one scan.
 */
import { cleanText, normaliseText } from '../text';
import { inputType, isCustomElementName, isFillableControl, isSkippedSubtree, readableText, TEXT_NODE, ELEMENT_NODE } from './dom';
import { maskShape } from './match';
import type { PageSurvey } from './survey';
import { SEARCH_BOUNDS } from './weights';

export interface ControlSignals {
  /** `autocomplete` tokens, lower case. */
  readonly autocomplete: readonly string[];
  /** id, name and formcontrolname of the control and of its custom-element wrappers, lower case. */
  readonly names: readonly string[];
  /** Tag names of the custom elements wrapping the control (`lib-plain-input`, `esia-code-input`). */
  readonly containers: readonly string[];
  /** Explicit labels, normalised: label[for], wrapping label, aria-labelledby, aria-label, floating label, table header, dt, title. */
  readonly labels: readonly string[];
  /** The text just before the control, normalised; read only when there is no explicit label. */
  readonly nearby: readonly string[];
  /** The placeholder, normalised ('' when none). */
  readonly placeholder: string;
  /** The placeholder's mask shape (see maskShape), when it is a mask. */
  readonly shape: string | null;
  readonly type: string;
  readonly maxLength: number | null;
  /** A select's options (texts and values), or a radio's own label and value, normalised. */
  readonly options: readonly string[];
  /** The label as a person reads it, for messages and debugging. */
  readonly display: string;
}

/** Ancestors whose controls are counted: a bit more than the searches climb, for the sibling checks. */
const COUNTED_LEVELS = SEARCH_BOUNDS.ancestorLevels * 2;

/** Neither a label nor a wrapper: the search for a preceding text stops at these. */
const STOP_TAGS: ReadonlySet<string> = new Set(['form', 'body', 'html']);

/** Elements whose text is an action or a value, never a label for what follows. */
const NOT_LABEL_TAGS: ReadonlySet<string> = new Set(['button', 'input', 'select', 'textarea']);

const AUTOCOMPLETE_NOISE: ReadonlySet<string> = new Set(['on', 'off']);

/** Reads the signals of the controls of one survey; lookups are memoised for its lifetime. */
export class SignalReader {
  private readonly controlCounts = new Map<Element, number>();
  private readonly radioGroupSizes = new Map<string, number>();
  private readonly texts = new Map<Element, string>();
  private readonly ownLabels = new Map<Element, string[]>();
  /** Controls without a label of their own, by ancestor; counted on the first text search. */
  private unlabelledCounts: Map<Element, number> | undefined;

  constructor(private readonly survey: Pick<PageSurvey, 'controls' | 'labelsFor'>) {
    for (const control of survey.controls) {
      countInAncestors(this.controlCounts, control);
      if (inputType(control) === 'radio') {
        const group = radioGroupKey(control);
        this.radioGroupSizes.set(group, (this.radioGroupSizes.get(group) ?? 0) + 1);
      }
    }
  }

  read(control: HTMLElement): ControlSignals {
    const type = control.localName === 'input' ? inputType(control) : control.localName;
    const { names, containers } = this.namesOf(control);
    const labels = type === 'radio' ? this.radioGroupLabels(control) : this.explicitLabels(control);
    const nearby = labels.length === 0 && type !== 'radio' ? optional(this.nearbyText(control, 1)) : [];
    const rawPlaceholder = cleanText(control.getAttribute('placeholder') ?? '');
    const maxLength = Number.parseInt(control.getAttribute('maxlength') ?? '', 10);
    return {
      autocomplete: tokens(control.getAttribute('autocomplete')).filter((token) => !AUTOCOMPLETE_NOISE.has(token)),
      names,
      containers,
      labels: unique(labels.map(normaliseText)),
      nearby: unique(nearby.map(normaliseText)),
      placeholder: normaliseText(rawPlaceholder),
      shape: maskShape(rawPlaceholder),
      type,
      maxLength: Number.isFinite(maxLength) && maxLength > 0 ? maxLength : null,
      options: unique(this.optionsOf(control, type)),
      display: labels[0] ?? nearby[0] ?? rawPlaceholder,
    };
  }

  /** Texts are cleaned (not normalised) so the first one can be shown as is. */
  private textOf(element: Element): string {
    let text = this.texts.get(element);
    if (text === undefined) {
      text = cleanText(readableText(element));
      this.texts.set(element, text);
    }
    return text;
  }

  private count(element: Element): number {
    return this.controlCounts.get(element) ?? 0;
  }

  /**
   * How many controls without a label of their own an element holds. A text before a wrapper
   * that also holds separately labelled controls (a «Нет отчества» checkbox) still belongs to
   * the unlabelled one; before a wrapper of two unlabelled inputs, it is a group's caption.
   */
  private unlabelledCount(element: Element): number {
    if (this.unlabelledCounts === undefined) {
      const counts = new Map<Element, number>();
      for (const control of this.survey.controls) if (this.explicitLabels(control).length === 0) countInAncestors(counts, control);
      this.unlabelledCounts = counts;
    }
    return this.unlabelledCounts.get(element) ?? 0;
  }

  private namesOf(control: HTMLElement): { names: string[]; containers: string[] } {
    const names = [control.id, control.getAttribute('name'), control.getAttribute('formcontrolname')];
    const containers: string[] = [];
    // A custom control's formcontrolname sits on its wrapper, and stands for every input inside it.
    let ancestor = control.parentElement;
    for (let level = 0; ancestor !== null && level < SEARCH_BOUNDS.ancestorLevels; level += 1, ancestor = ancestor.parentElement) {
      if (!isCustomElementName(ancestor.localName)) continue;
      containers.push(ancestor.localName);
      names.push(ancestor.getAttribute('formcontrolname'));
    }
    return { names: unique(names.map((name) => (name ?? '').trim().toLowerCase())), containers };
  }

  /** The control's own labels (for a radio: its option's), cleaned; memoised. */
  private explicitLabels(control: Element): string[] {
    let labels = this.ownLabels.get(control);
    if (labels === undefined) {
      labels = this.readExplicitLabels(control);
      this.ownLabels.set(control, labels);
    }
    return labels;
  }

  /**
   * Labels the page ties to the control (ARIA, label[for], a wrapping label, title) first; only
   * without them, labels that layout implies (floating label, table row, dl), which cost searches.
   */
  private readExplicitLabels(control: Element): string[] {
    const present = (labels: readonly (string | null)[]): string[] => labels.map((label) => cleanText(label ?? '')).filter((label) => label !== '');
    const tied = present([
      ...this.labelledBy(control),
      control.getAttribute('aria-label'),
      ...this.labelsPointingAt(control).map((label) => this.textOf(label)),
      ...optional(control.closest('label')).map((label) => this.textOf(label)),
      control.getAttribute('title'),
    ]);
    return tied.length > 0 ? tied : present([this.floatingLabel(control), this.tableHeader(control), this.definitionTerm(control)]);
  }

  private labelledBy(control: Element): string[] {
    const root = control.getRootNode() as Document | ShadowRoot;
    if (typeof root.getElementById !== 'function') return [];
    return tokens(control.getAttribute('aria-labelledby'), false)
      .map((id) => root.getElementById(id))
      .filter((element): element is HTMLElement => element !== null)
      .map((element) => this.textOf(element));
  }

  private labelsPointingAt(control: Element): Element[] {
    if (control.id === '') return [];
    const root = control.getRootNode();
    return (this.survey.labelsFor.get(control.id) ?? []).filter((label) => label.getRootNode() === root);
  }

  /** A label inside the control's own wrapper (floating labels often come after the input). */
  private floatingLabel(control: Element): string | null {
    const wrapper = this.outermostOwnWrapper(control);
    const label = wrapper === null ? undefined : [...wrapper.querySelectorAll('label:not([for])')].find((candidate) => !candidate.contains(control));
    return label === undefined ? null : this.textOf(label);
  }

  /** The row's header cell (or first cell) in a table layout. */
  private tableHeader(control: Element): string | null {
    const cell = control.closest('td');
    const row = cell?.parentElement;
    if (cell === null || cell === undefined || row === null || row === undefined || this.count(cell) !== 1) return null;
    const header = [...row.children].find((child) => child.localName === 'th') ?? row.children[0];
    return header === undefined || header === cell ? null : this.textOf(header);
  }

  /** The `<dt>` before the control's `<dd>`. */
  private definitionTerm(control: Element): string | null {
    const definition = control.closest('dd');
    if (definition === null || this.count(definition) !== 1) return null;
    for (let sibling = definition.previousElementSibling; sibling !== null; sibling = sibling.previousElementSibling) {
      if (sibling.localName === 'dt') return this.textOf(sibling);
      if (sibling.localName === 'dd') return null;
    }
    return null;
  }

  /** A radio's label is its group's: a fieldset's legend, a radiogroup's name, or the text before the group. */
  private radioGroupLabels(radio: Element): string[] {
    const size = this.radioGroupSizes.get(radioGroupKey(radio)) ?? 1;
    const group = radio.closest('fieldset, [role="radiogroup"]');
    if (group !== null && this.count(group) === size) {
      const legend = [...group.children].find((child) => child.localName === 'legend');
      const named = [...this.labelledBy(group), group.getAttribute('aria-label'), legend === undefined ? null : this.textOf(legend)];
      const texts = named.map((text) => cleanText(text ?? '')).filter((text) => text !== '');
      if (texts.length > 0) return texts;
    }
    // The text before the group is read from the smallest wrapper holding the whole group.
    let container: Element = radio;
    for (let level = 0; this.count(container) < size && container.parentElement !== null && level < SEARCH_BOUNDS.ancestorLevels; level += 1) {
      container = container.parentElement;
    }
    return this.count(container) === size ? optional(this.nearbyText(container, size)) : [];
  }

  /**
   * The text just before the control (or a radio group's wrapper): previous siblings first, then
   * those of the wrappers that hold no other unlabelled control, a few levels up at most. A
   * sibling that holds a control ends the search: what precedes it belongs to that other field.
   */
  private nearbyText(start: Element, groupSize: number): string | null {
    const unlabelledHere = Math.max(this.unlabelledCount(start), isFillableControl(start) ? 1 : 0);
    let node: Element = start;
    for (let level = 0; level <= SEARCH_BOUNDS.ancestorLevels; level += 1) {
      const found = this.precedingText(node);
      if (found !== undefined) return found;
      const parent = node.parentElement;
      const holdsOtherUnlabelled = parent !== null && this.count(parent) > groupSize && this.unlabelledCount(parent) > unlabelledHere;
      if (parent === null || holdsOtherUnlabelled || STOP_TAGS.has(parent.localName)) return null;
      node = parent;
    }
    return null;
  }

  /** The first text among the previous siblings: a string, null to stop looking, undefined to climb. */
  private precedingText(node: Element): string | null | undefined {
    let looked = 0;
    for (let sibling = node.previousSibling; sibling !== null && looked < SEARCH_BOUNDS.previousSiblings; sibling = sibling.previousSibling) {
      let text = '';
      if (sibling.nodeType === TEXT_NODE) {
        text = cleanText((sibling as Text).data);
      } else if (sibling.nodeType === ELEMENT_NODE) {
        const element = sibling as Element;
        if (isFillableControl(element) || this.count(element) > 0) return null;
        if (!isSkippedSubtree(element) && !NOT_LABEL_TAGS.has(element.localName)) text = this.textOf(element);
        looked += 1;
      }
      if (text !== '') return text.length <= SEARCH_BOUNDS.labelLength ? text : null;
    }
    return undefined;
  }

  /** The largest wrapper (a few levels up at most) that contains the control and nothing else to fill. */
  private outermostOwnWrapper(control: Element): Element | null {
    let wrapper: Element | null = null;
    let ancestor = control.parentElement;
    for (let level = 0; ancestor !== null && level < SEARCH_BOUNDS.ancestorLevels; level += 1, ancestor = ancestor.parentElement) {
      if (this.count(ancestor) > 1 || STOP_TAGS.has(ancestor.localName)) break;
      wrapper = ancestor;
    }
    return wrapper;
  }

  private optionsOf(control: HTMLElement, type: string): string[] {
    if (type === 'select') {
      return [...control.querySelectorAll('option')].flatMap((option) => [normaliseText(option.textContent ?? ''), normaliseText(option.getAttribute('value') ?? '')]);
    }
    if (type === 'radio') return [...this.explicitLabels(control).map(normaliseText), normaliseText(control.getAttribute('value') ?? '')];
    return [];
  }
}

function countInAncestors(counts: Map<Element, number>, control: Element): void {
  let ancestor = control.parentElement;
  for (let level = 0; ancestor !== null && level < COUNTED_LEVELS; level += 1, ancestor = ancestor.parentElement) {
    counts.set(ancestor, (counts.get(ancestor) ?? 0) + 1);
  }
}

function radioGroupKey(radio: Element): string {
  return radio.getAttribute('name') ?? '';
}

function tokens(value: string | null, lowerCase = true): string[] {
  const text = lowerCase ? (value ?? '').toLowerCase() : value ?? '';
  return text.split(/\s+/).filter((token) => token !== '');
}

function optional<T>(value: T | null | undefined): T[] {
  return value === null || value === undefined ? [] : [value];
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)].filter((value) => value !== '');
}
