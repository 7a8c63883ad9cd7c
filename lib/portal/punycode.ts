/**
 * Punycode decoding (RFC 3492) for host labels. The URL parser turns a host written with
 * Cyrillic or Greek letters into `xn--…` labels; look-alike detection has to see the letters
 * again. `node:punycode` is not available in the extension bundle, hence this small decoder.
 */

const BASE = 36;
const T_MIN = 1;
const T_MAX = 26;
const SKEW = 38;
const DAMP = 700;
const INITIAL_BIAS = 72;
const INITIAL_N = 0x80;
const DELIMITER = '-';
const MAX_CODE_POINT = 0x10ffff;
const ACE_PREFIX = 'xn--';

/** RFC 3492 §6.1: the bias adaptation after each decoded code point. */
function adapt(delta: number, pointCount: number, firstTime: boolean): number {
  let scaled = Math.floor(delta / (firstTime ? DAMP : 2));
  scaled += Math.floor(scaled / pointCount);
  let k = 0;
  while (scaled > ((BASE - T_MIN) * T_MAX) >> 1) {
    scaled = Math.floor(scaled / (BASE - T_MIN));
    k += BASE;
  }
  return k + Math.floor(((BASE - T_MIN + 1) * scaled) / (scaled + SKEW));
}

/** A basic code point as a digit: a–z / A–Z are 0–25, 0–9 are 26–35; anything else is not a digit. */
function digitValue(codeUnit: number): number | undefined {
  if (codeUnit >= 0x61 && codeUnit <= 0x7a) return codeUnit - 0x61;
  if (codeUnit >= 0x41 && codeUnit <= 0x5a) return codeUnit - 0x41;
  if (codeUnit >= 0x30 && codeUnit <= 0x39) return codeUnit - 0x30 + 26;
  return undefined;
}

/**
 * Decodes a Punycode string (without the `xn--` prefix) to Unicode.
 * Returns undefined for anything that is not valid Punycode (a non-basic code point, a bad
 * digit, an overflow, a truncated variable-length integer) instead of throwing.
 */
export function decodePunycode(input: string): string | undefined {
  // RFC 3492 §6.2: the basic code points are those before the last delimiter; a delimiter at
  // the very start is not one (there is nothing before it) and is read as an ordinary digit.
  const delimiterAt = input.lastIndexOf(DELIMITER);
  const basic = delimiterAt > 0 ? input.slice(0, delimiterAt) : '';
  for (let index = 0; index < basic.length; index += 1) {
    if (basic.charCodeAt(index) >= 0x80) return undefined;
  }
  const output = Array.from(basic, (character) => character.codePointAt(0) ?? 0);
  let n = INITIAL_N;
  let bias = INITIAL_BIAS;
  let i = 0;
  let position = delimiterAt > 0 ? delimiterAt + 1 : 0;
  while (position < input.length) {
    const previousI = i;
    let weight = 1;
    for (let k = BASE; ; k += BASE) {
      if (position >= input.length) return undefined;
      const digit = digitValue(input.charCodeAt(position));
      position += 1;
      if (digit === undefined) return undefined;
      i += digit * weight;
      if (i > Number.MAX_SAFE_INTEGER) return undefined;
      const threshold = k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias;
      if (digit < threshold) break;
      weight *= BASE - threshold;
      if (weight > Number.MAX_SAFE_INTEGER) return undefined;
    }
    const length = output.length + 1;
    bias = adapt(i - previousI, length, previousI === 0);
    n += Math.floor(i / length);
    if (n > MAX_CODE_POINT) return undefined;
    i %= length;
    output.splice(i, 0, n);
    i += 1;
  }
  return String.fromCodePoint(...output);
}

/**
 * A host name with each `xn--` label decoded. A label that is not valid Punycode stays as it
 * was: the caller still sees the ASCII form rather than nothing.
 */
export function decodeHostLabels(labels: readonly string[]): string[] {
  return labels.map((label) => {
    if (!label.toLowerCase().startsWith(ACE_PREFIX)) return label;
    return decodePunycode(label.slice(ACE_PREFIX.length)) ?? label;
  });
}
