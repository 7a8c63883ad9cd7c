import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { StorageArea } from '../../../lib/storage/area';
import { recordObservation, STAGE_RECORD_KEY, stageRecordStore } from '../../../lib/stage/store';

const now = new Date(2025, 2, 1, 10, 0);

beforeEach(() => {
  fakeBrowser.storage.resetState();
});

describe('recordObservation', () => {
  it('stores the stage an observed page proves, and reads it back', async () => {
    const store = stageRecordStore();
    const outcome = await recordObservation(store, { source: 'observed', page: 'verification' }, now);
    expect(outcome).toMatchObject({ status: 'saved', record: { stage: 'verification', verificationStartedAt: now.getTime() } });
    const read = await stageRecordStore().read();
    expect(read).toMatchObject({ status: 'stored', value: { stage: 'verification' } });
  });

  it('does not write when nothing changed', async () => {
    const store = stageRecordStore();
    await recordObservation(store, { source: 'observed', page: 'verification' }, now);
    const before = await fakeBrowser.storage.local.get(null);
    const outcome = await recordObservation(store, { source: 'observed', page: 'login' }, new Date(2025, 2, 2));
    expect(outcome.status).toBe('unchanged');
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
  });

  it('keeps an unreadable record from being overwritten by an observed page, but lets the person set it', async () => {
    await fakeBrowser.storage.local.set({ [STAGE_RECORD_KEY]: 'garbage' });
    const store = stageRecordStore();
    const observed = await recordObservation(store, { source: 'observed', page: 'verification' }, now);
    expect(observed).toMatchObject({ status: 'failed', message: 'privacy_storage_unreadable_damaged' });
    expect((await fakeBrowser.storage.local.get(STAGE_RECORD_KEY))[STAGE_RECORD_KEY]).toBe('garbage');
    const manual = await recordObservation(store, { source: 'manual', stage: 'standard' }, now);
    expect(manual).toMatchObject({ status: 'saved', record: { stage: 'standard' } });
    expect(await store.read()).toMatchObject({ status: 'stored', value: { stage: 'standard' } });
  });

  it('reports a failed write and keeps the previous record', async () => {
    const store = stageRecordStore();
    await recordObservation(store, { source: 'observed', page: 'personal-data' }, now);
    const failing: StorageArea = {
      get: (keys) => fakeBrowser.storage.local.get(keys),
      set: () => Promise.reject(new Error('QUOTA_BYTES quota exceeded')),
      remove: (keys) => fakeBrowser.storage.local.remove(keys),
    };
    const outcome = await recordObservation(stageRecordStore(failing), { source: 'observed', page: 'verification' }, now);
    expect(outcome).toMatchObject({ status: 'failed', record: { stage: 'simplified' }, message: 'privacy_storage_write_failed' });
    expect(await store.read()).toMatchObject({ status: 'stored', value: { stage: 'simplified' } });
  });
});
