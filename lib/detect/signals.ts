/**
 * Everything a person would use to tell what a control asks for, read from the DOM: its names,
 * `autocomplete`, labels of every markup style, the text just before it, placeholder and mask,
 * type and length. Layout lookups are memoised for the duration of one scan, the texts' forms
 * across scans.
 */
import { cleanText, normaliseText } from '../text';
import { isCustomElementName, isFillableControl, isSkippedSubtree, readableText, TEXT_NODE, ELEMENT_NODE } from './dom';
import { maskShape } from './match';
import { BoundedMemo } from './memo';
import { mayHaveChanged, sourcesRead } from './page-changes';
import { labelledByTexts, readOwnSources, sameTexts, type OwnSources } from './own-sources';
import { attributeOf, dataOf, localNameOf, nodeTypeOf, parentElementOf, previousSiblingOf } from './node-reads';
import type { PageSurvey, SurveyedControl } from './survey';
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

/** Whether two readings of controls say the same: then they score the same. */
export function sameSignals(a: ControlSignals, b: ControlSignals): boolean {
  return (
    a.type === b.type &&
    a.placeholder === b.placeholder &&
    a.shape === b.shape &&
    a.maxLength === b.maxLength &&
    a.display === b.display &&
    sameTexts(a.autocomplete, b.autocomplete) &&
    sameTexts(a.names, b.names) &&
    sameTexts(a.containers, b.containers) &&
    sameTexts(a.labels, b.labels) &&
    sameTexts(a.nearby, b.nearby) &&
    sameTexts(a.options, b.options)
  );
}

/** Ancestors whose controls are counted: a bit more than the searches climb, for the sibling checks. */
const COUNTED_LEVELS = SEARCH_BOUNDS.ancestorLevels * 2;

/** Neither a label nor a wrapper: the search for a preceding text stops at these. */
const STOP_TAGS: ReadonlySet<string> = new Set(['form', 'body', 'html']);

/** Elements whose text is an action or a value, never a label for what follows. */
const NOT_LABEL_TAGS: ReadonlySet<string> = new Set(['button', 'input', 'select', 'textarea']);

const AUTOCOMPLETE_NOISE: ReadonlySet<string> = new Set(['on', 'off']);

/**
 * A text as a person reads it (cleaned: spaces, invisible marks), as hints compare with it
 * (normalised), and its mask shape when it is a mask (placeholders).
 */
interface TextForms {
  readonly shown: string;
  readonly comparable: string;
  readonly shape: string | null;
}

/** Labels, placeholders and options repeat across controls and rescans: each raw text is read once. */
const textForms = new BoundedMemo(SEARCH_BOUNDS.rememberedTexts, (raw: string): TextForms => {
  const shown = cleanText(raw);
  return { shown, comparable: normaliseText(shown), shape: maskShape(shown) };
});

/** `autocomplete` values repeat too: their tokens, lower case, without the on/off switch. */
const autocompleteTokens = new BoundedMemo(SEARCH_BOUNDS.rememberedTexts, (raw: string): readonly string[] =>
  tokens(raw).filter((token) => !AUTOCOMPLETE_NOISE.has(token)),
);

/** Shared by every control that has none of a kind of signal, so that reading it allocates nothing. */
const NONE: readonly string[] = [];

/**
 * The signals of each control read from its own sources alone (not searched around), with those
 * sources: a rescan finds most controls as they were. Weak: a control gone takes its entry along.
 */
const lastOwnReadings = new WeakMap<Element, { readonly sources: OwnSources; readonly signals: ControlSignals; readonly tracked: boolean }>();

/**
 * Reads the signals of the controls of one survey; lookups are memoised for its lifetime. Every
 * control is read from its attributes and the labels the page ties to it; the first
 * SEARCH_BOUNDS.layoutSearchedControls also from the layout around them (see there).
 */
export class SignalReader {
  private readonly searched: ReadonlySet<Element>;
  private readonly texts = new Map<Element, string>();
  private readonly ownLabels = new Map<Element, readonly TextForms[]>();
  /** Counted on the first search that needs them: a page whose controls all carry labels needs none. */
  private controlCounts: Map<Element, number> | undefined;
  private radioGroupSizes: Map<string, number> | undefined;
  /** Controls without a label of their own, by ancestor; counted on the first text search. */
  private unlabelledCounts: Map<Element, number> | undefined;

