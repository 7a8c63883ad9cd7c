/**
 * One survey of the page per scan: for each root (the document, each open shadow root, each
 * same-origin frame the caller allows), the controls and every page-kind signal, gathered so
 * that nothing later queries the whole document again.
 *
 * How: one querySelectorAll per root, with as few selectors as possible, for what must be found
 * anywhere (controls, labels, the regions to ignore, roles), and one walk of the root's first
 * SEARCH_BOUNDS.surveyedElements elements for the rest (text, headings, actions, frames, shadow
 * hosts, element names). On a large page every pass costs: after a change a browser answers
 * each getElementsByTagName with a pass over the whole root, a selector list costs a pass times
 * its length, and every node touched costs (node-reads.ts says how little, read the right way).
 */
import {
  DOCUMENT_NODE,
  ELEMENT_NODE,
  IGNORED_LANDMARK_TAGS,
  OWN_UI_ATTRIBUTE,
  SKIPPED_TAGS,
  TEXT_NODE,
  hasIgnoredLandmarkRole,
  inputType,
  isFillableType,
  isInSkippedSubtree,
  readableText,
  roleOf,
} from './dom';
import { dataOf, hasAttributeOf, lastChildOf, localNameOf, nodeTypeOf, shadowRootOf } from './node-reads';
import { SEARCH_BOUNDS } from './weights';

export interface SurveyOptions {
  /** Whether to look into a same-origin frame; the caller passes its URL guard. No frames when absent. */
  readonly includeFrame?: (frame: HTMLIFrameElement) => boolean;
}

export type ScanRoot = Document | ShadowRoot;

export interface SurveyedControl {
  readonly element: HTMLElement;
  /** The input's type (inputType), or the tag name of a select or textarea. */
  readonly type: string;
}

/** What one survey of the page found. */
export interface PageSurvey {
  /** The URL path of the surveyed document. */
  readonly path: string;
  /** Fillable controls, each root's in document order (a nested root's after its host's root). */
  readonly controls: SurveyedControl[];
  /**
   * The texts of the labels of each control (readableText, raw), the labels tied to controls as
   * the browser ties them (`label.control`): a label[for] to the element with that id in its
   * root, any other label to the first control inside it. The first SEARCH_BOUNDS.labels labels
   * only, read as the survey meets them, not again later: on a large page, going back to a node
   * costs about as much as the first visit.
   */
  readonly labelTexts: Map<Element, string[]>;
  readonly headings: Element[];
  /** Buttons and links (at most SEARCH_BOUNDS.pageActions; headings likewise). */
  readonly actions: Element[];
  /** The text of each root, at most SEARCH_BOUNDS.pageTextLength characters in all. */
  readonly texts: string[];
  /** Which of the element names the caller asked about are on the page (in any root). */
  readonly elementNames: Set<string>;
  /** Every root surveyed, the document first; the watcher observes them all. */
  readonly roots: ScanRoot[];
}

const CONTROL_TAGS: readonly string[] = ['input', 'select', 'textarea'];
/** In the order their texts are read for page signals: h1 first, so the bound keeps the main ones. */
const HEADING_TAGS: readonly string[] = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'legend'];
const ACTION_TAGS: readonly string[] = ['button', 'a'];
const ACTION_INPUT_TYPES: ReadonlySet<string> = new Set(['submit', 'button']);
const FRAME_TAGS: ReadonlySet<string> = new Set(['iframe', 'frame']);
/**
 * What must be found anywhere in a root: controls, what may be an ignored region, roles. Each
 * selector costs a browser a test of every element. Labels are queried apart: a query of one
 * tag name alone costs a browser about as little as one more selector here, and only the first
 * SEARCH_BOUNDS.labels of them are looked at, where a page may have thousands.
 */
const QUERIED = [...CONTROL_TAGS, ...IGNORED_LANDMARK_TAGS, '[role]', `[${OWN_UI_ATTRIBUTE}]`].join(', ');
/** NodeFilter constants, written out: their globals differ between realms. */
const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;

/** `elementNames`: custom element names whose presence the caller wants to know (page kinds' `elements`). */
export function surveyPage(document: Document, options: SurveyOptions = {}, elementNames: readonly string[] = []): PageSurvey {
  const survey: PageSurvey = {
    path: pathOf(document),
    controls: [],
    labelTexts: new Map(),
    headings: [],
    actions: [],
    texts: [],
    elementNames: new Set(),
    roots: [],
  };
  surveyRoot(document, survey, { options, wantedNames: new Set(elementNames), labelsLeft: SEARCH_BOUNDS.labels });
  return survey;
}

