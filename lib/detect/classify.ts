/**
 * Field classification: the signals of a control (signals.ts) scored against every field kind's
 * detection hints (lib/fields, the one place for field words), weights from weights.ts.
 * A field the engine is unsure of is left alone: precision beats recall.
 */
import { FIELD_KINDS } from '../fields';
import type { FieldKind } from '../fields/types';
import { matchablePrefixes, matchesStem, matchText, maskShape, type TextMatch } from './match';
import type { ControlSignals } from './signals';
import { FIELD_DECISION, FIELD_EVIDENCE, type FieldEvidenceSource } from './weights';

/** One reason to think a control is of a kind. */
export interface Evidence {
  readonly kind: string;
  readonly source: FieldEvidenceSource;
  /** The text, name or token that matched. */
  readonly matched: string;
  readonly weight: number;
}

/** Every kind with evidence for a control, best first, and the kinds its labels rule out. */
export interface KindScores {
  readonly ranked: readonly { readonly kind: string; readonly points: number }[];
  readonly evidence: readonly Evidence[];
  readonly vetoed: readonly string[];
}

export interface Classification {
  /** The field kind id, or null when the control is left alone. */
  readonly kind: string | null;
  /** 0..1; for an unclassified control, the best rejected kind's. */
  readonly confidence: number;
  readonly signals: readonly Evidence[];
}

interface TextHint {
  readonly text: string;
  readonly kind: string;
}

/** The hints of all kinds, arranged for lookup. */
interface HintIndex {
  /** Label hint → the kinds that have it. */
  readonly labels: ReadonlyMap<string, readonly string[]>;
  readonly notLabels: readonly TextHint[];
  /** What each text seen so far says (texts repeat across controls and rescans); bounded. */
  readonly verdicts: Map<string, TextVerdict>;
  readonly names: ReadonlyMap<string, readonly string[]>;
  readonly autocomplete: ReadonlyMap<string, readonly string[]>;
  readonly shapes: ReadonlyMap<string, readonly string[]>;
  readonly maskLengths: ReadonlyMap<number, readonly string[]>;
  readonly choices: ReadonlyMap<string, ReadonlySet<string>>;
}

const indexes = new WeakMap<readonly FieldKind[], HintIndex>();

function indexOf(kinds: readonly FieldKind[]): HintIndex {
  let index = indexes.get(kinds);
  if (index === undefined) {
    index = buildIndex(kinds);
    indexes.set(kinds, index);
  }
  return index;
}

function buildIndex(kinds: readonly FieldKind[]): HintIndex {
  const names = new Map<string, string[]>();
  const autocomplete = new Map<string, string[]>();
  const shapes = new Map<string, string[]>();
  const maskLengths = new Map<number, string[]>();
  const choices = new Map<string, ReadonlySet<string>>();
  const add = <K>(map: Map<K, string[]>, key: K, kind: string): void => {
    map.set(key, [...(map.get(key) ?? []), kind]);
  };
  for (const { id, detection } of kinds) {
    for (const name of detection.names ?? []) add(names, name, id);
    for (const token of detection.autocomplete ?? []) add(autocomplete, token, id);
    const shape = detection.mask === undefined ? null : maskShape(detection.mask);
    if (shape !== null && detection.mask !== undefined) {
      add(shapes, shape, id);
      add(maskLengths, detection.mask.length, id);
    }
    if (detection.choices !== undefined) choices.set(id, new Set(Object.values(detection.choices).flat()));
  }
  const labels = new Map<string, string[]>();
  for (const { id, detection } of kinds) for (const label of detection.labels ?? []) add(labels, label, id);
  return {
    labels,
    notLabels: kinds.flatMap((kind) => (kind.detection.notLabels ?? []).map((text) => ({ text, kind: kind.id }))),
    verdicts: new Map(),
    names,
    autocomplete,
    shapes,
    maskLengths,
    choices,
  };
}

/** How each kind of label text is weighed, by how it matches a hint (match.ts). */
const TEXT_SOURCES = [
  { field: 'labels', weights: { equal: 'labelEqual', qualified: 'labelQualified', prefix: 'labelPrefix' } },
  { field: 'nearby', weights: { equal: 'nearbyEqual', qualified: 'nearbyQualified', prefix: 'nearbyPrefix' } },
  { field: 'placeholder', weights: { equal: 'placeholderEqual', qualified: 'placeholderQualified', prefix: 'placeholderPrefix' } },
] as const satisfies readonly { field: keyof ControlSignals; weights: Record<TextMatch, FieldEvidenceSource> }[];

