/**
 * Locking the profile with a passphrase, WebCrypto only (`crypto.subtle`, the same in
 * browsers and Node 20).
 *
 * Two keys: a random AES-256-GCM data key encrypts the data; a key derived from the
 * passphrase (PBKDF2-SHA-256, random 16-byte salt) only wraps the data key. Changing the
 * passphrase therefore re-wraps 32 bytes instead of re-encrypting everything. Every
 * encryption uses a fresh random 12-byte IV: GCM must never see the same IV twice under one key.
 */
import { z } from '../zod';
import type { MessageKey } from '../i18n';
import { base64Length, fromBase64, toBase64 } from './base64';

/** OWASP's 2023 floor for PBKDF2-HMAC-SHA-256. Stored in each vault, so it can grow later. */
export const PBKDF2_ITERATIONS = 600_000;

const SALT_BYTES = 16;
const IV_BYTES = 12;
const DATA_KEY_BITS = 256;
const AES_GCM = 'AES-GCM';

function base64Of(byteCount: number) {
  return z.base64().check(z.length(base64Length(byteCount)));
}

/** Where the data key lives at rest: wrapped by the passphrase-derived key. */
export const vaultSchema = z.object({
  version: z.literal(1),
  kdf: z.object({
    name: z.literal('PBKDF2-SHA-256'),
    iterations: z.int().check(z.positive()),
    salt: base64Of(SALT_BYTES),
  }),
  wrappedKey: z.object({ iv: base64Of(IV_BYTES), ciphertext: z.base64() }),
});
export type Vault = z.infer<typeof vaultSchema>;

/** Encrypted JSON: what a record stores instead of plaintext. */
export const encryptedSchema = z.object({
  version: z.literal(1),
  cipher: z.literal('AES-256-GCM'),
  iv: base64Of(IV_BYTES),
  ciphertext: z.base64(),
});
export type Encrypted = z.infer<typeof encryptedSchema>;

/** The unlocked data key as kept in `storage.session` (see exportSessionKey). */
export const sessionKeySchema = z.object({ version: z.literal(1), key: base64Of(DATA_KEY_BITS / 8) });
export type SessionKey = z.infer<typeof sessionKeySchema>;

export type CryptoError = 'empty-passphrase' | 'wrong-passphrase' | 'undecryptable' | 'invalid-session-key';
export interface CryptoFailure<E extends CryptoError> {
  readonly ok: false;
  readonly error: E;
  readonly message: MessageKey;
}

const MESSAGES: Readonly<Record<CryptoError, MessageKey>> = {
  'empty-passphrase': 'privacy_vault_empty_passphrase',
  'wrong-passphrase': 'privacy_vault_wrong_passphrase',
  undecryptable: 'privacy_vault_undecryptable',
  'invalid-session-key': 'privacy_vault_session_key_invalid',
};

function failure<E extends CryptoError>(error: E): CryptoFailure<E> {
  return { ok: false, error, message: MESSAGES[error] };
}

export interface VaultOptions {
  /** For tests only, to keep them fast; everything else uses PBKDF2_ITERATIONS. */
  readonly iterations?: number;
}

function randomBytes(count: number): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(count));
}

/** NFC, so the same passphrase typed through different keyboards or input methods matches. */
function passphraseBytes(passphrase: string): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(passphrase.normalize('NFC'));
}

async function wrappingKey(passphrase: string, kdf: Vault['kdf']): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', passphraseBytes(passphrase), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: fromBase64(kdf.salt), iterations: kdf.iterations },
    material,
    { name: AES_GCM, length: DATA_KEY_BITS },
    false,
    ['wrapKey', 'unwrapKey'],
  );
}

async function wrap(dataKey: CryptoKey, passphrase: string, options: VaultOptions): Promise<Vault> {
  const kdf = { name: 'PBKDF2-SHA-256', iterations: options.iterations ?? PBKDF2_ITERATIONS, salt: toBase64(randomBytes(SALT_BYTES)) } as const;
  const iv = randomBytes(IV_BYTES);
  const wrapped = await crypto.subtle.wrapKey('raw', dataKey, await wrappingKey(passphrase, kdf), { name: AES_GCM, iv });
  return { version: 1, kdf, wrappedKey: { iv: toBase64(iv), ciphertext: toBase64(new Uint8Array(wrapped)) } };
}

/**
 * The data key is extractable: it has to be, to be wrapped again under a new passphrase and
 * to be parked in `storage.session`. It never leaves the extension in plain form otherwise.
 */
function importDataKey(raw: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', raw, { name: AES_GCM, length: DATA_KEY_BITS }, true, ['encrypt', 'decrypt']);
}

