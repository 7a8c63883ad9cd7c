import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { z } from '../../../lib/zod';
import { changePassphrase, createVault, unlock } from '../../../lib/crypto/vault';
import { defineSealedRecord, type SealedRecord } from '../../../lib/storage/sealed';
import { migration } from '../../../lib/storage/versioned';
import { snapshot } from './faulty-area';

const FAST = { iterations: 1_000 };
const PASSPHRASE = 'синий трамвай в четверг';

const v1 = z.object({ version: z.literal(1), snils: z.string() });
const v2 = z.object({ version: z.literal(2), person: z.object({ snils: z.string() }) });
type V1 = z.infer<typeof v1>;
type V2 = z.infer<typeof v2>;

const PROFILE: V2 = { version: 2, person: { snils: '11223344595' } };
const EMPTY: V2 = { version: 2, person: { snils: '' } };

function sealedV1(): SealedRecord<V1> {
  return defineSealedRecord({ area: browser.storage.local, key: 'profile', payload: { schema: v1 }, empty: { version: 1, snils: '' } });
}

function sealedV2(): SealedRecord<V2> {
  return defineSealedRecord({
    area: browser.storage.local,
    key: 'profile',
    payload: { schema: v2, migrations: [migration(v1, ({ snils }) => ({ version: 2, person: { snils } }))] },
    empty: EMPTY,
  });
}

async function newVault(passphrase = PASSPHRASE) {
  const created = await createVault(passphrase, FAST);
  if (!created.ok) throw new Error(created.error);
  return created;
}

beforeEach(async () => {
  await browser.storage.local.clear();
});

describe('a sealed record', () => {
  it('is empty before anything is written', async () => {
    const { dataKey } = await newVault();
    expect(await sealedV2().locked()).toEqual({ status: 'empty' });
    expect(await sealedV2().open(dataKey)).toEqual({ status: 'empty', value: EMPTY });
  });

  it('stores no plaintext and opens with the key unlocked from its vault', async () => {
    const record = sealedV2();
    expect(await record.write(PROFILE, await newVault())).toEqual({ ok: true });
    expect(JSON.stringify(await snapshot())).not.toContain('11223344595');

    const locked = await record.locked();
    if (locked.status !== 'locked') throw new Error(locked.status);
    const unlocked = await unlock(locked.vault, PASSPHRASE);
    if (!unlocked.ok) throw new Error(unlocked.error);
    expect(await record.open(unlocked.dataKey)).toEqual({ status: 'stored', value: PROFILE });
  });

  it('reports an envelope another key cannot open, and keeps it', async () => {
    const record = sealedV2();
    await record.write(PROFILE, await newVault());
    const before = await snapshot();
    const other = await newVault();
    expect(await record.open(other.dataKey)).toEqual({ status: 'undecryptable', value: EMPTY, message: 'privacy_vault_undecryptable' });
    expect(await snapshot()).toEqual(before);
  });

  it('refuses to write over an envelope the key cannot open', async () => {
    const record = sealedV2();
    await record.write(PROFILE, await newVault());
    const before = await snapshot();
    expect(await record.write(EMPTY, await newVault())).toEqual({
      ok: false,
      error: 'undecryptable',
      message: 'privacy_storage_write_blocked_undecryptable',
    });
    expect(await snapshot()).toEqual(before);
  });

  it('starts over after an explicit erase', async () => {
    const record = sealedV2();
    await record.write(PROFILE, await newVault());
    expect(await record.erase()).toEqual({ ok: true });
    const fresh = await newVault('новая фраза');
    expect(await record.write(EMPTY, fresh)).toEqual({ ok: true });
    expect(await record.open(fresh.dataKey)).toEqual({ status: 'stored', value: EMPTY });
  });

  it('keeps its data through a passphrase change', async () => {
    const record = sealedV2();
    const first = await newVault();
    await record.write(PROFILE, first);
    const changed = await changePassphrase(first.vault, PASSPHRASE, 'другая фраза', FAST);
    if (!changed.ok) throw new Error(changed.error);
    expect(await record.write(PROFILE, { vault: changed.vault, dataKey: first.dataKey })).toEqual({ ok: true });

    const locked = await record.locked();
    if (locked.status !== 'locked') throw new Error(locked.status);
    expect((await unlock(locked.vault, PASSPHRASE)).ok).toBe(false);
    const unlocked = await unlock(locked.vault, 'другая фраза');
    if (!unlocked.ok) throw new Error(unlocked.error);
    expect(await record.open(unlocked.dataKey)).toEqual({ status: 'stored', value: PROFILE });
  });

  it('migrates the decrypted payload', async () => {
    const keys = await newVault();
    await sealedV1().write({ version: 1, snils: '98765432183' }, keys);
    expect(await sealedV2().open(keys.dataKey)).toEqual({ status: 'stored', value: { version: 2, person: { snils: '98765432183' } } });
  });

  it('does not open a payload from a newer version', async () => {
    const keys = await newVault();
    await sealedV2().write(PROFILE, keys);
    expect(await sealedV1().open(keys.dataKey)).toEqual({ status: 'unreadable', value: { version: 1, snils: '' }, message: 'privacy_storage_unreadable_future' });
  });

  it('recovers the previous envelope when the current one is damaged', async () => {
    const record = sealedV2();
    const keys = await newVault();
    await record.write({ version: 2, person: { snils: '11223344595' } }, keys);
    await record.write({ version: 2, person: { snils: '98765432183' } }, keys);
    await browser.storage.local.set({ profile: 'повреждено' });
    expect(await record.locked()).toMatchObject({ status: 'locked', message: 'privacy_storage_recovered_damaged' });
    expect(await record.open(keys.dataKey)).toEqual({ status: 'recovered', value: PROFILE, message: 'privacy_storage_recovered_damaged' });
  });

  it('refuses a payload that does not match its schema', async () => {
    const invalid: unknown = { version: 2, person: {} };
    expect(await sealedV2().write(invalid as V2, await newVault())).toMatchObject({ ok: false, error: 'invalid' });
    expect(await snapshot()).toEqual({});
  });
});
