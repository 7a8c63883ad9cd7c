import { describe, expect, it } from 'vitest';
import {
  PBKDF2_ITERATIONS,
  changePassphrase,
  createVault,
  decryptJson,
  encryptJson,
  exportSessionKey,
  importSessionKey,
  unlock,
  vaultSchema,
  encryptedSchema,
  type Encrypted,
  type Vault,
} from '../../../lib/crypto/vault';
import { fromBase64, toBase64 } from '../../../lib/crypto/base64';
import { z } from '../../../lib/zod';

/** Tests derive keys with few rounds; one test below runs the real count. */
const FAST = { iterations: 1_000 };
const PROFILE = { version: 1, lastName: 'Иванова', snils: '11223344595', passport: { series: '6900', number: '123456' } };

async function newVault(passphrase = 'верблюд-лампа-07') {
  const created = await createVault(passphrase, FAST);
  if (!created.ok) throw new Error(created.error);
  return created;
}

function flipLastByte(base64: string): string {
  const bytes = fromBase64(base64);
  bytes[bytes.length - 1] = (bytes.at(-1) ?? 0) ^ 0x01;
  return toBase64(bytes);
}

describe('the vault', () => {
  it('uses at least 600,000 PBKDF2 rounds unless a test asks for fewer', async () => {
    expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    const created = await createVault('пароль дня');
    if (!created.ok) throw new Error(created.error);
    expect(created.vault.kdf.iterations).toBe(PBKDF2_ITERATIONS);
    expect((await unlock(created.vault, 'пароль дня')).ok).toBe(true);
    expect((await unlock(created.vault, 'пароль ночи')).ok).toBe(false);
  });

  it('is a valid vault by its own schema, with a 16-byte salt', async () => {
    const { vault } = await newVault();
    expect(z.safeParse(vaultSchema, vault).success).toBe(true);
    expect(fromBase64(vault.kdf.salt)).toHaveLength(16);
    expect(fromBase64(vault.wrappedKey.iv)).toHaveLength(12);
  });

  it('refuses an empty passphrase', async () => {
    expect(await createVault('', FAST)).toEqual({ ok: false, error: 'empty-passphrase', message: 'privacy_vault_empty_passphrase' });
  });

  it('unlocks with the right passphrase to the same data key', async () => {
    const { vault, dataKey } = await newVault();
    const sealed = await encryptJson(dataKey, PROFILE);
    const unlocked = await unlock(vault, 'верблюд-лампа-07');
    if (!unlocked.ok) throw new Error(unlocked.error);
    expect(await decryptJson(unlocked.dataKey, sealed)).toEqual({ ok: true, value: PROFILE });
  });

  it('matches a passphrase typed in another Unicode normal form', async () => {
    const { vault } = await newVault('ёлка'.normalize('NFC'));
    expect((await unlock(vault, 'ёлка'.normalize('NFD'))).ok).toBe(true);
  });

  it('says so on a wrong passphrase and leaves the vault as it was', async () => {
    const { vault } = await newVault();
    const before = structuredClone(vault);
    expect(await unlock(vault, 'верблюд-лампа-08')).toEqual({ ok: false, error: 'wrong-passphrase', message: 'privacy_vault_wrong_passphrase' });
    expect(vault).toEqual(before);
  });

  it('salts every vault differently', async () => {
    const [first, second] = await Promise.all([newVault(), newVault()]);
    expect(first.vault.kdf.salt).not.toBe(second.vault.kdf.salt);
  });
});

