import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { encode } from 'node:punycode';
import { decodeHostLabels, decodePunycode } from '../../../lib/portal/punycode';

describe('decodePunycode', () => {
  it.each([
    ['egbpdaj6bu4bxfgehfvwxn', 'ليهمابتكلموشعربي؟'], // RFC 3492 §7.1 (A), Arabic
    ['b1abfaaepdrnnbgefbaDotcwatmq2g4l', 'почемужеонинеговорятпорусски'], // (K), Russian, mixed-case digits
    ['3B-ww4c5e180e575a65lsy2b', '3年B組金八先生'], // (L), basic code points before the delimiter
    ['-> $1.00 <--', '-> $1.00 <-'], // (S), only basic code points
    ['c1aapkosapc', 'госуслуги'],
    ['gsuslugi-nbh', 'gоsuslugi'],
  ])('decodes %s', (encoded, decoded) => {
    expect(decodePunycode(encoded)).toBe(decoded);
  });

  it.each([
    ['9', 'a truncated variable-length integer'],
    ['b1abfaaepdrnnbgefbadotcwatmq2g4', 'the Russian sample without its last digit'],
    ['zzzzzzzzzzzzzzzzzzzz', 'an overflow'],
    ['-', 'a delimiter with nothing before it, read as a digit'],
    ['ж-abc', 'a non-basic code point before the delimiter'],
    ['ab-c!', 'a character that is not a digit'],
  ])('refuses %s (%s)', (encoded) => {
    expect(decodePunycode(encoded)).toBeUndefined();
  });

  it('inverts the reference encoder for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (text) => {
        expect(decodePunycode(encode(text))).toBe(text);
      }),
      { numRuns: 300 },
    );
  });
});

describe('decodeHostLabels', () => {
  it('decodes what the URL parser encodes', () => {
    const labels = new URL('https://esia.госуслуги.рф/').hostname.split('.');
    expect(labels).toEqual(['esia', 'xn--c1aapkosapc', 'xn--p1ai']);
    expect(decodeHostLabels(labels)).toEqual(['esia', 'госуслуги', 'рф']);
  });

  it('keeps a label that is not valid Punycode as it was', () => {
    expect(decodeHostLabels(['xn--9', 'ru'])).toEqual(['xn--9', 'ru']);
  });
});