/** A new vault with a new random data key, locked by the passphrase. */
export async function createVault(
  passphrase: string,
  options: VaultOptions = {},
): Promise<{ readonly ok: true; readonly vault: Vault; readonly dataKey: CryptoKey } | CryptoFailure<'empty-passphrase'>> {
  if (passphrase === '') return failure('empty-passphrase');
  const dataKey = await importDataKey(randomBytes(DATA_KEY_BITS / 8));
  return { ok: true, vault: await wrap(dataKey, passphrase, options), dataKey };
}

/**
 * The data key, or `wrong-passphrase`: AES-GCM authenticates the wrapped key, so a wrong
 * passphrase (or a damaged vault, which cannot be told apart) fails here and nothing changes.
 */
export async function unlock(vault: Vault, passphrase: string): Promise<{ readonly ok: true; readonly dataKey: CryptoKey } | CryptoFailure<'wrong-passphrase'>> {
  try {
    const dataKey = await crypto.subtle.unwrapKey(
      'raw',
      fromBase64(vault.wrappedKey.ciphertext),
      await wrappingKey(passphrase, vault.kdf),
      { name: AES_GCM, iv: fromBase64(vault.wrappedKey.iv) },
      { name: AES_GCM, length: DATA_KEY_BITS },
      true,
      ['encrypt', 'decrypt'],
    );
    return { ok: true, dataKey };
  } catch {
    return failure('wrong-passphrase');
  }
}

/**
 * The same data key wrapped under a new passphrase, with a new salt and the current iteration
 * count; the encrypted data stays valid as it is. The caller stores the new vault in place of
 * the old one; a wrong old passphrase changes nothing.
 */
export async function changePassphrase(
  vault: Vault,
  oldPassphrase: string,
  newPassphrase: string,
  options: VaultOptions = {},
): Promise<{ readonly ok: true; readonly vault: Vault } | CryptoFailure<'wrong-passphrase' | 'empty-passphrase'>> {
  if (newPassphrase === '') return failure('empty-passphrase');
  const unlocked = await unlock(vault, oldPassphrase);
  if (!unlocked.ok) return unlocked;
  return { ok: true, vault: await wrap(unlocked.dataKey, newPassphrase, options) };
}

/** Encrypts a JSON-serialisable value under a fresh random IV. */
export async function encryptJson(dataKey: CryptoKey, value: unknown): Promise<Encrypted> {
  const iv = randomBytes(IV_BYTES);
  const plaintext = new TextEncoder().encode(JSON.stringify(value));
  const ciphertext = await crypto.subtle.encrypt({ name: AES_GCM, iv }, dataKey, plaintext);
  return { version: 1, cipher: 'AES-256-GCM', iv: toBase64(iv), ciphertext: toBase64(new Uint8Array(ciphertext)) };
}

/**
 * The decrypted JSON value (still to be parsed by the caller's schema), or `undecryptable`
 * when the GCM tag does not verify: the ciphertext was altered or belongs to another key.
 */
export async function decryptJson(dataKey: CryptoKey, encrypted: Encrypted): Promise<{ readonly ok: true; readonly value: unknown } | CryptoFailure<'undecryptable'>> {
  try {
    const plaintext = await crypto.subtle.decrypt({ name: AES_GCM, iv: fromBase64(encrypted.iv) }, dataKey, fromBase64(encrypted.ciphertext));
    return { ok: true, value: JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(plaintext)) };
  } catch {
    return failure('undecryptable');
  }
}

/**
 * The unlocked data key in a form `storage.session` can hold, so an unlocked profile stays
 * unlocked when the browser stops and restarts the background worker (Manifest V3 does so
 * after about 30 idle seconds).
 *
 * The trade-off: `storage.session` lives in memory only (never written to disk, gone when the
 * browser closes or the extension reloads) and, unless `setAccessLevel` widens it, only the
 * extension's own pages and worker can read it — not content scripts, not web pages. But while
 * unlocked, the raw key sits in the browser's memory, readable by anything that can read the
 * extension's storage (its own devtools, malware with access to the process). Keeping the key
 * only in the worker's memory would instead ask for the passphrase after every idle pause, and
 * a 600,000-round PBKDF2 each time. Locking removes the key from `storage.session`.
 */
export async function exportSessionKey(dataKey: CryptoKey): Promise<SessionKey> {
  const raw = await crypto.subtle.exportKey('raw', dataKey);
  return { version: 1, key: toBase64(new Uint8Array(raw)) };
}

/** Parses what `storage.session` returned; anything else than an exported key → `invalid-session-key`. */
export async function importSessionKey(stored: unknown): Promise<{ readonly ok: true; readonly dataKey: CryptoKey } | CryptoFailure<'invalid-session-key'>> {
  const parsed = z.safeParse(sessionKeySchema, stored);
  if (!parsed.success) return failure('invalid-session-key');
  return { ok: true, dataKey: await importDataKey(fromBase64(parsed.data.key)) };
}
