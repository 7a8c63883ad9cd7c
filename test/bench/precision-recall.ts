/** Precision and recall over every labelled replica page, loaded into happy-dom (see figures.ts). */
import { scanDocument } from '../../lib/detect/scan';
import { PORTAL_FIXTURES } from '../fixtures/portal/labels';
import { loadFixture } from '../fixtures/portal/load';
import { figuresOf, outcomesOf, type Figures, type Outcome } from './figures';

/** Loads each fixture (its scripts run to completion), scans it once and compares with the labels. */
export async function evaluateFixtures(): Promise<Figures> {
  const outcomes: Outcome[] = [];
  for (const [file, labels] of Object.entries(PORTAL_FIXTURES)) {
    const fixture = loadFixture(file);
    try {
      await fixture.settle();
      outcomes.push(...outcomesOf(file, labels, fixture.document, scanDocument(fixture.document)));
    } finally {
      await fixture.close();
    }
  }
  return figuresOf(outcomes);
}
