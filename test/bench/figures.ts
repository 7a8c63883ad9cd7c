/**
 * Precision and recall of field classification against the labels (test/fixtures/portal/labels.ts),
 * pure so the same counting runs in happy-dom and in a real browser page. A labelled control counts as:
 * - a true positive when it is classified as its label says;
 * - a false positive when it is classified as something else (or labelled null but classified);
 * - a miss when it is labelled with a kind and not classified as that kind.
 * Precision = TP / (TP + FP), recall = TP / (TP + misses).
 */
import type { ScanResult } from '../../lib/detect/scan';
import type { LabelledFixture } from '../fixtures/portal/labels';
import { queryFixture } from '../fixtures/portal/query';

export interface Outcome {
  readonly file: string;
  readonly selector: string;
  readonly expected: string | null;
  readonly actual: string | null;
  readonly confidence: number;
  readonly decoy: boolean;
}

export interface Figures {
  readonly labelled: number;
  readonly truePositives: number;
  readonly falsePositives: readonly Outcome[];
  readonly misses: readonly Outcome[];
  readonly precision: number;
  readonly recall: number;
  readonly outcomes: readonly Outcome[];
}

/** How the scan of one fixture's document did on each of its labelled controls. */
export function outcomesOf(file: string, labels: LabelledFixture, document: Document, scan: ScanResult): Outcome[] {
  return labels.fields.map(({ selector, expected, decoy }) => {
    const element = queryFixture(document, selector);
    const detected = element === null ? undefined : scan.fields.find((field) => field.element === element);
    return { file, selector, expected, actual: detected?.kind ?? null, confidence: detected?.confidence ?? 0, decoy: decoy === true };
  });
}

export function figuresOf(outcomes: readonly Outcome[]): Figures {
  const truePositives = outcomes.filter((outcome) => outcome.actual !== null && outcome.actual === outcome.expected).length;
  const falsePositives = outcomes.filter((outcome) => outcome.actual !== null && outcome.actual !== outcome.expected);
  const misses = outcomes.filter((outcome) => outcome.expected !== null && outcome.actual !== outcome.expected);
  return {
    labelled: outcomes.length,
    truePositives,
    falsePositives,
    misses,
    precision: ratio(truePositives, truePositives + falsePositives.length),
    recall: ratio(truePositives, truePositives + misses.length),
    outcomes,
  };
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 1 : part / whole;
}

export function formatFigures(figures: Figures): string {
  const percent = (value: number): string => `${(value * 100).toFixed(1)}%`;
  const describe = (outcome: Outcome): string =>
    `  ${outcome.file} ${outcome.selector}: expected ${outcome.expected ?? 'nothing'}, got ${outcome.actual ?? 'nothing'}` +
    (outcome.actual === null ? '' : ` (${outcome.confidence.toFixed(2)})`);
  const positives = figures.outcomes.filter((outcome) => outcome.expected !== null).length;
  return [
    `Field classification over ${figures.labelled} labelled controls (${positives} with a kind, ${figures.labelled - positives} to leave alone, ` +
      `${figures.outcomes.filter((outcome) => outcome.decoy).length} decoys)`,
    `precision ${percent(figures.precision)} (${figures.truePositives} / ${figures.truePositives + figures.falsePositives.length})`,
    `recall    ${percent(figures.recall)} (${figures.truePositives} / ${figures.truePositives + figures.misses.length})`,
    `false positives: ${figures.falsePositives.length}`,
    ...figures.falsePositives.map(describe),
    `misses: ${figures.misses.length}`,
    ...figures.misses.map(describe),
  ].join('\n');
}
