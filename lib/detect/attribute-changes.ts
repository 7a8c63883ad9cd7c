/**
 * Which controls may have had their own attributes changed since the scan last read them: a
 * rescan of a large page then reads the attributes of those alone, not nine of every control
 * (own-sources.ts). The browser says so itself: one mutation observer, over every root a scan
 * surveys, of the attributes a control's sources are read from.
 *
 * Changes made while a control is out of the document are not observed (once the observer has
 * been told of its removal): a subtree put back in is taken as changed, every control in it.
 * A control is known unchanged only when every root of the scan is observed; where there is no
 * mutation observer, or a root cannot be observed, every control is read.
 */

/** Every attribute readOwnSources reads (the survey reads `type`). */
const SOURCE_ATTRIBUTES = ['id', 'name', 'formcontrolname', 'placeholder', 'maxlength', 'autocomplete', 'aria-label', 'title', 'aria-labelledby', 'type', 'value'];
const OBSERVED: MutationObserverInit = { attributes: true, attributeFilter: SOURCE_ATTRIBUTES, childList: true, subtree: true };
const CONTROLS = 'input, select, textarea';
/** Node types from the DOM standard, realm-independent. */
const ELEMENT_NODE = 1;

let observer: MutationObserver | null | undefined;
const observedRoots = new WeakSet<Node>();
/** Controls (or any elements) changed, or put back in the document, since they were last read. */
const changed = new WeakSet<Node>();

/**
 * Starts observing the scan's roots (before any control of theirs is read) and takes in what
 * changed since the last scan. Whether unchanged controls may be known unchanged in this scan.
 */
export function observeSourceChanges(roots: readonly Node[]): boolean {
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

/** Whether the control's attributes may have changed since it was last read (then read it, and call readSources). */
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
      continue;
    }
    for (const added of record.addedNodes) {
      if (added.nodeType !== ELEMENT_NODE) continue;
      changed.add(added);
      const element = added as Element;
      if (element.firstElementChild === null) continue;
      for (const control of element.querySelectorAll(CONTROLS)) changed.add(control);
    }
  }
}
