import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { z } from '../../../lib/zod';
import { t } from '../../../lib/i18n';
import { defineRecord, type StoredRecord } from '../../../lib/storage/record';
import { defineVersioned, migration } from '../../../lib/storage/versioned';
import { crc32Hex } from '../../../lib/storage/checksum';
import type { StorageArea } from '../../../lib/storage/area';
import { faultyArea, snapshot } from './faulty-area';

/** A test-local record at version 3, with a migration chain from version 1. */
const v1 = z.object({ version: z.literal(1), name: z.string() });
const v2 = z.object({ version: z.literal(2), lastName: z.string(), firstName: z.string() });
const v3 = z.object({ version: z.literal(3), person: z.object({ lastName: z.string(), firstName: z.string() }), passport: z.string().check(z.regex(/^\d{10}$/)) });
type Current = z.infer<typeof v3>;

const migrations = [
  migration(v1, ({ name }) => {
    const [lastName = '', firstName = ''] = name.split(' ');
    return { version: 2, lastName, firstName };
  }),
  migration(v2, ({ lastName, firstName }) => ({ version: 3, person: { lastName, firstName }, passport: '0000000000' })),
];

const EMPTY: Current = { version: 3, person: { lastName: '', firstName: '' }, passport: '0000000000' };
const FIRST: Current = { version: 3, person: { lastName: 'Иванова', firstName: 'Анна' }, passport: '6900123456' };
const SECOND: Current = { version: 3, person: { lastName: 'Петров', firstName: 'Пётр' }, passport: '6901654321' };

function recordOver(area: StorageArea): StoredRecord<Current> {
  return defineRecord({ area, key: 'person', schema: v3, migrations, empty: EMPTY });
}

/** A copy as the record frames it: checksum, then JSON. */
function framed(value: unknown): string {
  const json = JSON.stringify(value);
  return crc32Hex(json) + json;
}

async function stored(key: string): Promise<unknown> {
  return (await browser.storage.local.get(key))[key];
}

beforeEach(async () => {
  await browser.storage.local.clear();
});

describe('read', () => {
  it('gives the empty value, without a message, when nothing is stored', async () => {
    expect(await recordOver(browser.storage.local).read()).toEqual({ status: 'empty', value: EMPTY });
  });

  it('gives back what was written', async () => {
    const record = recordOver(browser.storage.local);
    expect(await record.write(FIRST)).toEqual({ ok: true });
    expect(await record.read()).toEqual({ status: 'stored', value: FIRST });
  });

  it('keeps the previous copy as the backup and no staging copy', async () => {
    const record = recordOver(browser.storage.local);
    await record.write(FIRST);
    await record.write(SECOND);
    expect(await snapshot()).toEqual({ person: framed(SECOND), 'person.backup': framed(FIRST) });
  });

  describe.each<[string, (copy: string) => unknown]>([
    ['truncated JSON', (copy) => copy.slice(0, -7)],
    ['a flipped digit that keeps the JSON and the schema valid', (copy) => copy.replace('6901654321', '6901654331')],
    ['a flipped bit in the checksum', (copy) => (copy.startsWith('0') ? '1' : '0') + copy.slice(1)],
    ['text that is not JSON', () => 'это не JSON'],
    ['an empty string', () => ''],
    ['an empty object', () => ({})],
    ['a number', () => 42],
    ['an object of the right shape that was never framed', () => SECOND],
    ['a schema-invalid value', () => framed({ version: 3, person: { lastName: 'Петров' }, passport: '123' })],
    ['a value without a version', () => framed({ person: SECOND.person, passport: SECOND.passport })],
    ['a value with a version that is not a number', () => framed({ ...SECOND, version: '3' })],
    ['a version-1 value of the wrong shape', () => framed({ version: 1, name: 17 })],
  ])('when the current copy is %s', (_, damage) => {
    async function damagedAfterTwoWrites() {
      const record = recordOver(browser.storage.local);
      await record.write(FIRST);
      await record.write(SECOND);
      await browser.storage.local.set({ person: damage(framed(SECOND)) });
      return record;
    }

    it('recovers the previous good copy and says so', async () => {
      const record = await damagedAfterTwoWrites();
      const result = await record.read();
      expect(result).toEqual({ status: 'recovered', value: FIRST, message: 'privacy_storage_recovered_damaged' });
    });

    it('reports it unreadable without a backup, and leaves it stored', async () => {
      const record = await damagedAfterTwoWrites();
      await browser.storage.local.remove('person.backup');
      const before = await snapshot();
      expect(await record.read()).toEqual({ status: 'unreadable', value: EMPTY, message: 'privacy_storage_unreadable_damaged' });
      expect(await snapshot()).toEqual(before);
    });

    it('saves over it, keeping the good backup', async () => {
      const record = await damagedAfterTwoWrites();
      expect(await record.write(SECOND)).toEqual({ ok: true });
      expect(await snapshot()).toEqual({ person: framed(SECOND), 'person.backup': framed(FIRST) });
    });
  });

  it('treats a null read as damage, not as nothing stored', async () => {
    const { area, faults } = faultyArea();
    const record = recordOver(area);
    await record.write(FIRST);
    await record.write(SECOND);
    faults.alterRead.set('person', () => null);
    expect(await record.read()).toEqual({ status: 'recovered', value: FIRST, message: 'privacy_storage_recovered_damaged' });
    faults.alterRead.set('person.backup', () => null);
    expect(await record.read()).toEqual({ status: 'unreadable', value: EMPTY, message: 'privacy_storage_unreadable_damaged' });
  });

  it('recovers from the backup when the current copy is missing', async () => {
    const record = recordOver(browser.storage.local);
    await record.write(FIRST);
    await record.write(SECOND);
    await browser.storage.local.remove('person');
    expect(await record.read()).toMatchObject({ status: 'recovered', value: FIRST });
  });

  it('reports a failing area as unreadable, not as empty', async () => {
    const { area, faults } = faultyArea();
    const record = recordOver(area);
    await record.write(FIRST);
    faults.failGet = true;
    expect(await record.read()).toEqual({ status: 'unreadable', value: EMPTY, message: 'privacy_storage_read_failed' });
  });

  it('has messages in Russian', async () => {
    await browser.storage.local.set({ person: 'мусор' });
    const result = await recordOver(browser.storage.local).read();
    expect(result.status === 'unreadable' && t(result.message)).toMatch(/^Сохранённые данные повреждены/);
  });
});

