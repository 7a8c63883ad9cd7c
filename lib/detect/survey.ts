/**
 * One survey of the page per scan: for each root (the document, each open shadow root, each
 * same-origin frame the caller allows), the controls and every page-kind signal, gathered so
 * that nothing later queries the whole document again.
 *
 * How: by tag name (getElementsByTagName is answered from the browser's own index), one
 * querySelectorAll for the controls (document order matters there), one for `[role]`, one plain
 * walk for open shadow roots, and the page text read only up to a budget. A walk that calls into
 * script for every node (a filter callback, several attribute reads) costs a browser 10–50× more
 * on a large page.
 */
import {
  DOCUMENT_NODE,
  ELEMENT_NODE,
  IGNORED_LANDMARK_TAGS,
  OWN_UI_ATTRIBUTE,
  TEXT_NODE,
  hasIgnoredLandmarkRole,
  inputType,
  isFillableControl,
  isInSkippedSubtree,
  isSkippedSubtree,
  roleOf,
} from './dom';
import { SEARCH_BOUNDS } from './weights';

export interface SurveyOptions {
  /** Whether to look into a same-origin frame; the caller passes its URL guard. No frames when absent. */
  readonly includeFrame?: (frame: HTMLIFrameElement) => boolean;
}

export type ScanRoot = Document | ShadowRoot;

/** What one survey of the page found. */
export interface PageSurvey {
  /** The URL path of the surveyed document. */
  readonly path: string;
  /** Fillable controls, each root's in document order (a nested root's after its host's root). */
  readonly controls: HTMLElement[];
  /** `<label for>` elements by the id they point to. */
  readonly labelsFor: Map<string, Element[]>;
  readonly headings: Element[];
  /** Buttons and links (at most SEARCH_BOUNDS.pageActions; headings likewise). */
  readonly actions: Element[];
  /** The text of each root, at most SEARCH_BOUNDS.pageTextLength characters in all. */
  readonly texts: string[];
  /** Every root surveyed, the document first; the watcher observes them all. */
  readonly roots: ScanRoot[];
}

const CONTROLS = 'input, select, textarea';
const HEADING_TAGS: readonly string[] = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'legend'];
const ACTION_TAGS: readonly string[] = ['button', 'a'];
const ACTION_INPUT_TYPES: ReadonlySet<string> = new Set(['submit', 'button']);
const FRAME_TAGS: readonly string[] = ['iframe', 'frame'];
/** NodeFilter constants, written out: their globals differ between realms. */
const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;

export function surveyPage(document: Document, options: SurveyOptions = {}): PageSurvey {
  const survey: PageSurvey = { path: pathOf(document), controls: [], labelsFor: new Map(), headings: [], actions: [], texts: [], roots: [] };
  surveyRoot(document, survey, options);
  return survey;
}

function pathOf(document: Document): string {
  try {
    return document.location?.pathname ?? '';
  } catch {
    return '';
  }
}

/** The root's elements with this tag name (a shadow root has no getElementsByTagName). */
export function elementsByTag(base: Element | ShadowRoot, tag: string): Element[] {
  return [...('getElementsByTagName' in base ? base.getElementsByTagName(tag) : base.querySelectorAll(tag))];
}

/** Where a root's content is: a document's body, or the shadow root itself. */
export function contentOf(root: ScanRoot): Element | ShadowRoot | null {
  return root.nodeType === DOCUMENT_NODE ? (root as Document).body : (root as ShadowRoot);
}

