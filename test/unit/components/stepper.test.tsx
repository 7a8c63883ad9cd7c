import { describe, expect, it } from 'vitest';
import { Popup, type PopupProps } from '../../../components/Popup';
import { Stepper } from '../../../components/Stepper';
import { DEFAULT_DISPLAY_PREFS } from '../../../lib/guidance/display-prefs';
import type { StageRecord } from '../../../lib/stage/record';
import { setTestLocale } from '../../support/fake-i18n';
import { mount } from './mount';

const record = (fields: Partial<StageRecord>): StageRecord => ({ version: 1, stage: 'not-registered', history: [], ...fields });

function popupProps(fields: Partial<StageRecord>, now: Date): PopupProps {
  return {
    record: record(fields),
    now,
    prefs: DEFAULT_DISPLAY_PREFS,
    memoHref: 'chrome-extension://id/memo.html',
    onSetStage: async () => undefined,
    onPrefsChange: () => undefined,
  };
}

const nextActionText = (root: HTMLElement) => root.querySelector('.next-action__text')?.textContent;

describe('Stepper', () => {
  it('lists every stage in order and marks only the current one', async () => {
    const root = await mount(<Stepper current="verification" />);
    const steps = [...root.querySelectorAll('ol > li')];
    expect(steps).toHaveLength(7);
    const current = root.querySelectorAll('[aria-current="step"]');
    expect(current).toHaveLength(1);
    expect(current[0]?.textContent).toContain('Личные данные на проверке');
    expect(current[0]?.textContent).toContain('вы здесь');
    expect(steps.indexOf(current[0] as Element)).toBe(3);
  });

  it('says which stages are passed in words, not only in colour', async () => {
    const root = await mount(<Stepper current="standard" />);
    const steps = [...root.querySelectorAll('ol > li')];
    expect(steps.map((step) => step.textContent?.includes('пройдено'))).toEqual([true, true, true, true, false, false, false]);
    expect(root.querySelector('h2')?.textContent).toBe('Этапы регистрации');
  });

  it('speaks English when the browser does', async () => {
    setTestLocale('en');
    const root = await mount(<Stepper current="confirmed" />);
    expect(root.querySelector('[aria-current="step"]')?.textContent).toContain('Confirmed account');
  });
});

describe('the popup', () => {
  it('tells a person without an account to register, with the registration link', async () => {
    const root = await mount(<Popup {...popupProps({ stage: 'not-registered' }, new Date(2025, 2, 1))} />);
    expect(nextActionText(root)).toMatch(/^Зарегистрируйтесь на Госуслугах/);
    const link = root.querySelector<HTMLAnchorElement>('.next-action a');
    expect(link?.href).toBe('https://esia.gosuslugi.ru/login/registration');
    expect(root.querySelector('[aria-current="step"]')?.textContent).toContain('Учётной записи ещё нет');
  });

  it.each([
    [1, 'началась 1 день назад'],
    [2, 'началась 2 дня назад'],
    [5, 'началась 5 дней назад'],
  ])('counts %i days of verification in Russian', async (days, phrase) => {
    const started = new Date(2025, 2, 1, 9, 0);
    const root = await mount(<Popup {...popupProps({ stage: 'verification', verificationStartedAt: started.getTime() }, new Date(2025, 2, 1 + days, 18, 0))} />);
    expect(nextActionText(root)).toContain(phrase);
    expect(nextActionText(root)).toContain('до 5 суток');
    expect(root.querySelector<HTMLAnchorElement>('.next-action a')?.href).toBe('https://lk.gosuslugi.ru/profile/personal');
  });

  it('gives the letter dates once a letter is ordered', async () => {
    const ordered = new Date(2025, 2, 2, 10, 0).getTime();
    const root = await mount(<Popup {...popupProps({ stage: 'confirmation-chosen', method: 'letter', letterOrderedAt: ordered }, new Date(2025, 2, 5))} />);
    expect(nextActionText(root)).toContain('примерно к 16 марта 2025 г.');
    expect(nextActionText(root)).toContain('Не раньше 1 апреля 2025 г. можно заказать новый код');
  });

  it('shows the places left for the lead only when they are given, in their order', async () => {
    const bare = await mount(<Popup {...popupProps({}, new Date(2025, 2, 1))} />);
    expect(bare.querySelector('[data-slot]')).toBeNull();
    const root = await mount(
      <Popup
        {...popupProps({}, new Date(2025, 2, 1))}
        slots={{
          lookAlikeWarning: <p data-slot="warning">Это не Госуслуги</p>,
          fillAction: <button data-slot="fill">Заполнить</button>,
          endSession: <button data-slot="end">Завершить сеанс — стереть данные</button>,
        }}
      />,
    );
    const order = [...root.querySelectorAll('[data-slot], .next-action, .stepper')].map((element) => element.getAttribute('data-slot') ?? element.className);
    expect(order).toEqual(['warning', 'next-action', 'fill', 'stepper', 'end']);
  });

  it('links the printable memo', async () => {
    const root = await mount(<Popup {...popupProps({}, new Date(2025, 2, 1))} />);
    const memo = [...root.querySelectorAll('a')].find((link) => link.textContent === 'Памятка для печати');
    expect(memo?.getAttribute('href')).toBe('chrome-extension://id/memo.html');
  });

  it('opens every link in a new tab without giving it the opener', async () => {
    const root = await mount(<Popup {...popupProps({ stage: 'standard' }, new Date(2025, 2, 1))} />);
    const links = [...root.querySelectorAll('a')];
    expect(links.length).toBeGreaterThan(4);
    for (const link of links) {
      expect(link.getAttribute('target')).toBe('_blank');
      expect(link.getAttribute('rel')).toBe('noopener');
    }
  });

  it('unfolds the ways to confirm identity when that is the next step', async () => {
    const early = await mount(<Popup {...popupProps({ stage: 'simplified' }, new Date(2025, 2, 1))} />);
    expect(early.querySelector<HTMLDetailsElement>('details.more')?.open).toBe(false);
    const standard = await mount(<Popup {...popupProps({ stage: 'standard' }, new Date(2025, 2, 1))} />);
    expect(standard.querySelector<HTMLDetailsElement>('details.more')?.open).toBe(true);
  });

  it('tells the person when the stored stage had to be recovered', async () => {
    const root = await mount(<Popup {...popupProps({}, new Date(2025, 2, 1))} notice="privacy_storage_recovered_damaged" />);
    expect(root.querySelector('[role="alert"]')?.textContent).toMatch(/^Последняя сохранённая копия данных повреждена/);
  });

  it('puts the large-type switch first, before the long reading', async () => {
    const root = await mount(<Popup {...popupProps({}, new Date(2025, 2, 1))} />);
    expect(root.querySelector('h1 + fieldset legend')?.textContent).toBe('Удобство чтения');
  });
});
