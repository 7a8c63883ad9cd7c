/**
 * The part of browser.test.ts that runs inside the page (bundled there): the real scanner on the
 * real browser's DOM, the same labels and counting as in happy-dom.
 */
import { scanDocument } from '../../lib/detect/scan';
import { PORTAL_FIXTURES } from '../fixtures/portal/labels';
import { outcomesOf, type Outcome } from './figures';

/** The page kind now shown (scripted fixtures are awaited until it is the labelled one). */
export function pageKindHere(): string | null {
  return scanDocument(document).page?.kind ?? null;
}

export function evaluateHere(file: string): Outcome[] {
  const labels = PORTAL_FIXTURES[file];
  return labels === undefined ? [] : outcomesOf(file, labels, document, scanDocument(document));
}

