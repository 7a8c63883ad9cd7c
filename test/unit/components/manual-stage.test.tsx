import { describe, expect, it } from 'vitest';
import { ManualStageForm } from '../../../components/ManualStageForm';
import type { ManualObservation, StageRecord } from '../../../lib/stage/record';
import { byLabel, choose, mount, user } from './mount';

const record = (fields: Partial<StageRecord>): StageRecord => ({ version: 1, stage: 'standard', history: [], ...fields });

function submit(root: HTMLElement): Promise<void> {
  return user(() => root.querySelector<HTMLButtonElement>('button[type="submit"]')?.click());
}

describe('setting the stage by hand', () => {
  it('starts from the stored stage and saves the chosen one', async () => {
    const saved: ManualObservation[] = [];
    const root = await mount(<ManualStageForm record={record({ stage: 'standard' })} onSave={async (observation) => void saved.push(observation)} />);
    const stage = byLabel<HTMLSelectElement>(root, 'Этап');
    expect(stage.value).toBe('standard');
    expect(root.querySelector('summary')?.textContent).toBe('Указать этап вручную');
    await choose(stage, 'confirmed');
    await submit(root);
    expect(saved).toEqual([{ source: 'manual', stage: 'confirmed', method: undefined, letterOrderedAt: undefined }]);
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Этап сохранён.');
  });

  it('asks for the method, and for the order date of a letter', async () => {
    const saved: ManualObservation[] = [];
    const root = await mount(<ManualStageForm record={record({})} onSave={async (observation) => void saved.push(observation)} />);
    expect(root.textContent).not.toContain('Способ подтверждения');
    await choose(byLabel(root, 'Этап'), 'confirmation-chosen');
    await choose(byLabel(root, 'Способ подтверждения'), 'letter');
    await choose(byLabel(root, 'Дата заказа письма'), '2025-03-02');
    await submit(root);
    expect(saved).toEqual([{ source: 'manual', stage: 'confirmation-chosen', method: 'letter', letterOrderedAt: new Date(2025, 2, 2).getTime() }]);
  });

  it('shows the stored letter date and method', async () => {
    const ordered = new Date(2025, 1, 20, 15, 30).getTime();
    const root = await mount(<ManualStageForm record={record({ stage: 'confirmation-chosen', method: 'letter', letterOrderedAt: ordered })} onSave={async () => undefined} />);
    expect(byLabel<HTMLSelectElement>(root, 'Способ подтверждения').value).toBe('letter');
    expect(byLabel<HTMLInputElement>(root, 'Дата заказа письма').value).toBe('2025-02-20');
  });

  it('saves no date for an unreadable one, and no method the list does not have', async () => {
    const saved: ManualObservation[] = [];
    const root = await mount(<ManualStageForm record={record({ stage: 'confirmation-chosen', method: 'letter' })} onSave={async (observation) => void saved.push(observation)} />);
    await choose(byLabel(root, 'Дата заказа письма'), '2025-02-31');
    await submit(root);
    await choose(byLabel(root, 'Способ подтверждения'), 'pigeon');
    await submit(root);
    expect(saved).toEqual([
      { source: 'manual', stage: 'confirmation-chosen', method: 'letter', letterOrderedAt: undefined },
      { source: 'manual', stage: 'confirmation-chosen', method: undefined, letterOrderedAt: undefined },
    ]);
  });

  it('says so when the setting could not be stored', async () => {
    const root = await mount(<ManualStageForm record={record({})} onSave={() => Promise.reject(new Error('quota'))} />);
    await submit(root);
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Не удалось сохранить этап. Попробуйте ещё раз.');
  });
});