  /**
   * `tracked`: whether changes to the attributes of the survey's controls are observed
   * (page-changes.ts, started before this reader reads): then a control whose attributes
   * did not change since a tracked reading is not read again.
   */
  constructor(
    private readonly survey: Pick<PageSurvey, 'controls' | 'labelTexts'>,
    private readonly tracked = false,
  ) {
    this.searched = new Set(survey.controls.slice(0, SEARCH_BOUNDS.layoutSearchedControls).map((control) => control.element));
  }

  read({ element: control, type }: SurveyedControl): ControlSignals {
    if (this.searched.has(control)) return this.signalsOf(control, this.ownSourcesOf(control, type));
    // Read from its own sources alone: the same sources as last time (the last reading itself) give the same signals.
    const last = lastOwnReadings.get(control);
    const unchanged = this.tracked && last !== undefined && last.tracked && !mayHaveChanged(control);
    const sources = readOwnSources(control, type, this.survey.labelTexts.get(control), this.textOf, last?.sources, unchanged);
    if (!unchanged) sourcesRead(control);
    if (last !== undefined && last.sources === sources && last.tracked === this.tracked) return last.signals;
    const signals = last !== undefined && last.sources === sources ? last.signals : this.signalsOf(control, sources);
    lastOwnReadings.set(control, { sources, signals, tracked: this.tracked });
    return signals;
  }

  private ownSourcesOf(control: Element, type: string): OwnSources {
    return readOwnSources(control, type, this.survey.labelTexts.get(control), this.textOf);
  }

  private signalsOf(control: HTMLElement, sources: OwnSources): ControlSignals {
    const { type } = sources;
    const searched = this.searched.has(control);
    const names = namesOf(sources);
    const containers = searched ? this.customWrappers(control, names) : NONE;
    const labels = type !== 'radio' ? this.explicitLabels(control, sources) : searched ? this.radioGroupLabels(control) : [];
    const nearby = searched && labels.length === 0 && type !== 'radio' ? this.nearbyText(control, 1) : null;
    const placeholder = textForms.get(sources.placeholder ?? '');
    const maxLength = Number.parseInt(sources.maxLength ?? '', 10);
    return {
      autocomplete: autocompleteTokens.get(sources.autocomplete ?? ''),
      names,
      containers,
      labels: comparableTexts(labels),
      nearby: nearby === null ? NONE : comparableTexts([nearby]),
      placeholder: placeholder.comparable,
      shape: placeholder.shape,
      type,
      maxLength: Number.isFinite(maxLength) && maxLength > 0 ? maxLength : null,
      options: this.optionsOf(control, sources),
      display: (labels[0] ?? nearby ?? placeholder).shown,
    };
  }

  /** An element's text as a person reads it, raw; memoised (a caption is looked at for several controls). */
  private readonly textOf = (element: Element): string => {
    let text = this.texts.get(element);
    if (text === undefined) {
      text = readableText(element);
      this.texts.set(element, text);
    }
    return text;
  };

  private count(element: Element): number {
    this.controlCounts ??= countInAncestorsOf(this.survey.controls.map((control) => control.element));
    return this.controlCounts.get(element) ?? 0;
  }

  private radioGroupSize(radio: Element): number {
    if (this.radioGroupSizes === undefined) {
      const sizes = new Map<string, number>();
      for (const { element, type } of this.survey.controls) {
        if (type === 'radio') sizes.set(radioGroupKey(element), (sizes.get(radioGroupKey(element)) ?? 0) + 1);
      }
      this.radioGroupSizes = sizes;
    }
    return this.radioGroupSizes.get(radioGroupKey(radio)) ?? 1;
  }

  /**
   * How many controls without a label of their own an element holds. A text before a wrapper
   * that also holds separately labelled controls (a «Нет отчества» checkbox) still belongs to
   * the unlabelled one; before a wrapper of two unlabelled inputs, it is a group's caption.
   */
  private unlabelledCount(element: Element): number {
    this.unlabelledCounts ??= countInAncestorsOf(
      this.survey.controls.filter(({ element, type }) => this.explicitLabels(element, this.ownSourcesOf(element, type)).length === 0).map((control) => control.element),
    );
    return this.unlabelledCounts.get(element) ?? 0;
  }

