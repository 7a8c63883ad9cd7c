/**
 * Keeps the scan current on a single-page app. A MutationObserver (the document and every open
 * shadow root or allowed frame a scan walked) and the SPA's location changes trigger a rescan,
 * at most one per `WATCH_TIMING.rescanInterval`, at the end of that interval (trailing edge).
 * `onChange` hears only of a different page kind or field set, starting from "nothing seen".
 *
 * Cost on pages with nothing for us: mutations inside skipped subtrees (our own UI, scripts,
 * styles, footers, menus) are dropped before anything is scheduled; attribute and text-node
 * changes are not observed at all (the portal's router and *ngIf blocks add and remove
 * elements); and while the last scan found nothing, rescans wait `idleRescanInterval` instead,
 * so a constantly mutating foreign page costs one cheap scan a second at most. A location change
 * always rescans at the short interval.
 *
 * The content script lives in an isolated world and cannot wrap the page's history.pushState;
 * the location is compared on every mutation batch, on popstate and hashchange, and on the
 * Navigation API's currententrychange where the browser has it.
 */
import { ELEMENT_NODE, TEXT_NODE, isInSkippedSubtree, isSkippedSubtree } from './dom';
import { scanWithRoots, type ScanOptions, type ScanResult } from './scan';
import { WATCH_TIMING } from './weights';

const NOTHING: ScanResult = { page: null, fields: [] };
const OBSERVED_CHANGES: MutationObserverInit = { childList: true, subtree: true };

/** Starts watching; the first scan runs at once (and is reported if it finds anything). Returns stop(). */
export function watchDocument(root: Document, onChange: (scan: ScanResult) => void, options: ScanOptions = {}): () => void {
  const window = root.defaultView;
  if (window === null) return () => undefined;
  let reported = NOTHING;
  let lastUrl = root.location?.href ?? '';
  let timer: number | undefined;
  let dueAt = Infinity;
  let stopped = false;
  const observedRoots = new WeakSet<Node>();

  const rescan = (): void => {
    timer = undefined;
    dueAt = Infinity;
    if (stopped) return;
    lastUrl = root.location?.href ?? '';
    const { result, roots } = scanWithRoots(root, options);
    for (const scanned of roots) {
      if (observedRoots.has(scanned)) continue;
      observedRoots.add(scanned);
      observer.observe(scanned, OBSERVED_CHANGES);
    }
    if (differs(reported, result)) {
      reported = result;
      onChange(result);
    }
  };

  /** Throttle, trailing edge; a sooner request (a navigation while idle) moves the pending rescan earlier. */
  const schedule = (delay: number): void => {
    if (stopped) return;
    const at = Date.now() + delay;
    if (timer !== undefined && dueAt <= at) return;
    if (timer !== undefined) window.clearTimeout(timer);
    dueAt = at;
    timer = window.setTimeout(rescan, delay);
  };
  const interval = (): number => (isNothing(reported) ? WATCH_TIMING.idleRescanInterval : WATCH_TIMING.rescanInterval);
  const onNavigation = (): void => schedule(WATCH_TIMING.rescanInterval);

  const observer = new window.MutationObserver((records) => {
    if ((root.location?.href ?? '') !== lastUrl) onNavigation();
    else if (records.some(isRelevant)) schedule(interval());
  });
  const navigation = (window as { navigation?: EventTarget }).navigation;
  window.addEventListener('popstate', onNavigation);
  window.addEventListener('hashchange', onNavigation);
  navigation?.addEventListener('currententrychange', onNavigation);

  rescan();
  return () => {
    stopped = true;
    observer.disconnect();
    if (timer !== undefined) window.clearTimeout(timer);
    window.removeEventListener('popstate', onNavigation);
    window.removeEventListener('hashchange', onNavigation);
    navigation?.removeEventListener('currententrychange', onNavigation);
  };
}

function isNothing(scan: ScanResult): boolean {
  return scan.page === null && scan.fields.length === 0;
}

/** A different page kind or level, or a different set of fields (elements or kinds). */
function differs(before: ScanResult, after: ScanResult): boolean {
  if (before.page?.kind !== after.page?.kind || before.page?.level !== after.page?.level) return true;
  if (before.fields.length !== after.fields.length) return true;
  return before.fields.some((field, index) => field.element !== after.fields[index]?.element || field.kind !== after.fields[index]?.kind);
}

/** A mutation that could change what a scan finds: not inside, nor only adding or removing, what scans skip. */
function isRelevant(record: MutationRecord): boolean {
  if (isInSkippedSubtree(record.target)) return false;
  return [...record.addedNodes, ...record.removedNodes].some(isMeaningfulNode);
}

function isMeaningfulNode(node: Node): boolean {
  if (node.nodeType === ELEMENT_NODE) return !isSkippedSubtree(node as Element);
  return node.nodeType === TEXT_NODE && (node.textContent ?? '').trim() !== '';
}