export function scoreSignals(signals: ControlSignals, kinds: readonly FieldKind[] = FIELD_KINDS): KindScores {
  const index = indexOf(kinds);
  const found = new Map<string, Evidence>();
  const vetoed = new Set<string>();
  const add = (kindIds: readonly string[] | undefined, source: FieldEvidenceSource, matched: string): void => {
    // One piece of evidence per kind and source: the same name as id and as name is one signal.
    for (const kind of kindIds ?? []) {
      const key = `${kind} ${source}`;
      if (!found.has(key)) found.set(key, { kind, source, matched, weight: FIELD_EVIDENCE[source] });
    }
  };

  for (const token of signals.autocomplete) add(index.autocomplete.get(token), 'autocomplete', token);
  for (const name of signals.names) add(index.names.get(name), 'name', name);
  for (const container of signals.containers) add(index.names.get(container), 'container', container);
  add(index.autocomplete.get(signals.type), 'inputType', signals.type);
  add(index.names.get(signals.type), 'inputType', signals.type);
  if (signals.shape !== null) add(index.shapes.get(signals.shape), 'mask', signals.shape);
  if (signals.maxLength !== null) add(index.maskLengths.get(signals.maxLength), 'maxLength', String(signals.maxLength));

  for (const source of TEXT_SOURCES) {
    const value = signals[source.field];
    for (const text of typeof value === 'string' ? [value] : value) {
      if (text === '') continue;
      const verdict = verdictOf(text, index);
      for (const kind of verdict.vetoed) vetoed.add(kind);
      if (verdict.match !== null) add(verdict.kinds, source.weights[verdict.match], text);
    }
  }

  const options = new Set(signals.options);
  // A list whose options are the kind's choices (two at least: «Да»/«Нет» alone says little); a radio has one.
  const needed = signals.type === 'radio' ? 1 : 2;
  for (const [kind, choices] of index.choices) {
    const matched = [...options].filter((option) => choices.has(option));
    if (matched.length >= needed) add([kind], 'choices', matched.join(' | '));
  }

  const evidence = [...found.values()].filter((item) => !vetoed.has(item.kind));
  const points = new Map<string, number>();
  for (const item of evidence) points.set(item.kind, (points.get(item.kind) ?? 0) + evidencePoints(item.weight));
  const ranked = [...points].map(([kind, total]) => ({ kind, points: total })).sort((a, b) => b.points - a.points);
  return { ranked, evidence, vetoed: [...vetoed] };
}

/** What one normalised text says: the kinds of its most specific hint, and the kinds it rules out. */
interface TextVerdict {
  readonly kinds: readonly string[];
  readonly match: TextMatch | null;
  readonly vetoed: readonly string[];
}

/** Past this many remembered texts the memo starts afresh (a page generating texts endlessly). */
const VERDICT_MEMO_LIMIT = 4096;

function verdictOf(text: string, index: HintIndex): TextVerdict {
  let verdict = index.verdicts.get(text);
  if (verdict === undefined) {
    verdict = { ...longestLabelMatch(text, index.labels), vetoed: index.notLabels.filter((hint) => matchesStem(text, hint.text)).map((hint) => hint.kind) };
    if (index.verdicts.size >= VERDICT_MEMO_LIMIT) index.verdicts.clear();
    index.verdicts.set(text, verdict);
  }
  return verdict;
}

/**
 * The kinds of the longest label hint the text matches: a text is about its most specific hint
 * («номер телефона» is the phone's, not the passport's «номер»). A hint can only match a prefix
 * of the text that ends at a word boundary, so those prefixes are looked up, longest first.
 */
function longestLabelMatch(text: string, labels: ReadonlyMap<string, readonly string[]>): { kinds: readonly string[]; match: TextMatch | null } {
  for (const candidate of matchablePrefixes(text)) {
    const kinds = labels.get(candidate);
    const match = kinds === undefined ? null : matchText(text, candidate);
    if (kinds !== undefined && match !== null) return { kinds, match };
  }
  return { kinds: [], match: null };
}

function evidencePoints(weight: number): number {
  return -Math.log(1 - Math.min(weight, 0.999));
}

function confidenceOf(points: number): number {
  return 1 - Math.exp(-points);
}

/**
 * The kind to report: the best one when it is confident and clearly ahead; when others are close
 * behind, the only close one the page expects; otherwise none.
 */
export function decide(scores: KindScores, expectedFields: readonly string[] = []): Classification {
  const [best] = scores.ranked;
  const signalsOf = (kind: string | null): readonly Evidence[] => scores.evidence.filter((item) => item.kind === kind);
  if (best === undefined) return { kind: null, confidence: 0, signals: [] };
  const close = scores.ranked.filter((candidate) => best.points - candidate.points < FIELD_DECISION.ambiguityMargin);
  const chosen = close.length === 1 ? best : singleOrNone(close.filter((candidate) => expectedFields.includes(candidate.kind)));
  if (chosen === null || confidenceOf(chosen.points) < FIELD_DECISION.threshold) {
    return { kind: null, confidence: confidenceOf(best.points), signals: scores.evidence };
  }
  return { kind: chosen.kind, confidence: confidenceOf(chosen.points), signals: signalsOf(chosen.kind) };
}

function singleOrNone<T>(values: readonly T[]): T | null {
  return values.length === 1 ? (values[0] ?? null) : null;
}
