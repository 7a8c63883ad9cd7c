/**
 * One survey of the page per scan: for each root (the document, each open shadow root, each
 * same-origin frame the caller allows), the controls and every page-kind signal, gathered so
 * that nothing later queries the whole document again.
 *
 * How: two querySelectorAll per root, with as few selectors as possible, for what must be found
 * anywhere (SURVEY_QUERIES: controls; the regions to ignore and roles), each made again only when
 * the page changed in a way that may change what it finds (page-changes.ts); the first labels of
 * the root, queried apart (a query of one tag name alone costs a browser about as little as one
 * more selector in a list, and only the first SEARCH_BOUNDS.labels of them are looked at, where a
 * page may have thousands); and one walk of the root's first
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
  SURVEY_QUERIES,
  type SurveyQueryId,
  TEXT_NODE,
  hasIgnoredLandmarkRole,
  inputType,
  isFillableType,
  isInSkippedSubtree,
  readableText,
  roleOf,
} from './dom';
import { dataOf, hasAttributeOf, lastChildOf, localNameOf, nodeTypeOf, shadowRootOf } from './node-reads';
import { mayHaveChanged, queryMark, queryStateSince } from './page-changes';
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

const CONTROL_TAGS: ReadonlySet<string> = new Set(['input', 'select', 'textarea']);
/** In the order their texts are read for page signals: h1 first, so the bound keeps the main ones. */
const HEADING_TAGS: readonly string[] = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'legend'];
const ACTION_TAGS: readonly string[] = ['button', 'a'];
const ACTION_INPUT_TYPES: ReadonlySet<string> = new Set(['submit', 'button']);
const FRAME_TAGS: ReadonlySet<string> = new Set(['iframe', 'frame']);
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
  surveyRoot(document, survey, { options, wantedNames: new Set(elementNames), labelsLeft: SEARCH_BOUNDS.labels, queryMark: queryMark() });
  return survey;
}

interface SurveyContext {
  readonly options: SurveyOptions;
  readonly wantedNames: ReadonlySet<string>;
  /** Where the roots' queries stand (page-changes.ts): a root's last query made under it still holds. */
  readonly queryMark: number;
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
  const regions = queryOf(REGIONS_QUERY, root, base, context.queryMark);
  const controls = outsideRegions(queryOf(CONTROLS_QUERY, root, base, context.queryMark), regions.ignoredRegions);
  survey.controls.push(...controls.controls);
  survey.actions.push(...controls.inputActions);
  if (context.labelsLeft > 0) queryLabels(base, survey, context, regions.ignoredRegions.size > 0);
  const textSoFar = survey.texts.reduce((length, text) => length + text.length, 0);
  const walked = walkRoot(base, regions.ignoredRegions, SEARCH_BOUNDS.pageTextLength - textSoFar, survey, context.wantedNames);
  survey.headings.push(...walked.headingsByTag.flat(), ...regions.roleHeadings);
  survey.headings.splice(SEARCH_BOUNDS.pageHeadings);
  survey.actions.push(...walked.actionsByTag.flat(), ...regions.roleActions);
  survey.actions.splice(SEARCH_BOUNDS.pageActions);
  survey.texts.push(walked.text);
  const frameDocuments = walked.frames.map((frame) => allowedFrameDocument(frame as HTMLIFrameElement, context.options));
  for (const nested of [...walked.shadowRoots, ...frameDocuments]) if (nested !== null) surveyRoot(nested, survey, context);
}

/** What the controls' query of a root found, in document order. */
interface FoundControls {
  readonly controls: readonly SurveyedControl[];
  /** Submit and button inputs. */
  readonly inputActions: readonly Element[];
}

/** What the regions' query of a root found. */
interface FoundRegions {
  /** Regions whose contents are not read (our own UI, ignored landmarks), the outermost ones, in document order. */
  readonly ignoredRegions: ReadonlySet<Element>;
  readonly roleHeadings: readonly Element[];
  readonly roleActions: readonly Element[];
}

/** A root's last query: in which content, under which mark (page-changes.ts), what it found. */
interface LastQuery<Found> {
  readonly base: Element | ShadowRoot;
  mark: number;
  readonly found: Found;
}

/** One of the survey's queries of a root (SURVEY_QUERIES), with each root's last one. */
interface SurveyQuery<Found> {
  readonly id: SurveyQueryId;
  /** Weak: a root gone takes its last query along. */
  readonly last: WeakMap<ScanRoot, LastQuery<Found>>;
  /** `last`: the root's last findings, in a root observed since (page-changes.ts). */
  readonly query: (base: Element | ShadowRoot, last?: Found) => Found;
  /** Every element among the findings: all of them still in the root, and nothing added, the query would find the same. */
  readonly elementsOf: (found: Found) => Iterable<Element>;
}