describe('a copy from a newer version of the extension', () => {
  const FUTURE = framed({ version: 4, person: { lastName: 'Иванова', firstName: 'Анна', patronymic: 'Сергеевна' } });

  it('is not read; the previous copy is, with a message to update', async () => {
    const record = recordOver(browser.storage.local);
    await record.write(FIRST);
    await record.write(SECOND);
    await browser.storage.local.set({ person: FUTURE });
    expect(await record.read()).toEqual({ status: 'recovered', value: FIRST, message: 'privacy_storage_recovered_future' });
  });

  it('without a backup is unreadable, with a message to update', async () => {
    await browser.storage.local.set({ person: FUTURE });
    expect(await recordOver(browser.storage.local).read()).toEqual({ status: 'unreadable', value: EMPTY, message: 'privacy_storage_unreadable_future' });
  });

  it('is never overwritten', async () => {
    const record = recordOver(browser.storage.local);
    await browser.storage.local.set({ person: FUTURE, 'person.backup': framed(FIRST) });
    const before = await snapshot();
    expect(await record.write(SECOND)).toEqual({ ok: false, error: 'future-version', message: 'privacy_storage_write_blocked_future' });
    expect(await snapshot()).toEqual(before);
  });
});

describe('migrations', () => {
  it('upgrades a stored version-1 copy through every step', async () => {
    await browser.storage.local.set({ person: framed({ version: 1, name: 'Сидоров Иван' }) });
    expect(await recordOver(browser.storage.local).read()).toEqual({
      status: 'stored',
      value: { version: 3, person: { lastName: 'Сидоров', firstName: 'Иван' }, passport: '0000000000' },
    });
  });

  it('upgrades a version-2 copy from the second step on, leaving storage as it was until the next write', async () => {
    const copy = framed({ version: 2, lastName: 'Сидоров', firstName: 'Иван' });
    await browser.storage.local.set({ person: copy });
    const record = recordOver(browser.storage.local);
    expect(await record.read()).toMatchObject({ status: 'stored', value: { person: { lastName: 'Сидоров', firstName: 'Иван' } } });
    expect(await stored('person')).toBe(copy);
  });

  it('upgrades an old backup too', async () => {
    await browser.storage.local.set({ person: 'обрывок', 'person.backup': framed({ version: 1, name: 'Сидоров Иван' }) });
    expect(await recordOver(browser.storage.local).read()).toMatchObject({ status: 'recovered', value: { version: 3, person: { lastName: 'Сидоров' } } });
  });

  it('treats a step that throws as damage', async () => {
    const throwing = defineVersioned({
      schema: v2,
      migrations: [
        migration(v1, () => {
          throw new Error('bug in a step');
        }),
      ],
    });
    expect(throwing.decode({ version: 1, name: 'Сидоров Иван' })).toEqual({ ok: false, problem: 'damaged' });
  });

  it('refuses a definition whose steps do not lead to the current version', () => {
    expect(() => defineVersioned({ schema: v3, migrations: [migrations[0]!] })).toThrow(RangeError);
    expect(() => defineVersioned({ schema: v3, migrations: [migrations[1]!, migrations[0]!] })).toThrow(RangeError);
    expect(() => defineVersioned({ schema: v1, migrations })).toThrow(RangeError);
    expect(defineVersioned({ schema: v1 }).version).toBe(1);
  });
});

