/**
 * The shapes field kinds come in. Each kind file states its data (label, detection hints,
 * allowed characters, mask, choices) and its own rules; the shared behaviour lives here once.
 *
 * Common ground for every builder:
 * - an empty value has no findings: whether a field is required is the profile's and the page's
 *   business, not the field's;
 * - `normalize` never drops what it cannot understand: text it cannot read as the kind's
 *   canonical form comes back cleaned but otherwise as typed, so `check` can say what is wrong.
 */
import type { MessageKey } from '../i18n';
import { cleanText, digitsOf, normaliseText, toAsciiDigits } from '../text';
import { latinLookalikesToCyrillic } from './alphabets';
import { displayDate, isIsoDate, isoDay, parseDateInput } from './dates';
import { defineKind, error, rejectedCharacters } from './define';
import type { CheckContext, ChoiceOption, DetectionHints, FieldIssue, FieldKind, InputStyle } from './types';

type Rules<Value = string> = (value: Value, context: CheckContext) => readonly FieldIssue[];

interface KindBase<Id extends string> {
  readonly id: Id;
  readonly label: MessageKey;
  readonly sensitive?: boolean;
}

const noRules: Rules = () => [];

/** The members every kind spells the same way. */
function identity<const Id extends string>(spec: KindBase<Id>, input: InputStyle) {
  return { id: spec.id, label: spec.label, input, sensitive: spec.sensitive ?? false };
}

/* ----------------------------------------------------------------------------------------- */
/* Free text: names, «кем выдан», address parts.                                             */

/** Typographic apostrophes and dashes a keyboard or a word processor substitutes. */
const APOSTROPHES = /[\u2018\u2019\u02BC\u0060\u00B4]/g;
const DASHES = /[\u2010-\u2013\u2212]/g;

interface TextSpec<Id extends string> extends KindBase<Id> {
  /** One character the field accepts, e.g. /[А-ЯЁа-яё0-9 .-]/. */
  readonly allowed: RegExp;
  readonly rules?: Rules;
  readonly detection: DetectionHints;
}

/**
 * Text kept as typed apart from clean-up (spaces, invisible marks, typographic apostrophes and
 * dashes). Characters outside `allowed` are an error; when every one of them is a Latin
 * look-alike of a Russian letter, the error offers the converted value as its fix.
 */
/*#__NO_SIDE_EFFECTS__*/
export function textKind<const Id extends string>(spec: TextSpec<Id>): FieldKind & { readonly id: Id } {
  const rules = spec.rules ?? noRules;
  return defineKind({
    ...identity(spec, 'text'),
    normalize: (raw) => cleanText(raw).replace(APOSTROPHES, "'").replace(DASHES, '-'),
    format: (canonical) => canonical,
    check(value, context) {
      if (value === '') return [];
      const rejected = rejectedCharacters(value, spec.allowed);
      if (rejected.length > 0) {
        const converted = latinLookalikesToCyrillic(value);
        const fix = rejectedCharacters(converted, spec.allowed).length === 0 ? converted : undefined;
        return [error('field_error_chars', [rejected.join(' ')], fix)];
      }
      return rules(value, context);
    },
    detection: spec.detection,
  });
}

/* ----------------------------------------------------------------------------------------- */
/* Digits behind a mask: phone, SNILS, passport series and number, codes, indexes, INN.      */

/** What may separate digits as people type them or as a mask shows them (`_` is the mask's empty cell). */
const DIGIT_SEPARATOR = /[\s()+\-._/\u2010-\u2015]/;

interface DigitsSpec<Id extends string> extends KindBase<Id> {
  readonly input: 'masked' | 'text';
  /** The mask (X for a digit) is the single source of the length and of the displayed form. */
  readonly detection: DetectionHints & { readonly mask: string };
  /** Digits people type before the number itself (a phone's 7 or 8); dropped when exactly one is extra. */
  readonly trunkPrefixes?: readonly string[];
  /** Further rules, run only on a value of the right length. */
  readonly rules?: Rules;
}

function applyMask(mask: string, digits: string): string {
  let next = 0;
  return mask.replace(/X/g, () => digits[next++] ?? '');
}

