import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readCurrentStage } from '../../../lib/stage/current';
import { stageRecordStore } from '../../../lib/stage/store';
import type { StoreEnv } from '../../../lib/store/env';
import { DEFAULT_SETTINGS, settingsStore, type Mode } from '../../../lib/store/settings';

function env(policy: Record<string, unknown> = {}): StoreEnv {
  return { local: fakeBrowser.storage.local, session: fakeBrowser.storage.session, managed: { get: async () => policy } };
}

async function given(mode: Mode): Promise<void> {
  await settingsStore(fakeBrowser.storage.local).write({ ...DEFAULT_SETTINGS, mode });
  await stageRecordStore(fakeBrowser.storage.local).write({ version: 1, stage: 'standard', history: [] });
  await stageRecordStore(fakeBrowser.storage.session).write({ version: 1, stage: 'simplified', history: [] });
}

beforeEach(() => {
  fakeBrowser.storage.resetState();
});

describe('readCurrentStage', () => {
  it('reads the disk copy on a personal computer', async () => {
    await given('personal');
    const { first, settled } = readCurrentStage(env());
    expect((await first).read.value.stage).toBe('standard');
    expect(await settled).toMatchObject({ onDisk: true, read: { value: { stage: 'standard' } } });
  });

  it('reads the memory copy on a public terminal and before the first-run choice', async () => {
    for (const mode of ['public-terminal', 'unset'] as const) {
      await given(mode);
      const { first } = readCurrentStage(env());
      expect(await first).toMatchObject({ onDisk: false, read: { value: { stage: 'simplified' } } });
    }
  });

  it('answers at once from the stored settings, and settles on the administrator’s forced public mode', async () => {
    await given('personal');
    const { first, settled } = readCurrentStage(env({ forcePublicTerminal: true }));
    expect((await first).onDisk).toBe(true);
    expect(await settled).toMatchObject({ onDisk: false, read: { value: { stage: 'simplified' } } });
  });

  it('writes where it read', async () => {
    await given('public-terminal');
    const { store } = await readCurrentStage(env()).settled;
    await store.write({ version: 1, stage: 'confirmed', history: [] });
    expect((await stageRecordStore(fakeBrowser.storage.session).read()).value.stage).toBe('confirmed');
    expect((await stageRecordStore(fakeBrowser.storage.local).read()).value.stage).toBe('standard');
  });
});
