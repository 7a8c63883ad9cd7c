/**
 * Detection's public face: what the content script and the popup use. Everything else in this
 * folder is how it works.
 */
export { OWN_UI_ATTRIBUTE } from './dom';
export { PAGE_KINDS } from './pages';
export type { PageKind, PageMatch, PageRole } from './pages';
export { SCAN_MEASURE, scanDocument } from './scan';
export type { DetectedField, ScanOptions, ScanResult } from './scan';
export { watchDocument } from './watch';