/*#__NO_SIDE_EFFECTS__*/
export function digitsKind<const Id extends string>(spec: DigitsSpec<Id>): FieldKind & { readonly id: Id } {
  const mask = spec.detection.mask;
  const length = mask.split('X').length - 1;
  const rules = spec.rules ?? noRules;
  const trunkPrefixes = spec.trunkPrefixes ?? [];
  return defineKind({
    ...identity(spec, spec.input),
    normalize(raw) {
      const text = cleanText(toAsciiDigits(raw));
      if ([...text].some((character) => !/[0-9]/.test(character) && !DIGIT_SEPARATOR.test(character))) return text;
      const digits = digitsOf(text);
      const trunk = digits.length === length + 1 && trunkPrefixes.includes(digits.charAt(0));
      return trunk ? digits.slice(1) : digits;
    },
    format: (canonical) => (canonical.length === length && /^[0-9]+$/.test(canonical) ? applyMask(mask, canonical) : canonical),
    check(value, context) {
      if (value === '') return [];
      if (!/^[0-9]+$/.test(value)) return [error('field_error_digits_only')];
      if (value.length !== length) return [error('field_error_digit_count', [length, value.length])];
      return rules(value, context);
    },
    detection: spec.detection,
  });
}

/* ----------------------------------------------------------------------------------------- */
/* Dates of past events (birth, issue): canonical ISO yyyy-mm-dd, shown дд.мм.гггг, never after today. */

interface DateSpec<Id extends string> extends KindBase<Id> {
  /** From `dateDetection` (define.ts): the date mask is in it. */
  readonly detection: DetectionHints & { readonly mask: string };
  readonly rules: Rules;
}

/*#__NO_SIDE_EFFECTS__*/
export function dateKind<const Id extends string>(spec: DateSpec<Id>): FieldKind & { readonly id: Id } {
  return defineKind({
    ...identity(spec, 'date'),
    normalize(raw) {
      const text = cleanText(raw);
      return parseDateInput(text) ?? text;
    },
    format: displayDate,
    check(value, context) {
      if (value === '') return [];
      if (!isIsoDate(value)) return [error('field_error_date_format')];
      if (value > isoDay(context.today)) return [error('field_error_date_future')];
      return spec.rules(value, context);
    },
    detection: spec.detection,
  });
}

/* ----------------------------------------------------------------------------------------- */
/* Choices and checkboxes.                                                                   */

interface ChoiceSpec<Id extends string, Value extends string> extends KindBase<Id> {
  readonly options: Readonly<Record<Value, ChoiceOption>>;
  /** From `choiceDetection` (define.ts), over the same options. */
  readonly detection: DetectionHints & { readonly choices: Readonly<Record<string, readonly string[]>> };
}

/** A closed set of canonical values. */
/*#__NO_SIDE_EFFECTS__*/
export function choiceKind<const Id extends string, const Value extends string>(spec: ChoiceSpec<Id, Value>): FieldKind & { readonly id: Id } {
  const entries = Object.entries<ChoiceOption>(spec.options);
  const choices = spec.detection.choices;
  return defineKind({
    ...identity(spec, 'choice'),
    normalize(raw) {
      const text = normaliseText(raw);
      return entries.find(([value]) => choices[value]?.includes(text))?.[0] ?? cleanText(raw);
    },
    format: (canonical) => entries.find(([value]) => value === canonical)?.[1].display ?? canonical,
    check: (value) => (value === '' || value in spec.options ? [] : [error('field_error_choice')]),
    detection: spec.detection,
  });
}

const CHECKED = ['true', '1', 'yes', 'on', 'да', 'checked'];
const UNCHECKED = ['false', '0', 'no', 'off', 'нет', 'unchecked'];

/** A tick box: 'true' or 'false'. */
/*#__NO_SIDE_EFFECTS__*/
export function checkboxKind<const Id extends string>(spec: KindBase<Id> & { readonly detection: DetectionHints }): FieldKind & { readonly id: Id } {
  return defineKind({
    ...identity(spec, 'checkbox'),
    normalize(raw) {
      const text = normaliseText(raw);
      return CHECKED.includes(text) ? 'true' : UNCHECKED.includes(text) ? 'false' : cleanText(raw);
    },
    format: (canonical) => canonical,
    check: (value) => (value === '' || value === 'true' || value === 'false' ? [] : [error('field_error_choice')]),
    detection: spec.detection,
  });
}

/* ----------------------------------------------------------------------------------------- */
/* Secrets: recognised so the engine can refuse them; kept exactly as typed.                 */

/*#__NO_SIDE_EFFECTS__*/
export function secretKind<const Id extends string>(
  spec: KindBase<Id> & { readonly detection: DetectionHints; readonly rules?: Rules },
): FieldKind & { readonly id: Id } {
  const rules = spec.rules ?? noRules;
  return defineKind({
    ...identity(spec, 'secret'),
    sensitive: true,
    normalize: (raw) => raw,
    format: (canonical) => canonical,
    check: (value, context) => (value === '' ? [] : rules(value, context)),
    detection: spec.detection,
  });
}
