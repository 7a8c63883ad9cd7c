/**
 * What changed in the page since the last scan, as the browser says it itself: one mutation
 * observer over every root a scan surveys. A rescan of a large page then does again only what a
 * change may have made different:
 * - the controls whose own attributes may have changed are read again, not nine attributes of
 *   every control (own-sources.ts);
 * - each of a root's queries (SURVEY_QUERIES: controls; regions and roles) is made again only when
 *   an element it finds, or an attribute it sorts by, may have come or changed, or when something
 *   it found has left the root; a change elsewhere (text, a spinner, a notice) leaves what they
 *   found as it was.
 *
 * Changes made while a node is out of the document are not observed (once the observer has been
 * told of its removal): a subtree put back in is taken as changed, every control in it. Nothing is
 * known unchanged in a root that is not observed; where there is no mutation observer, or a root
 * cannot be observed, every control is read and every root queried.
 */
import { SURVEY_QUERIES, type SurveyQueryId } from './dom';

const QUERY_IDS = Object.keys(SURVEY_QUERIES) as SurveyQueryId[];
/** Every attribute readOwnSources reads, and those the queries sort by. */
const OBSERVED_ATTRIBUTES = [
  ...new Set(['id', 'name', 'formcontrolname', 'placeholder', 'maxlength', 'autocomplete', 'aria-label', 'title', 'aria-labelledby', 'value', ...QUERY_IDS.flatMap((id) => SURVEY_QUERIES[id].attributes)]),
];
const OBSERVED: MutationObserverInit = { attributes: true, attributeFilter: OBSERVED_ATTRIBUTES, childList: true, subtree: true };
const CONTROLS = SURVEY_QUERIES.controls.selector;
/** Node types from the DOM standard, realm-independent. */
const ELEMENT_NODE = 1;

let observer: MutationObserver | null | undefined;
const observedRoots = new WeakSet<Node>();
/** Controls (or any elements) changed, or put back in the document, since they were last read. */
const changed = new WeakSet<Node>();

/** Counts the marks (queryMark) between which the page changed in a way that may matter to a query. */
let generation = 0;
/** Per query: the last generation begun by a change that does matter to it (an element it finds, or an attribute it sorts by). */
const lastChange = perQuery(0);
/** The last generation begun by a change of child lists (nodes may have been removed). */
let lastChildListChange = 0;
/** What happened since the current generation began. */
const changedSinceMark = perQuery(false);
let childListChangedSinceMark = false;

function perQuery<Value>(initial: Value): Record<SurveyQueryId, Value> {
  return Object.fromEntries(QUERY_IDS.map((id) => [id, initial])) as Record<SurveyQueryId, Value>;
}

/** Where a root's last query stands (queryStateSince). */
export type QueryState = 'unchanged' | 'changed' | 'verify' | 'unobserved';

/**
 * Takes in what changed so far, and says where the queries' findings stand now: a root's findings
 * made under this mark are judged by `queryStateSince(query, root, mark)` in a later scan. The
 * mark is taken before the queries, and the root observed in the same task (observeChanges).
 */
export function queryMark(): number {
  if (observer) noteChanges(observer.takeRecords());
  const changedQueries = QUERY_IDS.filter((id) => changedSinceMark[id]);
  if (changedQueries.length === 0 && !childListChangedSinceMark) return generation;
  generation += 1;
  for (const id of changedQueries) {
    lastChange[id] = generation;
    changedSinceMark[id] = false;
  }
  if (childListChangedSinceMark) lastChildListChange = generation;
  childListChangedSinceMark = false;
  return generation;
}

/**
 * What may have happened since `mark` to what `query` found in `root` (call queryMark first):
 * nothing; something added or changed that it finds or sorts by, so query again (what is known
 * unchanged of a control still holds: mayHaveChanged); nodes that may have been removed, so
 * `verify` that everything it found is still in the root (the removed nodes themselves are not
 * read, see noteChanges); or nothing is known.
 */
export function queryStateSince(query: SurveyQueryId, root: Node, mark: number): QueryState {
  if (!observedRoots.has(root)) return 'unobserved';
  if (lastChange[query] > mark) return 'changed';
  return lastChildListChange > mark ? 'verify' : 'unchanged';
}

/**
 * Starts observing the scan's roots (before any control of theirs is read, in the task that
 * queried them) and takes in what changed since the last scan. Whether unchanged controls may be
 * known unchanged in this scan.
 */
export function observeChanges(roots: readonly Node[]): boolean {
  observer ??= createObserver();
  if (observer === null) return false;
  noteChanges(observer.takeRecords());
  try {
    for (const root of roots) {
      if (observedRoots.has(root)) continue;
      observer.observe(root, OBSERVED);
      observedRoots.add(root);
    }
    return true;
  } catch {
    return false;
  }
}

/** Whether the control's attributes may have changed since it was last read (then read it, and call sourcesRead). */
export function mayHaveChanged(control: Element): boolean {
  return changed.has(control);
}

/** The control's attributes were just read. */
export function sourcesRead(control: Element): void {
  changed.delete(control);
}

function createObserver(): MutationObserver | null {
  const Observer = (globalThis as { MutationObserver?: typeof MutationObserver }).MutationObserver;
  if (typeof Observer !== 'function') return null;
  try {
    return new Observer(noteChanges);
  } catch {
    return null;
  }
}

function noteChanges(records: readonly MutationRecord[]): void {
  for (const record of records) {
    if (record.type === 'attributes') {
      changed.add(record.target);
      for (const id of QUERY_IDS) if ((SURVEY_QUERIES[id].attributes as readonly string[]).includes(record.attributeName ?? '')) changedSinceMark[id] = true;
      continue;
    }
    // What a removal took away shows in what the queries found, as elements no longer in their
    // root (queryStateSince): the removed nodes are not read, which would cost every mutation of
    // a busy page a list and a test of each node, where the check costs a scan one call per finding.
    childListChangedSinceMark = true;
    for (const added of record.addedNodes) if (added.nodeType === ELEMENT_NODE) noteAdded(added as Element);
  }
}

/** Most elements a page adds hold nothing any query finds: one test of them all, first. */
const ANY_QUERIED = QUERY_IDS.map((id) => SURVEY_QUERIES[id].selector).join(', ');

function noteAdded(element: Element): void {
  changed.add(element);
  if (!holds(element, ANY_QUERIED)) return;
  noteQueriedIn(element);
  if (element.firstElementChild === null) return;
  for (const control of element.querySelectorAll(CONTROLS)) changed.add(control);
}

/** Notes the queries that find the element or anything in it as changed. */
function noteQueriedIn(element: Element): void {
  for (const id of QUERY_IDS) if (!changedSinceMark[id]) changedSinceMark[id] = holds(element, SURVEY_QUERIES[id].selector);
}

function holds(element: Element, selector: string): boolean {
  return element.matches(selector) || (element.firstElementChild !== null && element.querySelector(selector) !== null);
}