function surveyRoot(root: ScanRoot, survey: PageSurvey, options: SurveyOptions): void {
  survey.roots.push(root);
  const base = contentOf(root);
  if (base === null) return;
  const withRole = [...base.querySelectorAll('[role]')];
  // Usually none or a few (our UI's host, a footer, a menu): a containment test each is cheap.
  const ignoredRegions = [
    ...base.querySelectorAll(`[${OWN_UI_ATTRIBUTE}]`),
    ...IGNORED_LANDMARK_TAGS.flatMap((tag) => elementsByTag(base, tag)),
    ...withRole.filter(hasIgnoredLandmarkRole),
  ];
  const readable = (elements: Iterable<Element>): Element[] =>
    ignoredRegions.length === 0 ? [...elements] : [...elements].filter((element) => !ignoredRegions.some((region) => region.contains(element)));

  for (const element of readable(base.querySelectorAll(CONTROLS))) {
    if (isFillableControl(element)) survey.controls.push(element);
    else if (ACTION_INPUT_TYPES.has(inputType(element))) survey.actions.push(element);
  }
  for (const label of readable(elementsByTag(base, 'label'))) {
    const target = label.getAttribute('for');
    if (target) survey.labelsFor.set(target, [...(survey.labelsFor.get(target) ?? []), label]);
  }
  const headings = [...HEADING_TAGS.flatMap((tag) => elementsByTag(base, tag)), ...withRole.filter((element) => roleOf(element) === 'heading')];
  survey.headings.push(...readable(headings).slice(0, SEARCH_BOUNDS.pageHeadings - survey.headings.length));
  const actions = [...ACTION_TAGS.flatMap((tag) => elementsByTag(base, tag)), ...withRole.filter((element) => roleOf(element) === 'button')];
  survey.actions.push(...readable(actions).slice(0, SEARCH_BOUNDS.pageActions - survey.actions.length));
  const textSoFar = survey.texts.reduce((length, text) => length + text.length, 0);
  survey.texts.push(rootText(base, SEARCH_BOUNDS.pageTextLength - textSoFar));
  for (const nested of nestedRoots(base, options)) surveyRoot(nested, survey, options);
}

/**
 * The root's text for phrase signals, up to `budget` characters: the walk stops there, so a huge
 * page costs no more than a short one. Skipped subtrees (our own UI, scripts, footers) are left out.
 */
function rootText(base: Element | ShadowRoot, budget: number): string {
  const walker = budget > 0 ? base.ownerDocument?.createTreeWalker(base, SHOW_ELEMENT | SHOW_TEXT) : undefined;
  if (walker === undefined) return '';
  const parts: string[] = [];
  let length = 0;
  let node = walker.nextNode();
  while (node !== null && length < budget) {
    if (node.nodeType === ELEMENT_NODE && isSkippedSubtree(node as Element)) {
      node = nextOutside(walker);
      continue;
    }
    if (node.nodeType === TEXT_NODE) {
      parts.push((node as Text).data);
      length += (node as Text).data.length + 1;
    }
    node = walker.nextNode();
  }
  return parts.join(' ').slice(0, budget);
}

/** The node after the walker's current node and its whole subtree. */
function nextOutside(walker: TreeWalker): Node | null {
  for (;;) {
    const sibling = walker.nextSibling();
    if (sibling !== null) return sibling;
    if (walker.parentNode() === null) return null;
  }
}

/** Open shadow roots (one plain walk: no selector finds shadow hosts) and the allowed frames' documents. */
function nestedRoots(base: Element | ShadowRoot, options: SurveyOptions): ScanRoot[] {
  const nested: ScanRoot[] = [];
  const walker = base.ownerDocument?.createTreeWalker(base, SHOW_ELEMENT);
  for (let node = walker?.nextNode() ?? null; node !== null; node = walker?.nextNode() ?? null) {
    const shadowRoot = (node as Element).shadowRoot;
    if (shadowRoot !== null && shadowRoot !== undefined && !isInSkippedSubtree(node)) nested.push(shadowRoot);
  }
  for (const frame of FRAME_TAGS.flatMap((tag) => elementsByTag(base, tag))) {
    const frameDocument = isInSkippedSubtree(frame) ? null : allowedFrameDocument(frame as HTMLIFrameElement, options);
    if (frameDocument !== null) nested.push(frameDocument);
  }
  return nested;
}

/** A cross-origin frame's document is null (or throws); the caller's guard may throw too: never crash. */
function allowedFrameDocument(frame: HTMLIFrameElement, options: SurveyOptions): Document | null {
  try {
    return options.includeFrame?.(frame) === true ? frame.contentDocument : null;
  } catch {
    return null;
  }
}
