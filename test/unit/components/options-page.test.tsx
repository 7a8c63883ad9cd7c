import { describe, expect, it } from 'vitest';
import { OptionsPage, type OptionsPageProps } from '../../../components/OptionsPage';
import { DEFAULT_DISPLAY_PREFS } from '../../../lib/guidance/display-prefs';
import { t } from '../../../lib/i18n';
import type { ProfileLoad } from '../../../lib/store/profile-store';
import { completeProfile, TODAY } from '../../fixtures/profile';
import { byLabel, mount, user } from './mount';

function props(load: ProfileLoad, overrides: Partial<OptionsPageProps> = {}): OptionsPageProps {
  const ok = async () => ({ ok: true }) as const;
  return {
    prefs: DEFAULT_DISPLAY_PREFS,
    onPrefsChange: () => undefined,
    load,
    editor: { today: TODAY, onSave: ok, onSaveDraft: ok, onExport: () => undefined, onDeleteAll: ok },
    onDeleted: () => undefined,
    ...overrides,
  };
}

describe('the options page', () => {
  it('opens the stored profile in the editor', async () => {
    const root = await mount(<OptionsPage {...props({ status: 'ready', profile: completeProfile() })} />);
    expect(root.querySelector('h1')?.textContent).toBe('Мои данные для Госуслуг');
    expect(byLabel<HTMLInputElement>(root, 'Фамилия').value).toBe('Иванов');
  });

  it('opens an empty editor when nothing is stored yet', async () => {
    const root = await mount(<OptionsPage {...props({ status: 'empty' })} />);
    expect(byLabel<HTMLInputElement>(root, 'Фамилия').value).toBe('');
  });

  it('says the profile came from the backup copy', async () => {
    const root = await mount(<OptionsPage {...props({ status: 'ready', profile: completeProfile(), notice: 'privacy_storage_recovered_damaged' })} />);
    expect(root.querySelector('.notice')?.textContent).toBe(t('privacy_storage_recovered_damaged'));
  });

  it('shows no data of a locked profile, and leaves room for unlocking', async () => {
    const root = await mount(<OptionsPage {...props({ status: 'locked' }, { slots: { security: <p data-slot="security">unlock</p> } })} />);
    expect(root.querySelector('form')).toBeNull();
    expect(root.querySelector('.notice')?.textContent).toBe(t('ui_options_locked'));
    expect(root.querySelector('[data-slot="security"]')).not.toBeNull();
  });

  it('keeps a damaged profile out of the editor and offers to start over', async () => {
    let deleted = 0;
    const root = await mount(
      <OptionsPage {...props({ status: 'damaged', message: 'privacy_storage_unreadable_damaged' }, { onDeleted: () => (deleted += 1) })} />,
    );
    expect(root.querySelector('form')).toBeNull();
    expect(root.querySelector('.notice')?.textContent).toBe(t('privacy_storage_unreadable_damaged'));
    const ask = [...root.querySelectorAll('button')].find((button) => button.textContent === 'Удалить все мои данные');
    await user(() => ask?.click());
    const confirm = [...root.querySelectorAll('button')].find((button) => button.textContent === 'Да, удалить всё');
    await user(() => confirm?.click());
    expect(deleted).toBe(1);
  });
});
