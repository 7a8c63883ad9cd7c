import { describeOutcome, fillAll, fillField } from '../../../lib/fill';
import { gender } from './kinds';
import { mount, recordEvents } from './page';

describe('native <select>', () => {
  const html = '<select id="gender"><option value="">Выберите</option><option value="M">Мужской</option><option value="F">Женский</option></select>';

  it('selects the option whose text means the canonical value, with input and change', async () => {
    const select = mount<HTMLSelectElement>(html, 'select');
    const log = recordEvents(select);
    const outcome = await fillField(select, gender, 'female');
    expect(outcome).toMatchObject({ status: 'filled', method: 'selected', intended: 'Женский', readBack: 'Женский' });
    expect(select.value).toBe('F');
    expect(log).toEqual(['focus', 'focusin', 'input', 'change', 'blur', 'focusout']);
  });

  it('matches an option by its value too', async () => {
    const select = mount<HTMLSelectElement>('<select><option value="">—</option><option value="М">1</option></select>', 'select');
    expect(await fillField(select, gender, 'male')).toMatchObject({ status: 'filled', readBack: '1' });
  });

  it('reports a mismatch and changes nothing when no option matches', async () => {
    const select = mount<HTMLSelectElement>('<select><option>Выберите</option><option>Другое</option></select>', 'select');
    const log = recordEvents(select);
    const outcome = await fillField(select, gender, 'female');
    expect(outcome).toMatchObject({ status: 'mismatch', reason: 'no-matching-option', readBack: 'Выберите' });
    expect(select.selectedIndex).toBe(0);
    expect(log).toEqual([]);
    expect(describeOutcome(outcome)).toBe('«Помощник Госуслуг»: в списке нет варианта «женский». Выберите его вручную.');
  });

  it('undo selects the previous option again', async () => {
    const select = mount<HTMLSelectElement>(html, 'select');
    const run = await fillAll([{ element: select, kind: gender, canonical: 'male' }]);
    expect(select.value).toBe('M');
    await run.undo();
    expect(select.selectedIndex).toBe(0);
  });
});

/**
 * A lib-dropdown-like control: a button that, a task after a click, renders its list into an
 * overlay at the end of the body (as Angular CDK overlays do); clicking an option shows it in
 * the button and closes the list; Escape closes it.
 */
function mountDropdown(options: readonly string[]): { trigger: HTMLButtonElement; shown: () => string; isOpen: () => boolean } {
  const trigger = mount<HTMLButtonElement>('<lib-dropdown><button type="button" aria-haspopup="listbox"><span class="value">Выберите</span><i>▾</i></button></lib-dropdown>', 'button');
  const value = trigger.querySelector('.value') as HTMLElement;
  let list: HTMLElement | undefined;
  const close = (): void => {
    list?.remove();
    list = undefined;
  };
  trigger.addEventListener('click', () => {
    if (list) return close();
    setTimeout(() => {
      list = document.createElement('ul');
      list.setAttribute('role', 'listbox');
      for (const text of options) {
        const item = document.createElement('li');
        item.setAttribute('role', 'option');
        item.textContent = ` ${text} `;
        item.addEventListener('click', () => {
          value.textContent = text;
          close();
        });
        list.append(item);
      }
      document.body.append(list);
    }, 0);
  });
  trigger.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') close();
  });
  return { trigger, shown: () => value.textContent ?? '', isOpen: () => list !== undefined };
}

describe('custom dropdown', () => {
  it('opens the list, clicks the matching option and reads the shown text back', async () => {
    const dropdown = mountDropdown(['Мужской', 'Женский']);
    const outcome = await fillField(dropdown.trigger, gender, 'female');
    expect(outcome).toMatchObject({ status: 'filled', method: 'clicked', intended: 'Женский', readBack: 'Женский' });
    expect(dropdown.shown()).toBe('Женский');
    expect(dropdown.isOpen()).toBe(false);
  });

  it('reports a mismatch and closes the list when no option matches', async () => {
    const dropdown = mountDropdown(['Да', 'Нет']);
    const outcome = await fillField(dropdown.trigger, gender, 'female');
    expect(outcome).toMatchObject({ status: 'mismatch', reason: 'no-matching-option' });
    expect(dropdown.shown()).toBe('Выберите');
    expect(dropdown.isOpen()).toBe(false);
  });

  it('does nothing when the choice is already shown', async () => {
    const dropdown = mountDropdown(['Мужской', 'Женский']);
    await fillField(dropdown.trigger, gender, 'male');
    const log = recordEvents(dropdown.trigger);
    expect(await fillField(dropdown.trigger, gender, 'male')).toMatchObject({ status: 'filled', method: 'unchanged' });
    expect(log).toEqual([]);
  });

  it('undo picks the option shown before, or just closes the list when a placeholder was shown', async () => {
    const dropdown = mountDropdown(['Мужской', 'Женский']);
    await fillField(dropdown.trigger, gender, 'male');
    const run = await fillAll([{ element: dropdown.trigger, kind: gender, canonical: 'female' }]);
    expect(dropdown.shown()).toBe('Женский');
    await run.undo();
    expect(dropdown.shown()).toBe('Мужской');
    expect(dropdown.isOpen()).toBe(false);
  });

  it('finds the list named by aria-controls', async () => {
    const trigger = mount<HTMLElement>(
      '<div role="combobox" aria-controls="genders" tabindex="0">—</div><ul id="genders" style="display: none"><li>Мужской</li><li>Женский</li></ul><ul><li>Женский (меню)</li></ul>',
      '[role=combobox]',
    );
    const list = document.getElementById('genders') as HTMLElement;
    trigger.addEventListener('click', () => (list.style.display = ''));
    list.addEventListener('click', (event) => {
      trigger.textContent = (event.target as HTMLElement).textContent;
      list.style.display = 'none';
    });
    expect(await fillField(trigger, gender, 'female')).toMatchObject({ status: 'filled', readBack: 'Женский' });
  });
});