describe('encryptJson / decryptJson', () => {
  it('round-trips a value', async () => {
    const { dataKey } = await newVault();
    const sealed = await encryptJson(dataKey, PROFILE);
    expect(z.safeParse(encryptedSchema, sealed).success).toBe(true);
    expect(JSON.stringify(sealed)).not.toContain('Иванова');
    expect(await decryptJson(dataKey, sealed)).toEqual({ ok: true, value: PROFILE });
  });

  it('uses a fresh IV and so a different ciphertext every time', async () => {
    const { dataKey } = await newVault();
    const sealed = await Promise.all(Array.from({ length: 20 }, () => encryptJson(dataKey, PROFILE)));
    expect(new Set(sealed.map((item) => item.iv)).size).toBe(20);
    expect(new Set(sealed.map((item) => item.ciphertext)).size).toBe(20);
    for (const item of sealed) expect(fromBase64(item.iv)).toHaveLength(12);
  });

  it.each<[string, (sealed: Encrypted) => Encrypted]>([
    ['a flipped ciphertext bit', (sealed) => ({ ...sealed, ciphertext: flipLastByte(sealed.ciphertext) })],
    ['a flipped IV bit', (sealed) => ({ ...sealed, iv: flipLastByte(sealed.iv) })],
    ['a truncated ciphertext', (sealed) => ({ ...sealed, ciphertext: toBase64(fromBase64(sealed.ciphertext).slice(0, 10)) })],
  ])('reports %s as undecryptable', async (_, tamper) => {
    const { dataKey } = await newVault();
    const sealed = await encryptJson(dataKey, PROFILE);
    expect(await decryptJson(dataKey, tamper(sealed))).toEqual({ ok: false, error: 'undecryptable', message: 'privacy_vault_undecryptable' });
  });

  it('reports a ciphertext of another key as undecryptable', async () => {
    const [mine, theirs] = await Promise.all([newVault(), newVault()]);
    const sealed = await encryptJson(theirs.dataKey, PROFILE);
    expect((await decryptJson(mine.dataKey, sealed)).ok).toBe(false);
  });
});

describe('changePassphrase', () => {
  async function changed(vault: Vault) {
    const result = await changePassphrase(vault, 'верблюд-лампа-07', 'новая фраза', FAST);
    if (!result.ok) throw new Error(result.error);
    return result.vault;
  }

  it('re-wraps the same data key: old data opens with the new passphrase only', async () => {
    const { vault, dataKey } = await newVault();
    const sealed = await encryptJson(dataKey, PROFILE);
    const next = await changed(vault);
    expect(next.kdf.salt).not.toBe(vault.kdf.salt);
    expect((await unlock(next, 'верблюд-лампа-07')).ok).toBe(false);
    const unlocked = await unlock(next, 'новая фраза');
    if (!unlocked.ok) throw new Error(unlocked.error);
    expect(await decryptJson(unlocked.dataKey, sealed)).toEqual({ ok: true, value: PROFILE });
  });

  it('changes nothing on a wrong old passphrase', async () => {
    const { vault } = await newVault();
    const before = structuredClone(vault);
    expect(await changePassphrase(vault, 'не та', 'новая фраза', FAST)).toMatchObject({ ok: false, error: 'wrong-passphrase' });
    expect(vault).toEqual(before);
    expect((await unlock(vault, 'верблюд-лампа-07')).ok).toBe(true);
  });

  it('refuses an empty new passphrase', async () => {
    const { vault } = await newVault();
    expect(await changePassphrase(vault, 'верблюд-лампа-07', '', FAST)).toMatchObject({ ok: false, error: 'empty-passphrase' });
  });
});

describe('the session key', () => {
  it('survives a trip through storage.session as JSON', async () => {
    const { dataKey } = await newVault();
    const sealed = await encryptJson(dataKey, PROFILE);
    const stored: unknown = JSON.parse(JSON.stringify(await exportSessionKey(dataKey)));
    const imported = await importSessionKey(stored);
    if (!imported.ok) throw new Error(imported.error);
    expect(await decryptJson(imported.dataKey, sealed)).toEqual({ ok: true, value: PROFILE });
  });

  it.each([undefined, null, {}, { version: 1, key: 'short' }, { version: 2, key: toBase64(new Uint8Array(32)) }, 'key'])(
    'refuses %j',
    async (stored) => {
      expect(await importSessionKey(stored)).toEqual({ ok: false, error: 'invalid-session-key', message: 'privacy_vault_session_key_invalid' });
    },
  );
});