const CONTROLS_QUERY: SurveyQuery<FoundControls> = {
  id: 'controls',
  last: new WeakMap(),
  query: queryControls,
  elementsOf: ({ controls, inputActions }) => [...controls.map((control) => control.element), ...inputActions],
};

const REGIONS_QUERY: SurveyQuery<FoundRegions> = {
  id: 'regions',
  last: new WeakMap(),
  query: queryRegions,
  elementsOf: ({ ignoredRegions, roleHeadings, roleActions }) => [...ignoredRegions, ...roleHeadings, ...roleActions],
};

/**
 * The root's last query when the page has not changed in a way that may change what it finds
 * (or, where nodes may only have been removed, everything it found is still in the root); a new
 * one otherwise.
 */
function queryOf<Found>(surveyQuery: SurveyQuery<Found>, root: ScanRoot, base: Element | ShadowRoot, mark: number): Found {
  const last = surveyQuery.last.get(root);
  const state = last !== undefined && last.base === base ? queryStateSince(surveyQuery.id, root, last.mark) : 'unobserved';
  if (state === 'unchanged') return last!.found;
  if (state === 'verify' && allIn(root, surveyQuery.elementsOf(last!.found))) {
    last!.mark = mark;
    return last!.found;
  }
  const found = surveyQuery.query(base, state === 'unobserved' ? undefined : last!.found);
  surveyQuery.last.set(root, { base, mark, found });
  return found;
}

function allIn(root: ScanRoot, elements: Iterable<Element>): boolean {
  for (const element of elements) if (element.getRootNode() !== root) return false;
  return true;
}

/** `last`: what the root's last query found; a control in it whose attributes did not change since is taken as it was, its type not read again. */
function queryControls(base: Element | ShadowRoot, last?: FoundControls): FoundControls {
  const controls: SurveyedControl[] = [];
  const inputActions: Element[] = [];
  const known = new Map<Element, SurveyedControl>(last?.controls.map((control) => [control.element, control]));
  // By index, not by iterator: a step of a list's iterator costs a call into the browser more.
  const found = base.querySelectorAll(SURVEY_QUERIES.controls.selector);
  for (let index = 0, count = found.length; index < count; index += 1) {
    const element = found.item(index);
    const surveyed = known.get(element);
    if (surveyed !== undefined && !mayHaveChanged(element)) {
      controls.push(surveyed);
      continue;
    }
    const name = localNameOf(element);
    const type = name === 'input' ? inputType(element) : name;
    if (isFillableType(type)) controls.push({ element: element as HTMLElement, type });
    else if (ACTION_INPUT_TYPES.has(type)) inputActions.push(element);
  }
  return { controls, inputActions };
}

/**
 * Ignored regions and roles, in document order: an ignored region comes before everything inside
 * it, and all of that follows it without a break, so one region at a time is tested for
 * containment. Controls are not regions themselves (a role or our attribute on one would be a
 * page's mistake).
 */
function queryRegions(base: Element | ShadowRoot): FoundRegions {
  const ignoredRegions = new Set<Element>();
  const roleHeadings: Element[] = [];
  const roleActions: Element[] = [];
  let ignoredRegion: Element | null = null;
  const found = base.querySelectorAll(SURVEY_QUERIES.regions.selector);
  for (let index = 0, count = found.length; index < count; index += 1) {
    const element = found.item(index);
    if (ignoredRegion !== null && ignoredRegion.contains(element)) continue;
    ignoredRegion = null;
    const name = localNameOf(element);
    if (CONTROL_TAGS.has(name)) continue;
    if (IGNORED_LANDMARK_TAGS.includes(name) || hasAttributeOf(element, OWN_UI_ATTRIBUTE) || hasIgnoredLandmarkRole(element)) {
      ignoredRegion = element;
      ignoredRegions.add(element);
    } else {
      const role = roleOf(element);
      if (role === 'heading') roleHeadings.push(element);
      else if (role === 'button') roleActions.push(element);
    }
  }
  return { ignoredRegions, roleHeadings, roleActions };
}

/** The controls' findings without those inside an ignored region (a page has few such regions, holding few controls). */
function outsideRegions(found: FoundControls, ignoredRegions: ReadonlySet<Element>): FoundControls {
  if (ignoredRegions.size === 0) return found;
  const inside = new Set<Element>();
  for (const region of ignoredRegions) for (const element of region.querySelectorAll(SURVEY_QUERIES.controls.selector)) inside.add(element);
  if (inside.size === 0) return found;
  return { controls: found.controls.filter(({ element }) => !inside.has(element)), inputActions: found.inputActions.filter((element) => !inside.has(element)) };
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
