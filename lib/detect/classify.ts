/**
 * Field classification: the signals of a control (signals.ts) scored against every field kind's
 * detection hints (lib/fields, the one place for field words), weights from weights.ts.
 * A field the engine is unsure of is left alone: precision beats recall.
 */
import { FIELD_DETECTION } from '../fields/detection';
import type { KindDetection } from '../fields/define';
import { firstWord, matchesStem, matchText, maskShape, type TextMatch } from './match';
import { BoundedMemo } from './memo';
import type { ControlSignals } from './signals';
import { FIELD_DECISION, FIELD_EVIDENCE, SEARCH_BOUNDS, type FieldEvidenceSource } from './weights';

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

/** A label hint and the kinds that have it. */
interface LabelHint {
  readonly text: string;
  readonly kinds: readonly string[];
}

/** A notLabels hint (a stem) and the kind it rules out. */
interface StemHint {
  readonly stem: string;
  readonly kind: string;
}

/** The hints of all kinds, arranged for lookup once per kind list (module load, in practice). */
interface HintIndex {
  /** Label hints by their first word (see firstWord), longest first. */
  readonly labelsByFirstWord: ReadonlyMap<string, readonly LabelHint[]>;
  /** notLabels stems by their first character. */
  readonly stemsByFirstCharacter: ReadonlyMap<string, readonly StemHint[]>;
  /** What each text seen so far says (texts repeat across controls and rescans). */
  readonly verdicts: BoundedMemo<string, TextVerdict>;
  readonly names: ReadonlyMap<string, readonly string[]>;
  readonly autocomplete: ReadonlyMap<string, readonly string[]>;
  readonly shapes: ReadonlyMap<string, readonly string[]>;
  readonly maskLengths: ReadonlyMap<number, readonly string[]>;
  readonly choices: ReadonlyMap<string, ReadonlySet<string>>;
}

const indexes = new WeakMap<readonly KindDetection[], HintIndex>();

function indexOf(kinds: readonly KindDetection[]): HintIndex {
  let index = indexes.get(kinds);
  if (index === undefined) {
    index = buildIndex(kinds);
    indexes.set(kinds, index);
  }
  return index;
}

function buildIndex(kinds: readonly KindDetection[]): HintIndex {
  const names = new Map<string, string[]>();
  const autocomplete = new Map<string, string[]>();
  const shapes = new Map<string, string[]>();
  const maskLengths = new Map<number, string[]>();
  const choices = new Map<string, ReadonlySet<string>>();
  const labels = new Map<string, string[]>();
  const stemsByFirstCharacter = new Map<string, StemHint[]>();
  const add = <K, V>(map: Map<K, V[]>, key: K, value: V): void => {
    const values = map.get(key);
    if (values === undefined) map.set(key, [value]);
    else values.push(value);
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
    for (const label of detection.labels ?? []) add(labels, label, id);
    for (const stem of detection.notLabels ?? []) if (stem !== '') add(stemsByFirstCharacter, stem.charAt(0), { stem, kind: id });
  }
  const labelsByFirstWord = new Map<string, LabelHint[]>();
  for (const [text, kindIds] of labels) if (text !== '') add(labelsByFirstWord, firstWord(text), { text, kinds: kindIds });
  for (const hints of labelsByFirstWord.values()) hints.sort((a, b) => b.text.length - a.text.length);
  return {
    labelsByFirstWord,
    stemsByFirstCharacter,
    verdicts: new BoundedMemo(SEARCH_BOUNDS.rememberedTexts, (text) => readVerdict(text, labelsByFirstWord, stemsByFirstCharacter)),
    names,
    autocomplete,
    shapes,
    maskLengths,
    choices,
  };
}

/** How each kind of label text is weighed, by how it matches a hint (match.ts). */
const LABEL_WEIGHTS = { equal: 'labelEqual', qualified: 'labelQualified', prefix: 'labelPrefix' } as const satisfies Record<TextMatch, FieldEvidenceSource>;
const NEARBY_WEIGHTS = { equal: 'nearbyEqual', qualified: 'nearbyQualified', prefix: 'nearbyPrefix' } as const satisfies Record<TextMatch, FieldEvidenceSource>;
const PLACEHOLDER_WEIGHTS = { equal: 'placeholderEqual', qualified: 'placeholderQualified', prefix: 'placeholderPrefix' } as const satisfies Record<TextMatch, FieldEvidenceSource>;

/**
 * Runs for every control of every scan, thousands on a large page: lookups in the index only,
 * and few allocations (evidence lists are short, so they are searched rather than hashed).
 */
