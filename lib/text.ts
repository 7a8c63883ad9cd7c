/**
 * Text clean-up shared by field rules and page detection. Pure, never throws.
 *
 * Digits: the portal accepts ASCII digits only. A person may still produce other decimal
 * digits without noticing — full-width ones from a CJK input method, Arabic-Indic ones from an
 * Arabic keyboard layout — and their meaning is unambiguous, so `toAsciiDigits` maps those three
 * blocks to ASCII before any rule looks at a value. Other scripts' digits are left alone and the
 * rules report them as characters that do not belong.
 */

/** Zero-width characters and bidirectional marks: invisible leftovers of copy and paste. */
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
/** Any run of white space, including the no-break and narrow spaces the portal's labels use. */
const WHITE_SPACE = /[\s\u00A0\u2007\u202F]+/g;
/** The zeros of the digit blocks `toAsciiDigits` understands: full-width, Arabic-Indic, Eastern Arabic-Indic. */
const FOREIGN_ZEROS = [0xff10, 0x0660, 0x06f0] as const;
const FOREIGN_DIGIT = /[\uFF10-\uFF19\u0660-\u0669\u06F0-\u06F9]/g;

/** Drops invisible characters, turns every kind of space into one plain space, trims. Keeps case. */
export function cleanText(raw: string): string {
  return raw.replace(INVISIBLE, '').replace(WHITE_SPACE, ' ').trim();
}

/**
 * The comparable form of a label, option or placeholder text: cleaned, lower case, ё → е, with
 * the trailing required-marks and colons the portal adds («Фамилия *:» → «фамилия»).
 */
export function normaliseText(raw: string): string {
  return cleanText(raw)
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[\s*:]+$/, '');
}

/** Full-width and Arabic-Indic digits become ASCII digits; everything else is unchanged. */
export function toAsciiDigits(raw: string): string {
  return raw.replace(FOREIGN_DIGIT, (digit) => {
    const code = digit.charCodeAt(0);
    const zero = FOREIGN_ZEROS.find((candidate) => code >= candidate && code <= candidate + 9) ?? code;
    return String(code - zero);
  });
}

/** The ASCII digits of a text (after `toAsciiDigits`), in order. */
export function digitsOf(raw: string): string {
  return toAsciiDigits(raw).replace(/[^0-9]/g, '');
}
