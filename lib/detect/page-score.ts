/**
 * The one generic page scorer: every page kind's signals (pages/*.ts) checked against what the
 * survey found. Interstitials win when recognised at all: a captcha over the login form means
 * the person has something to do first, and nothing is filled meanwhile.
 */
import type { AccountLevel } from '../stage/record';
import { normaliseText } from '../text';
import { isInSkippedSubtree } from './dom';
import { matchText } from './match';
import { PAGE_KINDS } from './pages';
import type { PageKind, PageMatch, PageSignals, WeightedTexts } from './pages/types';
import { PAGE_DECISION, SEARCH_BOUNDS } from './weights';

/** What a page shows, as the scorer reads it; built lazily from a survey (scan.ts). */
export interface PageView {
  readonly path: string;
  hasElement(name: string): boolean;
  hasId(id: string): boolean;
  /** The ids, names and formcontrolnames (lower case) of the controls and their wrappers that page kinds look for. */
  readonly names: ReadonlySet<string>;
  /** Normalised heading texts. */
  readonly headings: readonly string[];
  /** Normalised button and link texts. */
  readonly actions: readonly string[];
  /** The page's whole text, normalised. */
  readonly text: string;
  /** Field kinds recognised on the page. */
  readonly fields: ReadonlySet<string>;
  /** Normalised texts of the page's short blocks (badges, statuses), read only for level extraction. */
  shortTexts(): ReadonlySet<string>;
}

/** The custom element names page kinds look for; a scan's survey notes which are present. */
export const PAGE_ELEMENT_NAMES: readonly string[] = [...new Set(PAGE_KINDS.flatMap((kind) => Object.keys(kind.signals.elements ?? {})))];

/** The control names page kinds look for: a scan collects these only, not every name of thousands of controls. */
export const PAGE_CONTROL_NAMES: ReadonlySet<string> = new Set(PAGE_KINDS.flatMap((kind) => Object.keys(kind.signals.names ?? {})));

const patterns = new Map<string, RegExp | null>();

/** Path patterns are data; a broken one matches nothing instead of breaking every scan. */
function pathPattern(source: string): RegExp | null {
  if (!patterns.has(source)) {
    try {
      patterns.set(source, new RegExp(source));
    } catch {
      patterns.set(source, null);
    }
  }
  return patterns.get(source) ?? null;
}

/** Each signal source and how a value of it is found on the page. */
const SIGNAL_TESTS: Readonly<Record<keyof PageSignals, (view: PageView, value: string) => boolean>> = {
  elements: (view, name) => view.hasElement(name),
  ids: (view, id) => view.hasId(id),
  names: (view, name) => view.names.has(name),
  headings: (view, text) => view.headings.some((heading) => matchText(heading, text) !== null),
  actions: (view, text) => view.actions.includes(text),
  texts: (view, phrase) => view.text.includes(phrase),
  paths: (view, source) => pathPattern(source)?.test(view.path) ?? false,
  fields: (view, kind) => view.fields.has(kind),
};

const SIGNAL_SOURCES = Object.keys(SIGNAL_TESTS) as (keyof PageSignals)[];

/** A page kind's confidence: positive weights combine as independent evidence, negative ones scale it down. */
export function pageConfidence(kind: PageKind, view: PageView): number {
  let absent = 1;
  let kept = 1;
  for (const source of SIGNAL_SOURCES) {
    const weighted: WeightedTexts = kind.signals[source] ?? {};
    for (const [value, weight] of Object.entries(weighted)) {
      if (!SIGNAL_TESTS[source](view, value)) continue;
      if (weight >= 0) absent *= 1 - Math.min(weight, 1);
      else kept *= 1 + Math.max(weight, -1);
    }
  }
  return (1 - absent) * kept;
}

/** The page kind shown, or null when none is confident enough. */
export function recognisePage(view: PageView, kinds: readonly PageKind[] = PAGE_KINDS): { kind: PageKind; match: PageMatch } | null {
  const scored = kinds
    .map((kind) => ({ kind, confidence: pageConfidence(kind, view) }))
    .filter((candidate) => candidate.confidence >= PAGE_DECISION.threshold)
    .sort((a, b) => rolePriority(b.kind) - rolePriority(a.kind) || b.confidence - a.confidence);
  const [best] = scored;
  if (best === undefined) return null;
  const level = best.kind.levels === undefined ? undefined : levelShown(best.kind.levels, view);
  return {
    kind: best.kind,
    match: { kind: best.kind.id, role: best.kind.role, confidence: best.confidence, ...(level === undefined ? {} : { level }) },
  };
}

function rolePriority(kind: PageKind): number {
  return kind.role === 'interstitial' ? 1 : 0;
}

function levelShown(levels: NonNullable<PageKind['levels']>, view: PageView): AccountLevel | undefined {
  const blocks = view.shortTexts();
  const entries = Object.entries(levels) as [AccountLevel, readonly string[]][];
  return entries.find(([, texts]) => texts.some((text) => blocks.has(text)))?.[0];
}

/** Normalised text of every block short enough to be a badge or a status, for `levels`. */
export function shortBlockTexts(roots: readonly ParentNode[]): Set<string> {
  const texts = new Set<string>();
  for (const root of roots) {
    for (const element of root.querySelectorAll('*')) {
      const text = element.textContent ?? '';
      if (text.length > 0 && text.length <= SEARCH_BOUNDS.labelLength && !isInSkippedSubtree(element)) texts.add(normaliseText(text));
    }
  }
  return texts;
}
