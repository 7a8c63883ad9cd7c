/**
 * The contract every kind of field implements. A field kind is everything the project knows
 * about one thing the portal asks for: how to read what a person typed, how the portal shows
 * it, what is wrong with it, and how to recognise its input on a page. Values are strings in
 * every layer (a checkbox is 'true' / 'false'), so the engine handles all kinds the same way.
 */
import type { MessageKey } from '../i18n';

export type Severity = 'error' | 'warning';

/** One finding about a value. `error` blocks saving and filling; `warning` only informs. */
export interface FieldIssue {
  readonly severity: Severity;
  /** The i18n key of the message (public/_locales/<locale>/messages.json). */
  readonly message: MessageKey;
  /** Substitutions for `$1`, `$2`… in the message. */
  readonly params?: readonly (string | number)[];
  /** A corrected value to offer (e.g. Latin look-alikes in a Cyrillic name converted). */
  readonly fix?: string;
}

/** What a check may consult beyond the value itself. */
export interface CheckContext {
  /** "Today" for date rules; injected so tests are deterministic. */
  readonly today: Date;
  /** Other canonical values known at the time (profile or page), keyed by field kind id. */
  readonly related: Readonly<Partial<Record<string, string>>>;
}

/** How the value is entered on the portal; the fill engine chooses its strategy by this. */
export type InputStyle =
  | 'text'
  | 'masked' // digits through a mask such as +7 (XXX) XXX-XX-XX
  | 'date' // typed as дд.мм.гггг into a date picker
  | 'choice' // <select> or a custom dropdown; see DetectionHints.choices
  | 'checkbox'
  | 'secret'; // password, one-time code, captcha: never filled from the profile

/**
 * Portal words and names that identify the field, as data. Texts are stored normalised
 * (lower case, ё → е, single spaces) — see lib/text.ts — so they compare directly.
 */
export interface DetectionHints {
  /** `autocomplete` tokens (e.g. 'family-name', 'tel-national'). */
  readonly autocomplete?: readonly string[];
  /** Exact ids, names and `formcontrolname`s seen on the portal and in public code, lower case. */
  readonly names?: readonly string[];
  /** Label, aria-label and placeholder texts (normalised). A text matches when it equals one of these or starts with it. */
  readonly labels?: readonly string[];
  /** Texts that look like a label of this kind but are not (e.g. «фамилия врача»), normalised. */
  readonly notLabels?: readonly string[];
  /** The portal's mask, X for a digit, e.g. '+7 (XXX) XXX-XX-XX'. */
  readonly mask?: string;
  /** For choices: canonical value → the option texts or values that mean it (normalised). */
  readonly choices?: Readonly<Record<string, readonly string[]>>;
}

/** One canonical value of a choice kind. */
export interface ChoiceOption {
  /** The option text as the portal shows it; `format` returns it. */
  readonly display: string;
  /** Other texts and values that mean this option (normalised). */
  readonly synonyms: readonly string[];
}

export interface FieldKind {
  /** Stable id, camelCase, used as the key in fill plans, profile paths and messages. */
  readonly id: string;
  /** i18n key of the field's name as a person reads it («СНИЛС»). */
  readonly label: MessageKey;
  readonly input: InputStyle;
  /** Passport and SNILS data: shown partly masked in previews. */
  readonly sensitive: boolean;
  /** What the user typed → canonical value. Never throws; returns the best canonical form it can. */
  normalize(raw: string): string;
  /** Canonical value → the form the portal displays (e.g. '112-233-445 95'). */
  format(canonical: string): string;
  /** Findings about a canonical value; an empty list means valid. Never throws. */
  check(canonical: string, context: CheckContext): readonly FieldIssue[];
  readonly detection: DetectionHints;
}
