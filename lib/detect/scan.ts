/**
 * The scan the content script runs on every portal page: one survey of the DOM, every control
 * classified, the page kind recognised, then ambiguous controls settled by what the page expects.
 */
import { isFieldKindId, type FieldKindId } from '../fields/detection';
import { normaliseText } from '../text';
import { isInSkippedSubtree } from './dom';
import { decide, scoreSignals, type Classification, type KindScores } from './classify';
import { PAGE_CONTROL_NAMES, PAGE_ELEMENT_NAMES, recognisePage, shortBlockTexts, type PageView } from './page-score';
import { observeChanges } from './page-changes';
import { BoundedMemo } from './memo';
import type { PageMatch } from './pages/types';
import { SignalReader, sameSignals, type ControlSignals } from './signals';
import { surveyPage, type PageSurvey, type ScanRoot, type SurveyOptions } from './survey';

export type ScanOptions = SurveyOptions;

export interface DetectedField {
  /** The real input, select or textarea to fill (inside a custom element's wrapper). */
  readonly element: HTMLElement;
  readonly kind: FieldKindId;
  /** 0..1. */
  readonly confidence: number;
  /** The field's label as a person reads it ('' when it has none). */
  readonly label: string;
}

export interface ScanResult {
  readonly page: PageMatch | null;
  readonly fields: readonly DetectedField[];
}

/** The measure name in the Performance timeline (only the latest scan's is kept). */
export const SCAN_MEASURE = 'gu:scan';
const SCAN_START_MARK = 'gu:scan:start';

export function scanDocument(root: Document, options: ScanOptions = {}): ScanResult {
  return scanWithRoots(root, options).result;
}

/** The scan and the roots it walked (the document, open shadow roots, allowed frames), for the watcher. */
export function scanWithRoots(root: Document, options: ScanOptions = {}): { result: ScanResult; roots: readonly ScanRoot[] } {
  const performance = root.defaultView?.performance ?? globalThis.performance;
  mark(() => performance.mark(SCAN_START_MARK));
  try {
    const survey = surveyPage(root, options, PAGE_ELEMENT_NAMES);
    return { result: classifySurvey(survey), roots: survey.roots };
  } finally {
    mark(() => {
      performance.clearMeasures(SCAN_MEASURE);
      performance.measure(SCAN_MEASURE, SCAN_START_MARK);
      performance.clearMarks(SCAN_START_MARK);
    });
  }
}

/** User timing is a diagnostic: an environment without it must not stop the scan. */
function mark(action: () => void): void {
  try {
    action();
  } catch {
    // Nothing to measure with; the scan goes on.
  }
}

interface ScoredControl {
  readonly element: HTMLElement;
  readonly signals: ControlSignals;
  readonly scores: KindScores;
  /** The decision without the page's expectations. */
  readonly guess: Classification;
  /** The control's names that are page signals (PAGE_CONTROL_NAMES), found once per reading. */
  readonly pageNames: readonly string[];
}

/**
 * Each control's last signals, their scores and the decision without the page's expectations:
 * a rescan finds most controls as they were and neither scores nor decides them again. Weak: a
 * control gone from the page takes its entry with it.
 */
const lastScored = new WeakMap<Element, ScoredControl>();

function scoredControl(element: HTMLElement, signals: ControlSignals): ScoredControl {
  const last = lastScored.get(element);
  // The same object when the reader found the control's sources unchanged.
  if (last !== undefined && (last.signals === signals || sameSignals(last.signals, signals))) return last;
  const scores = scoreSignals(signals);
  const scored = { element, signals, scores, guess: decide(scores), pageNames: signals.names.filter((name) => PAGE_CONTROL_NAMES.has(name)) };
  lastScored.set(element, scored);
  return scored;
}

/** The page's expectations settle only a close call between kinds: evidence for one kind at most keeps the guess. */
function decisionOf({ scores, guess }: ScoredControl, expected: readonly string[]): Classification {
  return scores.ranked.length > 1 && expected.length > 0 ? decide(scores, expected) : guess;
}

function classifySurvey(survey: PageSurvey): ScanResult {
  // Before any control is read: from now on, a change to its attributes is known.
  const reader = new SignalReader(survey, observeChanges(survey.roots));
  const controls = survey.controls.map((control) => scoredControl(control.element, reader.read(control)));
  const firstGuess = new Set<string>();
  for (const { guess } of controls) if (guess.kind !== null) firstGuess.add(guess.kind);
  const recognised = recognisePage(pageView(survey, controls, firstGuess));
  const expected = recognised?.kind.expectedFields ?? [];
  const fields: DetectedField[] = [];
  for (const control of controls) {
    const { kind, confidence } = decisionOf(control, expected);
    if (kind !== null && isFieldKindId(kind)) fields.push({ element: control.element, kind, confidence, label: control.signals.display });
  }
  return { page: recognised?.match ?? null, fields };
}

/** The page's text, up to SEARCH_BOUNDS.pageTextLength characters: mostly the same on a rescan, and long to normalise. */
const pageTexts = new BoundedMemo(1, normaliseText);

function pageView(survey: PageSurvey, controls: readonly ScoredControl[], fields: ReadonlySet<string>): PageView {
  let shortTexts: ReadonlySet<string> | undefined;
  // Links and buttons repeat their texts («Подробнее» under every news item): each is normalised once.
  const normalised = new Map<string, string>();
  const normalise = (raw: string): string => {
    let text = normalised.get(raw);
    if (text === undefined) {
      text = normaliseText(raw);
      normalised.set(raw, text);
    }
    return text;
  };
  return {
    path: survey.path,
    hasElement: (name) => survey.elementNames.has(name),
    hasId: (id) => survey.roots.some((root) => {
      const element = root.getElementById(id);
      return element !== null && !isInSkippedSubtree(element);
    }),
    names: pageControlNames(controls),
    headings: survey.headings.map((heading) => normalise(heading.textContent ?? '')),
    actions: survey.actions.map((action) => normalise(action.localName === 'input' ? (action.getAttribute('value') ?? '') : (action.textContent ?? ''))),
    text: pageTexts.get(survey.texts.join(' ')),
    fields,
    shortTexts: () => (shortTexts ??= shortBlockTexts(survey.roots)),
  };
}

function pageControlNames(controls: readonly ScoredControl[]): Set<string> {
  const names = new Set<string>();
  for (const { pageNames } of controls) for (const name of pageNames) names.add(name);
  return names;
}
