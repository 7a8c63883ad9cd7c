/**
 * CRC-32 (IEEE 802.3, the zip/PNG one) of a text's UTF-8 bytes, as 8 hex digits. It catches
 * what a JSON parser and a schema cannot: a flipped bit that turns one valid digit of a
 * passport number into another.
 */

const POLYNOMIAL = 0xedb88320;

const TABLE: readonly number[] = Array.from({ length: 256 }, (_, byte) => {
  let value = byte;
  for (let bit = 0; bit < 8; bit += 1) value = value & 1 ? (value >>> 1) ^ POLYNOMIAL : value >>> 1;
  return value >>> 0;
});

export const CHECKSUM_LENGTH = 8;

export function crc32Hex(text: string): string {
  let crc = 0xffffffff;
  for (const byte of new TextEncoder().encode(text)) crc = (TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return ((crc ^ 0xffffffff) >>> 0).toString(16).padStart(CHECKSUM_LENGTH, '0');
}
