import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { PopupFill, type PopupFillProps } from '../../../components/popup-fill/PopupFill';
import type { FieldValues, FillReply, PageFieldsReply } from '../../../lib/messages';
import { emptyProfile, type Profile } from '../../../lib/profile';
import type { Outcome } from '../../../lib/store/outcome';
import { completeProfile, TODAY } from '../../fixtures/profile';
import { mount, user } from '../components/mount';

const PERSONAL_DATA: PageFieldsReply = {
  page: 'personal-data',
  fields: ['lastName', 'firstName', 'middleName', 'birthDate', 'snils', 'passportSeries', 'passportNumber'].map((kind) => ({ kind, label: kind })),
};

interface Calls {
  filled: FieldValues[];
  undone: number;
  saved: Profile[];
}

async function section(overrides: Partial<PopupFillProps> = {}, reply: FillReply | null = { outcomes: [] }) {
  const calls: Calls = { filled: [], undone: 0, saved: [] };
  const root = await mount(
    <PopupFill
      listing={PERSONAL_DATA}
      load={{ status: 'ready', profile: completeProfile() }}
      today={TODAY}
      optionsHref="options.html"
      onFill={async (values) => (calls.filled.push(values), reply)}
      onUndo={async () => ((calls.undone += 1), true)}
      onTake={async () => ({})}
      onSave={async (profile): Promise<Outcome> => (calls.saved.push(profile), { ok: true })}
      {...overrides}
    />,
  );
  return { root, calls };
}

function button(root: HTMLElement, text: string): HTMLButtonElement {
  const found = [...root.querySelectorAll('button')].find((candidate) => candidate.textContent === text);
  if (!found) throw new Error(`no button «${text}» in: ${root.textContent}`);
  return found;
}

/** Each row's name and what it says, as a person reads them. */
function rows(root: HTMLElement): string[][] {
  return [...root.querySelectorAll('.popup-fill__row')].map((row) => [...row.querySelectorAll('dt, dd > span')].map((cell) => cell.textContent ?? ''));
}

describe('the popup’s «Заполнить»', () => {
  it('names the page and previews each field with its value, SNILS and passport partly hidden', async () => {
    const { root } = await section();
    expect(root.querySelector('h2')?.textContent).toBe('Заполнить форму на этой странице');
    expect(root.textContent).toContain('Страница: Личные данные');
    expect(rows(root)).toEqual([
      ['Фамилия', 'Иванов'],
      ['Имя', 'Иван'],
      ['Отчество', 'Иванович'],
      ['Дата рождения', '15.03.1990'],
      ['СНИЛС', '•••-•••-••5 95'],
      ['Серия паспорта', '••10'],
      ['Номер паспорта', '•••456'],
    ]);
    for (const secret of ['112-233-445 95', '11223344595', '6910', '123456']) expect(root.textContent).not.toContain(secret);
  });

  it('fills only what it showed, then tells each field’s outcome and offers to undo', async () => {
    const reply: FillReply = {
      outcomes: [
        { kind: 'lastName', status: 'filled' },
        { kind: 'snils', status: 'mismatch', detail: 'Поле «СНИЛС» показывает другое значение.' },
        { kind: 'passportNumber', status: 'refused', detail: 'Поле «Номер паспорта» скрыто.' },
      ],
    };
    const { root, calls } = await section({}, reply);
    await user(() => button(root, 'Заполнить').click());
    expect(calls.filled).toEqual([
      { lastName: 'Иванов', firstName: 'Иван', middleName: 'Иванович', birthDate: '1990-03-15', snils: '11223344595', passportSeries: '6910', passportNumber: '123456' },
    ]);
    expect(rows(root)).toEqual([
      ['Фамилия', 'заполнено'],
      ['СНИЛС', 'проверьте', 'Поле «СНИЛС» показывает другое значение.'],
      ['Номер паспорта', 'не заполнено', 'Поле «Номер паспорта» скрыто.'],
    ]);
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Заполнено 1 поле. Проверьте значения перед отправкой формы.');
    expect(document.activeElement?.textContent).toBe('Что заполнено');

    await user(() => button(root, 'Отменить заполнение').click());
    expect(calls.undone).toBe(1);
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Заполнение отменено: в полях снова то, что было до него.');
    expect(button(root, 'Заполнить')).toBeTruthy();
  });

  it('says so when the page does not answer', async () => {
    const { root } = await section({}, null);
    await user(() => button(root, 'Заполнить').click());
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Страница не ответила. Обновите её и откройте помощника снова.');
  });

  it('offers nothing to fill from a locked profile, and links to the options page', async () => {
    const { root } = await section({ load: { status: 'locked' } });
    expect(root.textContent).toContain('Профиль защищён парольной фразой');
    expect(root.querySelector('a')?.getAttribute('href')).toBe('options.html');
    expect([...root.querySelectorAll('button')].map((candidate) => candidate.textContent)).toEqual([]);
    expect(root.querySelector('.popup-fill__row')).toBeNull();
  });

  it('with an empty profile says there is nothing to fill, and still offers to take from the page', async () => {
    const { root } = await section({ load: { status: 'empty' } });
    expect(root.textContent).toContain('В профиле нет данных для полей этой страницы.');
    expect([...root.querySelectorAll('button')].map((candidate) => candidate.textContent)).toEqual(['Взять с этой страницы']);
  });
});