interface SurveyContext {
  readonly options: SurveyOptions;
  readonly wantedNames: ReadonlySet<string>;
  /** Labels still to read in this survey (SEARCH_BOUNDS.labels), across its roots. */
  labelsLeft: number;
}

function pathOf(document: Document): string {
  try {
    return document.location?.pathname ?? '';
  } catch {
    return '';
  }
}

/** Where a root's content is: a document's body, or the shadow root itself. */
function contentOf(root: ScanRoot): Element | ShadowRoot | null {
  return root.nodeType === DOCUMENT_NODE ? (root as Document).body : (root as ShadowRoot);
}

/** What the query of one root found beyond controls and labels. */
interface Queried {
  /** Regions whose contents are not read (our own UI, ignored landmarks), the outermost ones. */
  readonly ignoredRegions: Set<Element>;
  readonly roleHeadings: Element[];
  readonly roleActions: Element[];
}

/** What the walk of one root found. */
interface Walked {
  readonly headingsByTag: Element[][];
  readonly actionsByTag: Element[][];
  readonly frames: Element[];
  readonly shadowRoots: ShadowRoot[];
  readonly text: string;
}

function surveyRoot(root: ScanRoot, survey: PageSurvey, context: SurveyContext): void {
  survey.roots.push(root);
  const base = contentOf(root);
  if (base === null) return;
  const queried = queryRoot(base, survey, context);
  const textSoFar = survey.texts.reduce((length, text) => length + text.length, 0);
  const walked = walkRoot(base, queried.ignoredRegions, SEARCH_BOUNDS.pageTextLength - textSoFar, survey, context.wantedNames);
  survey.headings.push(...walked.headingsByTag.flat(), ...queried.roleHeadings);
  survey.headings.splice(SEARCH_BOUNDS.pageHeadings);
  survey.actions.push(...walked.actionsByTag.flat(), ...queried.roleActions);
  survey.actions.splice(SEARCH_BOUNDS.pageActions);
  survey.texts.push(walked.text);
  const frameDocuments = walked.frames.map((frame) => allowedFrameDocument(frame as HTMLIFrameElement, context.options));
  for (const nested of [...walked.shadowRoots, ...frameDocuments]) if (nested !== null) surveyRoot(nested, survey, context);
}

/**
 * Controls (and submit buttons), ignored regions and roles, in document order: an ignored region
 * comes before everything inside it, and all of that follows it without a break, so one region
 * at a time is tested for containment. Controls are not regions themselves (a role or our
 * attribute on one would be a page's mistake): testing each would cost two attribute reads per
 * control. Then the labels outside the ignored regions.
 */
function queryRoot(base: Element | ShadowRoot, survey: PageSurvey, context: SurveyContext): Queried {
  const queried: Queried = { ignoredRegions: new Set(), roleHeadings: [], roleActions: [] };
  let ignoredRegion: Element | null = null;
  // By index, not by iterator: a step of a list's iterator costs a call into the browser more.
  const found = base.querySelectorAll(QUERIED);
  for (let index = 0, count = found.length; index < count; index += 1) {
    const element = found.item(index);
    if (ignoredRegion !== null && ignoredRegion.contains(element)) continue;
    ignoredRegion = null;
    const name = localNameOf(element);
    if (CONTROL_TAGS.includes(name)) {
      const type = name === 'input' ? inputType(element) : name;
      if (isFillableType(type)) survey.controls.push({ element: element as HTMLElement, type });
      else if (ACTION_INPUT_TYPES.has(type)) survey.actions.push(element);
    } else if (IGNORED_LANDMARK_TAGS.includes(name) || hasAttributeOf(element, OWN_UI_ATTRIBUTE) || hasIgnoredLandmarkRole(element)) {
      ignoredRegion = element;
      queried.ignoredRegions.add(element);
    } else {
      const role = roleOf(element);
      if (role === 'heading') queried.roleHeadings.push(element);
      else if (role === 'button') queried.roleActions.push(element);
    }
  }
  if (context.labelsLeft > 0) queryLabels(base, survey, context, queried.ignoredRegions.size > 0);
  return queried;
}