describe('write', () => {
  it('refuses a value that does not match the schema and changes nothing', async () => {
    const record = recordOver(browser.storage.local);
    await record.write(FIRST);
    const before = await snapshot();
    const invalid: unknown = { ...SECOND, passport: '69' };
    expect(await record.write(invalid as Current)).toEqual({ ok: false, error: 'invalid', message: 'privacy_storage_write_invalid' });
    expect(await snapshot()).toEqual(before);
  });

  it.each(['person.staging', 'person.backup', 'person'])('keeps the old copy when setting %s throws', async (failingKey) => {
    const { area, faults } = faultyArea();
    const record = recordOver(area);
    await record.write(FIRST);
    faults.failSet.add(failingKey);
    expect(await record.write(SECOND)).toEqual({ ok: false, error: 'area-failed', message: 'privacy_storage_write_failed' });
    expect(await record.read()).toEqual({ status: 'stored', value: FIRST });
  });

  it('keeps the old copy when the staged copy reads back different', async () => {
    const { area, faults } = faultyArea();
    const record = recordOver(area);
    await record.write(FIRST);
    const before = await snapshot();
    faults.alterRead.set('person.staging', (copy) => `${String(copy)} `);
    expect(await record.write(SECOND)).toEqual({ ok: false, error: 'unverified', message: 'privacy_storage_write_unverified' });
    expect((await snapshot()).person).toBe(before.person);
    expect(await record.read()).toEqual({ status: 'stored', value: FIRST });
  });

  it('puts the old copy back when the committed copy reads back different', async () => {
    const { area, faults } = faultyArea();
    const record = recordOver(area);
    await record.write(FIRST);
    const before = await snapshot();
    let reads = 0;
    // The first read of the current copy is write's own look at it; the second is the check after committing.
    faults.alterRead.set('person', (copy) => ((reads += 1) === 2 ? 'не то' : copy));
    expect(await record.write(SECOND)).toMatchObject({ ok: false, error: 'unverified' });
    expect((await snapshot()).person).toBe(before.person);
    faults.alterRead.clear();
    expect(await record.read()).toEqual({ status: 'stored', value: FIRST });
  });

  it('runs two quick writes one after the other', async () => {
    const record = recordOver(browser.storage.local);
    const results = await Promise.all([record.write(FIRST), record.write(SECOND)]);
    expect(results).toEqual([{ ok: true }, { ok: true }]);
    expect(await snapshot()).toEqual({ person: framed(SECOND), 'person.backup': framed(FIRST) });
  });

  it('reads the old or the new value whenever a write dies midway, even with a torn copy', async () => {
    for (let crashAt = 1; crashAt <= 3; crashAt += 1) {
      await browser.storage.local.clear();
      const { area, faults } = faultyArea();
      const record = recordOver(area);
      await record.write(FIRST);
      faults.setsUntilCrash = crashAt;
      expect((await record.write(SECOND)).ok, `crash at set ${crashAt}`).toBe(false);
      const after = await recordOver(browser.storage.local).read();
      expect(after.status === 'stored' || after.status === 'recovered', `crash at set ${crashAt}`).toBe(true);
      expect([FIRST, SECOND], `crash at set ${crashAt}`).toContainEqual(after.value);
    }
  });
});

describe('erase', () => {
  it('removes every copy', async () => {
    const record = recordOver(browser.storage.local);
    await record.write(FIRST);
    await record.write(SECOND);
    await browser.storage.local.set({ unrelated: 'kept' });
    expect(await record.erase()).toEqual({ ok: true });
    expect(await snapshot()).toEqual({ unrelated: 'kept' });
    expect(await record.read()).toEqual({ status: 'empty', value: EMPTY });
  });
});

describe('crc32Hex', () => {
  it('is the standard CRC-32 of the UTF-8 bytes', () => {
    expect(crc32Hex('123456789')).toBe('cbf43926');
    expect(crc32Hex('')).toBe('00000000');
    expect(crc32Hex('Госуслуги')).toBe(crc32Hex('Госуслуги'.normalize('NFC')));
    expect(crc32Hex('Госуслуги')).not.toBe(crc32Hex('Госуслугы'));
  });
});