describe('«Взять с этой страницы»', () => {
  it('shows what it found against the profile, and saves only the new and changed valid values once confirmed', async () => {
    const profile: Profile = { ...emptyProfile(), person: { lastName: 'Иванов', firstName: 'Пётр' } };
    const { root, calls } = await section({
      listing: { page: 'registration', fields: [] },
      load: { status: 'ready', profile },
      onTake: async () => ({ lastName: 'Иванов', firstName: 'Иван', phone: '9123456789', email: 'ivanov@' }),
    });
    await user(() => button(root, 'Взять с этой страницы').click());
    expect(rows(root)).toEqual([
      ['Фамилия', 'Иванов', 'уже в профиле'],
      ['Имя', 'Иван', 'в профиле другое: Пётр — будет заменено'],
      ['Мобильный телефон', '+7 (912) 345-67-89', 'нет в профиле — будет сохранено'],
      ['Электронная почта', 'ivanov@', expect.stringMatching(/./), 'с ошибкой — не будет сохранено'],
    ]);
    expect(calls.saved).toEqual([]);

    await user(() => button(root, 'Сохранить в профиль').click());
    expect(calls.saved).toEqual([{ ...profile, person: { lastName: 'Иванов', firstName: 'Иван' }, contacts: { phone: '9123456789' } }]);
    expect(root.querySelector('.popup-fill__take [role="status"]')?.textContent).toBe('Сохранено в профиле: 2 значения.');
  });

  it('keeps the review and says why when saving fails', async () => {
    const { root } = await section({
      load: { status: 'empty' },
      onTake: async () => ({ lastName: 'Иванов' }),
      onSave: async () => ({ ok: false, message: 'sec_profile_locked' }),
    });
    await user(() => button(root, 'Взять с этой страницы').click());
    await user(() => button(root, 'Сохранить в профиль').click());
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('Профиль заблокирован');
    expect(button(root, 'Сохранить в профиль')).toBeTruthy();
  });

  it('after saving, fills with what it took', async () => {
    const { root, calls } = await section({
      listing: { page: 'registration', fields: [{ kind: 'lastName', label: 'Фамилия' }] },
      load: { status: 'empty' },
      onTake: async () => ({ lastName: 'Сидорова' }),
    });
    await user(() => button(root, 'Взять с этой страницы').click());
    await user(() => button(root, 'Сохранить в профиль').click());
    await user(() => button(root, 'Заполнить').click());
    expect(calls.filled).toEqual([{ lastName: 'Сидорова' }]);
  });

  it('says when the page holds nothing, or nothing new', async () => {
    const { root } = await section({ onTake: async () => ({ lastName: '' }) });
    await user(() => button(root, 'Взять с этой страницы').click());
    expect(root.querySelector('.popup-fill__take [role="status"]')?.textContent).toBe('В поля этой страницы пока ничего не введено.');

    const same = await section({ onTake: async () => ({ lastName: 'Иванов' }) });
    await user(() => button(same.root, 'Взять с этой страницы').click());
    expect(same.root.textContent).toContain('Сохранять нечего: всё верное уже есть в профиле.');
    await user(() => button(same.root, 'Закрыть').click());
    expect(button(same.root, 'Взять с этой страницы')).toBeTruthy();
  });
});

describe('accessibility (axe)', () => {
  async function violations(root: HTMLElement): Promise<string[]> {
    const result = await axe.run(root, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'best-practice'] },
      rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
    });
    return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.html).join(' | ')}`);
  }

  it('finds nothing wrong in the preview, the outcome and the review', async () => {
    const { root } = await section(
      { onTake: async () => ({ lastName: 'Петров', snils: '11223344596' }) },
      { outcomes: [{ kind: 'lastName', status: 'filled' }] },
    );
    expect(await violations(root)).toEqual([]);
    await user(() => button(root, 'Заполнить').click());
    await user(() => button(root, 'Взять с этой страницы').click());
    expect(await violations(root)).toEqual([]);
  });
});
