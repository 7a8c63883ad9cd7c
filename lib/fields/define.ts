/**
 * Small helpers every field kind file uses: keeping a kind's literal id (so the registry can
 * derive the union of ids), stating how the kind is recognised, and spelling findings.
 *
 * `__NO_SIDE_EFFECTS__`: a kind nobody imports is dropped from a bundle, so the content script's
 * core, which imports only the `…Detection` of each kind, carries none of the rules.
 */
import type { MessageKey } from '../i18n';
import { normaliseText } from '../text';
import type { ChoiceOption, DetectionHints, FieldIssue, FieldKind } from './types';

/** The mask every date field shows (and date pickers accept typed). */
const DATE_MASK = 'XX.XX.XXXX';

/** A kind's id with its detection hints: what the page scan needs of a kind, and nothing else. */
export interface KindDetection<Id extends string = string, Hints extends DetectionHints = DetectionHints> {
  readonly id: Id;
  readonly detection: Hints;
}

/** How the kind with this id is recognised on a page; the kind itself spreads this into its definition. */
/*#__NO_SIDE_EFFECTS__*/
export function kindDetection<const Id extends string, const Hints extends DetectionHints>(id: Id, detection: Hints): KindDetection<Id, Hints> {
  return { id, detection };
}

/** A date kind's detection: the date mask unless the kind states its own. */
/*#__NO_SIDE_EFFECTS__*/
export function dateDetection<const Id extends string>(id: Id, detection: DetectionHints): KindDetection<Id, DetectionHints & { readonly mask: string }> {
  return { id, detection: { mask: DATE_MASK, ...detection } };
}

/**
 * A choice kind's detection: `choices` comes from the options (the display text, the synonyms
 * and the canonical value itself), so each meaning is written once.
 */
/*#__NO_SIDE_EFFECTS__*/
export function choiceDetection<const Id extends string>(
  id: Id,
  options: Readonly<Record<string, ChoiceOption>>,
  detection: Omit<DetectionHints, 'choices'>,
): KindDetection<Id, DetectionHints & { readonly choices: Readonly<Record<string, readonly string[]>> }> {
  const choices = Object.fromEntries(
    Object.entries(options).map(([value, option]) => [value, [...new Set([normaliseText(option.display), normaliseText(value), ...option.synonyms])]]),
  );
  return { id, detection: { ...detection, choices } };
}

/** Returns the kind unchanged, typed with its literal id. */
/*#__NO_SIDE_EFFECTS__*/
export function defineKind<const Id extends string>(kind: FieldKind & { readonly id: Id }): FieldKind & { readonly id: Id } {
  return kind;
}

export function error(message: MessageKey, params?: readonly (string | number)[], fix?: string): FieldIssue {
  return { severity: 'error', message, ...(params ? { params } : {}), ...(fix === undefined ? {} : { fix }) };
}

export function warning(message: MessageKey, params?: readonly (string | number)[]): FieldIssue {
  return { severity: 'warning', message, ...(params ? { params } : {}) };
}

/** The distinct characters of `value` that `allowed` (a one-character pattern) rejects, in order of appearance. */
export function rejectedCharacters(value: string, allowed: RegExp): string[] {
  return [...new Set([...value].filter((character) => !allowed.test(character)))];
}
