/**
 * One pass over the page: a tree walker per root (the document, each open shadow root, each
 * same-origin frame the caller allows) gathers the controls and every page-kind signal at once,
 * so nothing later queries the whole document again.
 */
import { DOCUMENT_NODE, ELEMENT_NODE, SHOW_ELEMENT, SHOW_TEXT, TEXT_NODE, inputType, isCustomElementName, isFillableControl, skippingWalker } from './dom';

export interface SurveyOptions {
  /** Whether to look into a same-origin frame; the caller passes its URL guard. No frames when absent. */
  readonly includeFrame?: (frame: HTMLIFrameElement) => boolean;
}

export type ScanRoot = Document | ShadowRoot;

/** What one pass over the page found. */
export interface PageSurvey {
  /** The URL path of the surveyed document. */
  readonly path: string;
  /** Fillable controls in document order (each root's controls after its host's). */
  readonly controls: HTMLElement[];
  /** `<label for>` elements by the id they point to. */
  readonly labelsFor: Map<string, Element[]>;
  /** Custom element names (with a dash) present. */
  readonly elementNames: Set<string>;
  readonly ids: Set<string>;
  readonly headings: Element[];
  /** Buttons and links. */
  readonly actions: Element[];
  /** The page's text nodes, in order. */
  readonly texts: string[];
  /** Every root walked, the document first; the watcher observes them all. */
  readonly roots: ScanRoot[];
}

const HEADING_TAGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'legend']);
const ACTION_TAGS: ReadonlySet<string> = new Set(['button', 'a']);
const ACTION_INPUT_TYPES: ReadonlySet<string> = new Set(['submit', 'button']);
const FRAME_TAGS: ReadonlySet<string> = new Set(['iframe', 'frame']);

export function surveyPage(document: Document, options: SurveyOptions = {}): PageSurvey {
  const survey: PageSurvey = {
    path: pathOf(document),
    controls: [],
    labelsFor: new Map(),
    elementNames: new Set(),
    ids: new Set(),
    headings: [],
    actions: [],
    texts: [],
    roots: [],
  };
  walkRoot(document, survey, options);
  return survey;
}

function pathOf(document: Document): string {
  try {
    return document.location?.pathname ?? '';
  } catch {
    return '';
  }
}

function walkRoot(root: ScanRoot, survey: PageSurvey, options: SurveyOptions): void {
  survey.roots.push(root);
  const start = root.nodeType === DOCUMENT_NODE ? ((root as Document).body ?? (root as Document).documentElement) : root;
  const walker = start === null ? null : skippingWalker(start, SHOW_ELEMENT | SHOW_TEXT);
  if (walker === null) return;
  // Nested roots are walked after this one so each root's nodes stay together in document order.
  const nested: ScanRoot[] = [];
  for (let node: Node | null = walker.currentNode; node !== null; node = walker.nextNode()) {
    if (node.nodeType === TEXT_NODE) {
      survey.texts.push((node as Text).data);
    } else if (node.nodeType === ELEMENT_NODE) {
      visitElement(node as Element, survey, nested, options);
    }
  }
  for (const child of nested) walkRoot(child, survey, options);
}

function visitElement(element: Element, survey: PageSurvey, nested: ScanRoot[], options: SurveyOptions): void {
  const name = element.localName;
  if (element.id !== '') survey.ids.add(element.id);
  if (isCustomElementName(name)) survey.elementNames.add(name);
  const role = element.getAttribute('role');
  if (isFillableControl(element)) {
    survey.controls.push(element);
  } else if (name === 'label') {
    const target = element.getAttribute('for');
    if (target) survey.labelsFor.set(target, [...(survey.labelsFor.get(target) ?? []), element]);
  } else if (HEADING_TAGS.has(name) || role === 'heading') {
    survey.headings.push(element);
  } else if (ACTION_TAGS.has(name) || role === 'button' || (name === 'input' && ACTION_INPUT_TYPES.has(inputType(element)))) {
    survey.actions.push(element);
  }
  if (element.shadowRoot !== null && element.shadowRoot !== undefined) nested.push(element.shadowRoot);
  if (FRAME_TAGS.has(name)) {
    const frameDocument = allowedFrameDocument(element as HTMLIFrameElement, options);
    if (frameDocument !== null) nested.push(frameDocument);
  }
}

/** A cross-origin frame's document is null (or throws); the caller's guard may throw too: never crash. */
function allowedFrameDocument(frame: HTMLIFrameElement, options: SurveyOptions): Document | null {
  try {
    return options.includeFrame?.(frame) === true ? frame.contentDocument : null;
  } catch {
    return null;
  }
}