  /** A custom control's formcontrolname sits on its wrapper, and stands for every input inside it. */
  private customWrappers(control: HTMLElement, names: string[]): readonly string[] {
    const containers: string[] = [];
    let ancestor = parentElementOf(control);
    for (let level = 0; ancestor !== null && level < SEARCH_BOUNDS.ancestorLevels; level += 1, ancestor = parentElementOf(ancestor)) {
      const name = localNameOf(ancestor);
      if (!isCustomElementName(name)) continue;
      containers.push(name);
      addName(names, attributeOf(ancestor, 'formcontrolname'));
    }
    return containers;
  }

  /**
   * The control's own labels (for a radio: its option's); memoised for the controls searched,
   * whose neighbours' searches ask again (the others are read once, unless a search counts them).
   */
  private explicitLabels(control: Element, sources: OwnSources): readonly TextForms[] {
    if (!this.searched.has(control)) return this.readExplicitLabels(control, sources);
    let labels = this.ownLabels.get(control);
    if (labels === undefined) {
      labels = this.readExplicitLabels(control, sources);
      this.ownLabels.set(control, labels);
    }
    return labels;
  }

  /**
   * Labels the page ties to the control (ARIA, label[for] or a wrapping label, title) first;
   * only without them, and only for the controls searched, labels that layout implies (floating
   * label, table row, dl), which cost searches.
   */
  private readExplicitLabels(control: Element, sources: OwnSources): TextForms[] {
    const labels: TextForms[] = [];
    for (const text of sources.labelledBy) addText(labels, text);
    addText(labels, sources.ariaLabel);
    for (const text of sources.tied) addText(labels, text);
    addText(labels, sources.title);
    if (labels.length > 0 || !this.searched.has(control)) return labels;
    addText(labels, this.floatingLabel(control));
    addText(labels, this.tableHeader(control));
    addText(labels, this.definitionTerm(control));
    return labels;
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
    const header = [...row.children].find((child) => localNameOf(child) === 'th') ?? row.children[0];
    return header === undefined || header === cell ? null : this.textOf(header);
  }

  /** The `<dt>` before the control's `<dd>`. */
  private definitionTerm(control: Element): string | null {
    const definition = control.closest('dd');
    if (definition === null || this.count(definition) !== 1) return null;
    for (let sibling = definition.previousElementSibling; sibling !== null; sibling = sibling.previousElementSibling) {
      const name = localNameOf(sibling);
      if (name === 'dt') return this.textOf(sibling);
      if (name === 'dd') return null;
    }
    return null;
  }

  /** A radio's label is its group's: a fieldset's legend, a radiogroup's name, or the text before the group. */
  private radioGroupLabels(radio: Element): TextForms[] {
    const size = this.radioGroupSize(radio);
    const group = radio.closest('fieldset, [role="radiogroup"]');
    if (group !== null && this.count(group) === size) {
      const legend = [...group.children].find((child) => localNameOf(child) === 'legend');
      const named: TextForms[] = [];
      for (const text of labelledByTexts(group, this.textOf)) addText(named, text);
      addText(named, attributeOf(group, 'aria-label'));
      if (legend !== undefined) addText(named, this.textOf(legend));
      if (named.length > 0) return named;
    }
    // The text before the group is read from the smallest wrapper holding the whole group.
    let container: Element = radio;
    for (let level = 0; this.count(container) < size && level < SEARCH_BOUNDS.ancestorLevels; level += 1) {
      const parent = parentElementOf(container);
      if (parent === null) break;
      container = parent;
    }
    const nearby = this.count(container) === size ? this.nearbyText(container, size) : null;
    return nearby === null ? [] : [nearby];
  }