/**
 * The labels of the root, up to the survey's bound; `inRegions`: whether there are ignored
 * regions to leave out. A document's live collection is read only as far as the bound, through
 * `item()`: a browser then stops its search there, where a query would find every label of the
 * page. Not by index: Chromium answers `labels[0]` only after counting the whole collection
 * (a pass over the root), `labels.item(0)` from the first label on.
 */
function queryLabels(base: Element | ShadowRoot, survey: PageSurvey, context: SurveyContext, inRegions: boolean): void {
  const labels = base.nodeType === ELEMENT_NODE ? (base as Element).getElementsByTagName('label') : base.querySelectorAll('label');
  for (let index = 0; context.labelsLeft > 0; index += 1) {
    const label = labels.item(index);
    if (label === null) return;
    if (inRegions && isInSkippedSubtree(label)) continue;
    addLabel(survey.labelTexts, label as HTMLLabelElement);
    context.labelsLeft -= 1;
  }
}

function addLabel(labelTexts: Map<Element, string[]>, label: HTMLLabelElement): void {
  const target = label.control;
  if (target === null) return;
  const text = readableText(label);
  const texts = labelTexts.get(target);
  if (texts === undefined) labelTexts.set(target, [text]);
  else texts.push(text);
}

/**
 * The root's first SEARCH_BOUNDS.surveyedElements elements, in document order, code, graphics
 * and the ignored regions left out with their subtrees: their text (up to `textBudget`
 * characters), headings, actions, frames, open shadow roots (no selector finds shadow hosts)
 * and the element names asked about.
 */
function walkRoot(base: Element | ShadowRoot, ignoredRegions: ReadonlySet<Element>, textBudget: number, survey: PageSurvey, wantedNames: ReadonlySet<string>): Walked {
  const walked: Walked = { headingsByTag: HEADING_TAGS.map(() => []), actionsByTag: ACTION_TAGS.map(() => []), frames: [], shadowRoots: [], text: '' };
  const document = base.ownerDocument;
  if (document === null) return walked;
  const texts: string[] = [];
  let textLength = 0;
  let walker = document.createTreeWalker(base, textBudget > 0 ? SHOW_ELEMENT | SHOW_TEXT : SHOW_ELEMENT);
  let node = walker.nextNode();
  for (let elements = 0; node !== null && elements < SEARCH_BOUNDS.surveyedElements; node = walker.nextNode()) {
    if (nodeTypeOf(node) === TEXT_NODE) {
      const text = dataOf(node as Text);
      texts.push(text);
      textLength += text.length + 1;
      if (textLength >= textBudget) {
        // The text is read: the rest of the walk need not stop at every text node.
        walker = document.createTreeWalker(base, SHOW_ELEMENT);
        walker.currentNode = node;
      }
      continue;
    }
    elements += 1;
    const element = node as Element;
    const name = localNameOf(element);
    if (SKIPPED_TAGS.has(name) || (ignoredRegions.size > 0 && ignoredRegions.has(element))) {
      // Positioned on the last node of the subtree, so that nextNode() leaves it.
      walker.currentNode = lastDescendant(element);
      continue;
    }
    sortWalkedElement(element, name, walked, survey, wantedNames);
  }
  return { ...walked, text: texts.join(' ').slice(0, Math.max(textBudget, 0)) };
}

function sortWalkedElement(element: Element, name: string, walked: Walked, survey: PageSurvey, wantedNames: ReadonlySet<string>): void {
  const headingRank = HEADING_TAGS.indexOf(name);
  const actionRank = ACTION_TAGS.indexOf(name);
  if (headingRank >= 0) walked.headingsByTag[headingRank]?.push(element);
  else if (actionRank >= 0) walked.actionsByTag[actionRank]?.push(element);
  else if (FRAME_TAGS.has(name)) walked.frames.push(element);
  else if (wantedNames.has(name)) survey.elementNames.add(name);
  const shadowRoot = shadowRootOf(element);
  if (shadowRoot !== null) walked.shadowRoots.push(shadowRoot);
}

/** The last node of `node`'s subtree in document order (itself when it has no children). */
function lastDescendant(node: Node): Node {
  let last = node;
  for (let child = lastChildOf(last); child !== null; child = lastChildOf(last)) last = child;
  return last;
}

/** A cross-origin frame's document is null (or throws); the caller's guard may throw too: never crash. */
function allowedFrameDocument(frame: HTMLIFrameElement, options: SurveyOptions): Document | null {
  try {
    return options.includeFrame?.(frame) === true ? frame.contentDocument : null;
  } catch {
    return null;
  }
}
