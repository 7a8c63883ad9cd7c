/**
 * Where the stage record is kept (`storage.local`, key `stage`) and the one way it changes:
 * read, apply the observation, write when something changed. The background (observed pages)
 * and the popup (manual settings) both go through `recordObservation`.
 */
import { browser } from 'wxt/browser';
import type { MessageKey } from '../i18n';
import type { StorageArea } from '../storage/area';
import { defineRecord, type StoredRecord } from '../storage/record';
import { applyObservation } from './reduce';
import { INITIAL_STAGE_RECORD, StageRecordSchema, type Observation, type StageRecord } from './record';

export const STAGE_RECORD_KEY = 'stage';

export function stageRecordStore(area: StorageArea = browser.storage.local): StoredRecord<StageRecord> {
  return defineRecord({ area, key: STAGE_RECORD_KEY, schema: StageRecordSchema, empty: INITIAL_STAGE_RECORD });
}

export type ObservationOutcome =
  | { readonly status: 'unchanged' | 'saved'; readonly record: StageRecord }
  | { readonly status: 'failed'; readonly record: StageRecord; readonly message: MessageKey };

/**
 * Applies the observation to the stored record. When the stored record cannot be read, an
 * observed page does not write over it (it may be readable again later); a manual setting,
 * which the person chose knowingly, does.
 */
export async function recordObservation(store: StoredRecord<StageRecord>, observation: Observation, now: Date): Promise<ObservationOutcome> {
  const stored = await store.read();
  if (stored.status === 'unreadable' && observation.source === 'observed') {
    return { status: 'failed', record: stored.value, message: stored.message };
  }
  const next = applyObservation(stored.value, observation, now);
  // A recovered copy is written back even when unchanged, so the damaged one is replaced.
  if (next === stored.value && stored.status !== 'recovered') return { status: 'unchanged', record: next };
  const written = await store.write(next);
  return written.ok ? { status: 'saved', record: next } : { status: 'failed', record: stored.value, message: written.message };
}
