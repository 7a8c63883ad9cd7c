/** Bytes ↔ base64 text, for keys and ciphertexts stored as JSON. */

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** Expects text already checked as base64 (the schemas do); returns the bytes. */
export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(atob(text), (character) => character.charCodeAt(0));
}

/** The length of the base64 text for a given number of bytes, padding included. */
export function base64Length(byteCount: number): number {
  return 4 * Math.ceil(byteCount / 3);
}
