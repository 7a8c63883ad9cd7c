import { describe, expect, it } from 'vitest';
import { Memo, type MemoProps } from '../../../components/Memo';
import { DEFAULT_DISPLAY_PREFS } from '../../../lib/guidance/display-prefs';
import type { StageRecord } from '../../../lib/stage/record';
import { byLabel, mount, user } from './mount';

const standard: StageRecord = { version: 1, stage: 'standard', history: [] };
const details = { name: 'Смирнов Дмитрий Иванович', passport: '6900 123456', snils: '112-233-445 95' };

function props(overrides: Partial<MemoProps> = {}): MemoProps {
  return { record: standard, now: new Date(2025, 2, 5), prefs: DEFAULT_DISPLAY_PREFS, onPrint: () => undefined, ...overrides };
}

describe('the printable memo', () => {
  it('shows the steps, where the person stands, what to bring and where to go', async () => {
    const root = await mount(<Memo {...props()} />);
    expect(root.querySelector('h1')?.textContent).toBe('Памятка: регистрация на Госуслугах');
    expect(root.querySelector('.memo__date')?.textContent).toBe('По состоянию на 5 марта 2025 г.');
    expect(root.querySelector('[aria-current="step"]')?.textContent).toContain('Стандартная учётная запись');
    expect(root.querySelector('.next-action__text')?.textContent).toMatch(/^Подтвердите личность/);
    const headings = [...root.querySelectorAll('h2')].map((heading) => heading.textContent);
    expect(headings).toEqual(['Что сделать дальше', 'Этапы регистрации', 'Что взять с собой', 'Как подтвердить личность']);
    expect(root.textContent).toContain('СНИЛС (достаточно номера)');
    expect(root.textContent).toContain('г. Томск, ул. Тверская, 74');
  });

  it('keeps the print button out of the printout', async () => {
    let printed = 0;
    const root = await mount(<Memo {...props({ onPrint: () => (printed += 1) })} />);
    const button = [...root.querySelectorAll('button')].find((candidate) => candidate.textContent === 'Напечатать');
    await user(() => button?.click());
    expect(printed).toBe(1);
    for (const control of root.querySelectorAll('button, input, select')) expect(control.closest('.no-print')).not.toBeNull();
  });

  it('offers no personal details when there is no profile', async () => {
    const root = await mount(<Memo {...props()} />);
    expect(root.querySelector('input[type="checkbox"]')).toBeNull();
    expect(root.querySelector('.memo__person')).toBeNull();
  });

  it('prints no name or numbers until the box is ticked', async () => {
    const ticks: boolean[] = [];
    const root = await mount(<Memo {...props({ person: { show: false, onShowChange: (show) => ticks.push(show) } })} />);
    const box = byLabel<HTMLInputElement>(root, 'Напечатать моё имя, номера паспорта и СНИЛС');
    expect(box.checked).toBe(false);
    expect(root.textContent).not.toMatch(/6900|112-233/);
    await user(() => box.click());
    expect(ticks).toEqual([true]);
  });

  it('prints the name and numbers when ticked, with a warning on screen', async () => {
    const root = await mount(<Memo {...props({ person: { show: true, onShowChange: () => undefined, details } })} />);
    const person = root.querySelector('.memo__person');
    expect(person?.textContent).toContain('Смирнов Дмитрий Иванович');
    expect(person?.textContent).toContain('6900 123456');
    expect(person?.textContent).toContain('112-233-445 95');
    expect(root.querySelector('.memo__warning')?.closest('.no-print')).not.toBeNull();
  });

  it('says so when ticked but the profile has nothing to print', async () => {
    const root = await mount(<Memo {...props({ person: { show: true, unavailable: true, onShowChange: () => undefined } })} />);
    expect(root.querySelector('.memo__person')).toBeNull();
    expect(root.querySelector('.memo__warning')?.textContent).toBe('В профиле нет этих данных или он заблокирован, поэтому в памятку они не попадут.');
  });
});