  /**
   * The text just before the control (or a radio group's wrapper): previous siblings first, then
   * those of the wrappers that hold no other unlabelled control, a few levels up at most. A
   * sibling that holds a control ends the search: what precedes it belongs to that other field.
   */
  private nearbyText(start: Element, groupSize: number): TextForms | null {
    const unlabelledHere = Math.max(this.unlabelledCount(start), isFillableControl(start) ? 1 : 0);
    let node: Element = start;
    for (let level = 0; level <= SEARCH_BOUNDS.ancestorLevels; level += 1) {
      const found = this.precedingText(node);
      if (found !== undefined) return found;
      const parent = parentElementOf(node);
      const holdsOtherUnlabelled = parent !== null && this.count(parent) > groupSize && this.unlabelledCount(parent) > unlabelledHere;
      if (parent === null || holdsOtherUnlabelled || STOP_TAGS.has(localNameOf(parent))) return null;
      node = parent;
    }
    return null;
  }

  /** The first text among the previous siblings: a text, null to stop looking, undefined to climb. */
  private precedingText(node: Element): TextForms | null | undefined {
    let looked = 0;
    for (let sibling = previousSiblingOf(node); sibling !== null && looked < SEARCH_BOUNDS.previousSiblings; sibling = previousSiblingOf(sibling)) {
      let raw = '';
      const type = nodeTypeOf(sibling);
      if (type === TEXT_NODE) {
        raw = dataOf(sibling as Text);
      } else if (type === ELEMENT_NODE) {
        const element = sibling as Element;
        if (isFillableControl(element) || this.count(element) > 0) return null;
        if (!isSkippedSubtree(element) && !NOT_LABEL_TAGS.has(localNameOf(element))) raw = this.textOf(element);
        looked += 1;
      }
      const text = textForms.get(raw);
      if (text.shown !== '') return text.shown.length <= SEARCH_BOUNDS.labelLength ? text : null;
    }
    return undefined;
  }

  /** The largest wrapper (a few levels up at most) that contains the control and nothing else to fill. */
  private outermostOwnWrapper(control: Element): Element | null {
    let wrapper: Element | null = null;
    let ancestor = parentElementOf(control);
    for (let level = 0; ancestor !== null && level < SEARCH_BOUNDS.ancestorLevels; level += 1, ancestor = parentElementOf(ancestor)) {
      if (this.count(ancestor) > 1 || STOP_TAGS.has(localNameOf(ancestor))) break;
      wrapper = ancestor;
    }
    return wrapper;
  }

  private optionsOf(control: Element, sources: OwnSources): readonly string[] {
    if (sources.choices.length === 0) return NONE;
    const options = new Set<string>();
    if (sources.type === 'radio') for (const label of this.explicitLabels(control, sources)) options.add(label.comparable);
    for (const text of sources.choices) options.add(textForms.get(text).comparable);
    options.delete('');
    return [...options];
  }
}

/** id, name and formcontrolname, lower case, each once. */
function namesOf(sources: OwnSources): string[] {
  const names: string[] = [];
  addName(names, sources.id);
  addName(names, sources.name);
  addName(names, sources.formControlName);
  return names;
}

function addName(names: string[], raw: string | null): void {
  const name = (raw ?? '').trim().toLowerCase();
  if (name !== '' && !names.includes(name)) names.push(name);
}

/** Adds a text someone could read (not only spaces or invisible marks). */
function addText(texts: TextForms[], raw: TextForms | string | null): void {
  const text = typeof raw === 'string' ? textForms.get(raw) : raw;
  if (text !== null && text.shown !== '') texts.push(text);
}

/** The texts' normalised forms, each once, none empty. */
function comparableTexts(texts: readonly TextForms[]): readonly string[] {
  if (texts.length === 0) return NONE;
  const comparable: string[] = [];
  for (const { comparable: text } of texts) if (text !== '' && !comparable.includes(text)) comparable.push(text);
  return comparable;
}

function countInAncestorsOf(controls: readonly Element[]): Map<Element, number> {
  const counts = new Map<Element, number>();
  for (const control of controls) {
    let ancestor = parentElementOf(control);
    for (let level = 0; ancestor !== null && level < COUNTED_LEVELS; level += 1, ancestor = parentElementOf(ancestor)) {
      counts.set(ancestor, (counts.get(ancestor) ?? 0) + 1);
    }
  }
  return counts;
}

function radioGroupKey(radio: Element): string {
  return radio.getAttribute('name') ?? '';
}

function tokens(value: string): string[] {
  return value.toLowerCase().split(/\s+/).filter((token) => token !== '');
}
