import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { ProfileEditor, type ProfileEditorProps } from '../../../components/profile-editor/ProfileEditor';
import { profileFileText } from '../../../components/profile-editor/draft';
import { t } from '../../../lib/i18n';
import type { Profile } from '../../../lib/profile';
import type { Outcome } from '../../../lib/store/outcome';
import { completeProfile, TODAY } from '../../fixtures/profile';
import { byLabel, choose, mount, user } from './mount';

interface Calls {
  saved: Profile[];
  drafts: Profile[];
  exported: number;
  deleted: number;
}

async function editor(overrides: Partial<ProfileEditorProps> = {}) {
  const calls: Calls = { saved: [], drafts: [], exported: 0, deleted: 0 };
  const ok = async (): Promise<Outcome> => ({ ok: true });
  const root = await mount(
    <ProfileEditor
      saved={completeProfile()}
      today={TODAY}
      onSave={async (profile) => (calls.saved.push(profile), ok())}
      onSaveDraft={async (draft) => (calls.drafts.push(draft), ok())}
      onExport={() => (calls.exported += 1)}
      onDeleteAll={async () => ((calls.deleted += 1), ok())}
      {...overrides}
    />,
  );
  return { root, calls };
}

function button(root: HTMLElement, text: string): HTMLButtonElement {
  const found = [...root.querySelectorAll('button')].find((candidate) => candidate.textContent === text);
  if (!found) throw new Error(`no button «${text}»`);
  return found;
}