export function scoreSignals(signals: ControlSignals, kinds: readonly KindDetection[] = FIELD_DETECTION): KindScores {
  const index = indexOf(kinds);
  const found: Evidence[] = [];
  const vetoed: string[] = [];
  for (const token of signals.autocomplete) addEvidence(found, index.autocomplete.get(token), 'autocomplete', token);
  for (const name of signals.names) addEvidence(found, index.names.get(name), 'name', name);
  for (const container of signals.containers) addEvidence(found, index.names.get(container), 'container', container);
  addEvidence(found, index.autocomplete.get(signals.type), 'inputType', signals.type);
  addEvidence(found, index.names.get(signals.type), 'inputType', signals.type);
  if (signals.shape !== null) addEvidence(found, index.shapes.get(signals.shape), 'mask', signals.shape);
  const maskLengthKinds = signals.maxLength === null ? undefined : index.maskLengths.get(signals.maxLength);
  if (maskLengthKinds !== undefined) addEvidence(found, maskLengthKinds, 'maxLength', String(signals.maxLength));
  for (const text of signals.labels) addTextEvidence(found, vetoed, index, text, LABEL_WEIGHTS);
  for (const text of signals.nearby) addTextEvidence(found, vetoed, index, text, NEARBY_WEIGHTS);
  addTextEvidence(found, vetoed, index, signals.placeholder, PLACEHOLDER_WEIGHTS);
  if (signals.options.length > 0) addChoiceEvidence(found, index, signals);
  const evidence = vetoed.length === 0 ? found : found.filter((item) => !vetoed.includes(item.kind));
  return { ranked: rank(evidence), evidence, vetoed: vetoed.length === 0 ? vetoed : [...new Set(vetoed)] };
}

/** One piece of evidence per kind and source: the same name as id and as name is one signal. */
function addEvidence(found: Evidence[], kinds: readonly string[] | undefined, source: FieldEvidenceSource, matched: string): void {
  if (kinds === undefined) return;
  for (const kind of kinds) {
    if (!found.some((item) => item.kind === kind && item.source === source)) found.push({ kind, source, matched, weight: FIELD_EVIDENCE[source] });
  }
}

function addTextEvidence(found: Evidence[], vetoed: string[], index: HintIndex, text: string, weights: Record<TextMatch, FieldEvidenceSource>): void {
  if (text === '') return;
  const verdict = index.verdicts.get(text);
  vetoed.push(...verdict.vetoed);
  if (verdict.match !== null) addEvidence(found, verdict.kinds, weights[verdict.match], text);
}

/** A list whose options are the kind's choices (two at least: «Да»/«Нет» alone says little); a radio has one. */
function addChoiceEvidence(found: Evidence[], index: HintIndex, signals: ControlSignals): void {
  const needed = signals.type === 'radio' ? 1 : 2;
  for (const [kind, choices] of index.choices) {
    const matched = signals.options.filter((option) => choices.has(option));
    if (matched.length >= needed) addEvidence(found, [kind], 'choices', matched.join(' | '));
  }
}

/** Kinds by their evidence points, best first. */
function rank(evidence: readonly Evidence[]): { kind: string; points: number }[] {
  const ranked: { kind: string; points: number }[] = [];
  for (const item of evidence) {
    const entry = ranked.find((candidate) => candidate.kind === item.kind);
    if (entry === undefined) ranked.push({ kind: item.kind, points: evidencePoints(item.weight) });
    else entry.points += evidencePoints(item.weight);
  }
  return ranked.sort((a, b) => b.points - a.points);
}

/** What one normalised text says: the kinds of its most specific hint, and the kinds it rules out. */
interface TextVerdict {
  readonly kinds: readonly string[];
  readonly match: TextMatch | null;
  readonly vetoed: readonly string[];
}

function readVerdict(text: string, labelsByFirstWord: HintIndex['labelsByFirstWord'], stemsByFirstCharacter: HintIndex['stemsByFirstCharacter']): TextVerdict {
  const stems = stemsByFirstCharacter.get(text.charAt(0)) ?? [];
  return { ...longestLabelMatch(text, labelsByFirstWord), vetoed: stems.filter((hint) => matchesStem(text, hint.stem)).map((hint) => hint.kind) };
}

/**
 * The kinds of the longest label hint the text matches: a text is about its most specific hint
 * («номер телефона» is the phone's, not the passport's «номер»). A hint matches a prefix of the
 * text that ends at a word boundary, so it starts with the text's first word: only the hints
 * filed under that word are tried, longest first.
 */
function longestLabelMatch(text: string, labelsByFirstWord: HintIndex['labelsByFirstWord']): { kinds: readonly string[]; match: TextMatch | null } {
  for (const hint of labelsByFirstWord.get(firstWord(text)) ?? []) {
    const match = matchText(text, hint.text);
    if (match !== null) return { kinds: hint.kinds, match };
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
  if (best === undefined) return NO_EVIDENCE;
  // Runs twice for every control of every scan: most controls have evidence for one kind only.
  const close = scores.ranked.length === 1 ? scores.ranked : scores.ranked.filter((candidate) => best.points - candidate.points < FIELD_DECISION.ambiguityMargin);
  const chosen = close.length === 1 ? best : singleOrNone(close.filter((candidate) => expectedFields.includes(candidate.kind)));
  if (chosen === null || confidenceOf(chosen.points) < FIELD_DECISION.threshold) {
    return { kind: null, confidence: confidenceOf(best.points), signals: scores.evidence };
  }
  const signals = scores.ranked.length === 1 ? scores.evidence : scores.evidence.filter((item) => item.kind === chosen.kind);
  return { kind: chosen.kind, confidence: confidenceOf(chosen.points), signals };
}

const NO_EVIDENCE: Classification = { kind: null, confidence: 0, signals: [] };

function singleOrNone<T>(values: readonly T[]): T | null {
  return values.length === 1 ? (values[0] ?? null) : null;
}