async function loadFile(root: HTMLElement, content: string): Promise<void> {
  const input = byLabel<HTMLInputElement>(root, 'Загрузить профиль из файла');
  const file = new File([content], 'profile.json', { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await user(() => input.dispatchEvent(new Event('change', { bubbles: true })));
}

describe('the profile editor', () => {
  it('groups the fields as the portal does, each with a real label', async () => {
    const { root } = await editor();
    expect([...root.querySelectorAll('legend')].map((legend) => legend.textContent)).toEqual([
      'Контакты',
      'Личные данные',
      'Документ, удостоверяющий личность',
      'Адрес регистрации',
    ]);
    expect(byLabel<HTMLInputElement>(root, 'СНИЛС').value).toBe('112-233-445 95');
    expect(byLabel<HTMLInputElement>(root, 'Мобильный телефон').value).toMatch(/912/);
    expect(byLabel<HTMLSelectElement>(root, 'Пол').value).toBe('Мужской');
    expect(byLabel<HTMLInputElement>(root, 'Нет отчества').type).toBe('checkbox');
  });

  it('keeps an invalid value as typed, marks it and does not save it', async () => {
    const { root, calls } = await editor();
    const snils = byLabel<HTMLInputElement>(root, 'СНИЛС');
    await choose(snils, '112-233-445 96');
    await user(() => button(root, 'Сохранить').click());
    expect(calls.saved).toEqual([]);
    expect(snils.value).toBe('112-233-445 96');
    expect(snils.getAttribute('aria-invalid')).toBe('true');
    const described = root.querySelector(`#${snils.getAttribute('aria-describedby')}`);
    expect(described?.textContent).toContain(t('field_error_snils_checksum'));
    expect(root.querySelector('[role="alert"]')?.textContent).toMatch(/^Не сохранено: исправьте отмеченные поля \(ошибок: 1\)/);
    expect(document.activeElement).toBe(snils);
  });

  it('saves once the value is fixed, normalised by the profile rules', async () => {
    const { root, calls } = await editor();
    const snils = byLabel<HTMLInputElement>(root, 'СНИЛС');
    await choose(snils, '112-233-445 96');
    await user(() => button(root, 'Сохранить').click());
    await choose(snils, '11223344595');
    await user(() => button(root, 'Сохранить').click());
    expect(calls.saved).toHaveLength(1);
    expect(calls.saved[0]?.person.snils).toBe('11223344595');
    expect(snils.value).toBe('112-233-445 95');
    expect(snils.hasAttribute('aria-invalid')).toBe(false);
    expect(root.querySelector('form [role="status"]')?.textContent).toBe('Профиль сохранён.');
  });

  it('shows a field’s error when it is left, not while typing', async () => {
    const { root } = await editor();
    const code = byLabel<HTMLInputElement>(root, 'Код подразделения');
    await choose(code, '70');
    expect(code.hasAttribute('aria-invalid')).toBe(false);
    await user(() => code.dispatchEvent(new FocusEvent('blur')));
    expect(code.getAttribute('aria-invalid')).toBe('true');
  });

  it('stores the values as typed only when asked to save a draft', async () => {
    const { root, calls } = await editor();
    const snils = byLabel<HTMLInputElement>(root, 'СНИЛС');
    await choose(snils, '112-233-445 96');
    await user(() => button(root, 'Сохранить черновик').click());
    expect(calls.saved).toEqual([]);
    expect(calls.drafts.map((profile) => profile.person.snils)).toEqual(['11223344596']);
    expect(snils.value).toBe('112-233-445 96');
    expect(snils.getAttribute('aria-invalid')).toBe('true');
    expect(root.querySelector('form [role="status"]')?.textContent).toMatch(/^Черновик сохранён/);
  });

  it('saves a draft without errors as the profile itself', async () => {
    const { root, calls } = await editor();
    await choose(byLabel(root, 'Фамилия'), 'Петров');
    await user(() => button(root, 'Сохранить черновик').click());
    expect(calls.drafts).toEqual([]);
    expect(calls.saved.map((profile) => profile.person.lastName)).toEqual(['Петров']);
    expect(root.querySelector('form [role="status"]')?.textContent).toBe('Профиль сохранён.');
  });

  it('marks the errors of a draft saved earlier as soon as it is opened', async () => {
    const draft = completeProfile();
    draft.person.snils = '11223344596';
    const { root } = await editor({ saved: draft });
    expect(byLabel<HTMLInputElement>(root, 'СНИЛС').getAttribute('aria-invalid')).toBe('true');
    expect(root.querySelector('form [role="status"]')?.textContent).toMatch(/^Показан сохранённый черновик/);
  });

  it('shows the foreign document instead of the passport fields', async () => {
    const { root } = await editor();
    await choose(byLabel(root, 'Документ, удостоверяющий личность'), 'Документ иностранного гражданина');
    expect(root.textContent).toContain('Серия и номер иностранного документа');
    expect(root.textContent).not.toContain('Код подразделения');
  });

  it('asks for the residential address only when it differs', async () => {
    const { root } = await editor();
    expect(root.textContent).not.toContain('Адрес проживания (для письма с кодом)');
    await user(() => byLabel<HTMLInputElement>(root, 'Адрес проживания совпадает с адресом регистрации').click());
    expect(root.querySelector('fieldset:last-of-type legend')?.textContent).toBe('Адрес проживания (для письма с кодом)');
  });

  it('reports a bad file and keeps the profile and the form', async () => {
    const { root, calls } = await editor();
    await loadFile(root, '{"version": 1, "profile": {"person": ');
    expect(root.querySelector('.profile-file [role="alert"]')?.textContent).toBe(t('ui_import_not_json'));
    expect(calls.saved).toEqual([]);
    expect(byLabel<HTMLInputElement>(root, 'Фамилия').value).toBe('Иванов');
  });

  it('replaces the form with a good file only after confirmation', async () => {
    const { root, calls } = await editor();
    const other = completeProfile();
    other.person.lastName = 'Сидорова';
    await loadFile(root, profileFileText(other));
    expect(byLabel<HTMLInputElement>(root, 'Фамилия').value).toBe('Иванов');
    await user(() => button(root, 'Отмена').click());
    expect(calls.saved).toEqual([]);
    await loadFile(root, profileFileText(other));
    await user(() => button(root, 'Заменить').click());
    expect(byLabel<HTMLInputElement>(root, 'Фамилия').value).toBe('Сидорова');
    expect(calls.saved.map((profile) => profile.person.lastName)).toEqual(['Сидорова']);
  });

  it('exports through its callback', async () => {
    const { root, calls } = await editor();
    await user(() => button(root, 'Сохранить профиль в файл').click());
    expect(calls.exported).toBe(1);
  });

  it('deletes everything only after confirmation, then empties the form', async () => {
    const { root, calls } = await editor();
    await user(() => button(root, 'Удалить все мои данные').click());
    expect(calls.deleted).toBe(0);
    await user(() => button(root, 'Да, удалить всё').click());
    expect(calls.deleted).toBe(1);
    expect(byLabel<HTMLInputElement>(root, 'Фамилия').value).toBe('');
    expect(root.querySelector('.delete-all [role="status"]')?.textContent).toBe('Все данные помощника удалены с этого компьютера.');
  });

  it('keeps the form when the profile could not be stored', async () => {
    const { root } = await editor({ onSave: async () => ({ ok: false, message: 'privacy_storage_write_failed' }) });
    await choose(byLabel(root, 'Фамилия'), 'Петров');
    await user(() => button(root, 'Сохранить').click());
    expect(byLabel<HTMLInputElement>(root, 'Фамилия').value).toBe('Петров');
    expect(root.querySelector('form [role="status"]')?.textContent).toBe(t('privacy_storage_write_failed'));
  });

  it('passes axe with errors shown', async () => {
    const { root } = await editor();
    await choose(byLabel(root, 'СНИЛС'), '1');
    await user(() => button(root, 'Сохранить').click());
    const result = await axe.run(root, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'best-practice'] },
      rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
    });
    expect(result.violations.map((violation) => violation.id)).toEqual([]);
  });
});
