import { FIELD_KINDS } from '../../../lib/fields';
import type { FieldKind } from '../../../lib/fields/types';
import { describeOutcome, fillAll, fillField, FILL_MEASURE } from '../../../lib/fill';
import { birthDate, noPatronymic, password, phone, snils, surname } from './kinds';
import { attachKeystrokeMask, attachPhoneMask, conformPhone, mount, recordEvents } from './page';

describe('masked fields', () => {
  it('the emulated mask has the doubled-7 bug when given 11 digits', () => {
    expect(conformPhone('79123456789')).toBe('+7 (791) 234-56-78');
    expect(conformPhone('9123456789')).toBe('+7 (912) 345-67-89');
  });

  it('sends the 10 national digits behind a constant +7, so no 7 is doubled', async () => {
    const input = mount<HTMLInputElement>('<input type="tel" id="phone">', 'input');
    attachPhoneMask(input);
    const log = recordEvents(input);
    const outcome = await fillField(input, phone, '9123456789');
    expect(outcome).toMatchObject({ status: 'filled', method: 'set', intended: '+7 (912) 345-67-89', readBack: '+7 (912) 345-67-89' });
    expect(log).toContain('input:insertFromPaste:9123456789');
  });

  it('sees the constant in the placeholder when the kind has no mask', async () => {
    const input = mount<HTMLInputElement>('<input type="tel" placeholder="+7 (___) ___-__-__">', 'input');
    attachPhoneMask(input);
    const outcome = await fillField(input, { ...phone, detection: {} }, '9123456789');
    expect(outcome).toMatchObject({ status: 'filled', readBack: '+7 (912) 345-67-89' });
  });

  it('gives a field without any mask the display form, not bare digits', async () => {
    const input = mount<HTMLInputElement>('<input id="snils">', 'input');
    const outcome = await fillField(input, snils, '11223344595');
    expect(outcome).toMatchObject({ status: 'filled', method: 'set', readBack: '112-233-445 95' });
  });

  it('falls back to typing when the one-shot value is wiped on blur, and the mask commits the typed digits', async () => {
    const input = mount<HTMLInputElement>('<input type="tel">', 'input');
    const mask = attachKeystrokeMask(input);
    const outcome = await fillField(input, phone, '9123456789');
    expect(outcome).toMatchObject({ status: 'filled', method: 'typed', readBack: '+7 (912) 345-67-89' });
    expect(mask.model()).toBe('9123456789');
  });

  it('reports a mismatch with what the page shows when the mask mangles the value', async () => {
    const input = mount<HTMLInputElement>('<input type="tel">', 'input');
    // A mask that keeps only 7 digits, whatever arrives.
    input.addEventListener('input', () => {
      input.value = conformPhone(input.value).slice(0, '+7 (912) 345-6'.length);
    });
    const outcome = await fillField(input, phone, '9123456789');
    expect(outcome).toMatchObject({ status: 'mismatch', reason: 'value-differs', method: 'typed', intended: '+7 (912) 345-67-89', readBack: '+7 (912) 345-6' });
    expect(describeOutcome(outcome)).toBe('«Помощник Госуслуг»: на странице оказалось «+7 (912) 345-6» вместо «+7 (912) 345-67-89». Исправьте поле вручную.');
  });

  it('does not repeat a sensitive value in the mismatch sentence', async () => {
    const input = mount<HTMLInputElement>('<input>', 'input');
    input.addEventListener('input', () => {
      input.value = input.value.slice(0, 3);
    });
    const outcome = await fillField(input, snils, '11223344595');
    expect(outcome.status).toBe('mismatch');
    expect(describeOutcome(outcome)).toBe('«Помощник Госуслуг»: на странице оказалось не то значение, что в профиле. Проверьте поле.');
  });

  it('leaves a field that already shows the value alone', async () => {
    const input = mount<HTMLInputElement>('<input value="+7 (912) 345-67-89">', 'input');
    const log = recordEvents(input);
    const outcome = await fillField(input, phone, '9123456789');
    expect(outcome).toMatchObject({ status: 'filled', method: 'unchanged' });
    expect(log).toEqual([]);
  });
});

describe('with the registry kinds', () => {
  it('fills the phone kind behind a +7 mask and the SNILS kind into a plain field', async () => {
    document.body.innerHTML = '<input id="phone" type="tel"><input id="snils">';
    const phoneInput = document.getElementById('phone') as HTMLInputElement;
    attachPhoneMask(phoneInput);
    const kinds = new Map<string, FieldKind>(FIELD_KINDS.map((kind) => [kind.id, kind]));
    const run = await fillAll([
      { element: phoneInput, kind: kinds.get('phone')!, canonical: '9123456789' },
      { element: document.getElementById('snils') as HTMLElement, kind: kinds.get('snils')!, canonical: '11223344595' },
    ]);
    expect(run.outcomes.map((outcome) => outcome.status === 'refused' ? outcome.reason : outcome.readBack)).toEqual(['+7 (912) 345-67-89', '112-233-445 95']);
  });
});

describe('a run of typed fields', () => {
  it('reads each field back after the fields are set, and fills a field the one before it reveals late', async () => {
    mount('<input id="first"><div id="later" style="display: none"><input id="second"></div>', 'input');
    const [first, second] = ['first', 'second'].map((id) => document.getElementById(id) as HTMLInputElement);
    // Revealed only once the blur's own microtasks ran: after the second field was first looked at.
    first!.addEventListener('blur', () => queueMicrotask(() => document.getElementById('later')!.style.removeProperty('display')));
    const run = await fillAll([
      { element: first!, kind: surname, canonical: 'Иванов' },
      { element: second!, kind: surname, canonical: 'Петров' },
    ]);
    expect(run.outcomes.map((outcome) => outcome.status)).toEqual(['filled', 'filled']);
    expect([first!.value, second!.value]).toEqual(['Иванов', 'Петров']);
  });

  it('reports a field that stays hidden as refused, in its place in the plan', async () => {
    mount('<input id="first"><input id="second" style="display: none"><input id="third">', 'input');
    const [first, second, third] = ['first', 'second', 'third'].map((id) => document.getElementById(id) as HTMLInputElement);
    const run = await fillAll([first!, second!, third!].map((element) => ({ element, kind: surname, canonical: 'Иванов' })));
    expect(run.outcomes.map((outcome) => (outcome.status === 'refused' ? outcome.reason : outcome.status))).toEqual(['filled', 'hidden', 'filled']);
    expect(second!.value).toBe('');
  });
});

describe('dates', () => {
  it('types дд.мм.гггг into a text date field', async () => {
    const input = mount<HTMLInputElement>('<input id="birthDate" placeholder="дд.мм.гггг">', 'input');
    const outcome = await fillField(input, birthDate, '1990-02-01');
    expect(outcome).toMatchObject({ status: 'filled', readBack: '01.02.1990' });
  });

  it('sets yyyy-mm-dd into a native date input, and undo empties it (no selection API there)', async () => {
    const input = mount<HTMLInputElement>('<input type="date">', 'input');
    const run = await fillAll([{ element: input, kind: birthDate, canonical: '1990-02-01' }]);
    expect(run.outcomes[0]).toMatchObject({ status: 'filled', intended: '1990-02-01', readBack: '1990-02-01' });
    expect(input.value).toBe('1990-02-01');
    await run.undo();
    expect(input.value).toBe('');
  });
});

describe('refusals', () => {
  it('never fills a secret kind, and keeps its value out of the outcome', async () => {
    const input = mount<HTMLInputElement>('<input id="password">', 'input');
    const log = recordEvents(input);
    const outcome = await fillField(input, password, 'Secret123!');
    expect(outcome).toMatchObject({ status: 'refused', reason: 'secret', intended: '' });
    expect(input.value).toBe('');
    expect(log).toEqual([]);
    expect(describeOutcome(outcome)).toBe('«Помощник Госуслуг» не заполняется автоматически: пароли и коды вводите сами.');
  });

  it.each([
    ['a password input', '<input type="password">'],
    ['a one-time-code input', '<input autocomplete="one-time-code">'],
  ])('refuses %s whatever kind the plan says', async (_, html) => {
    const input = mount<HTMLInputElement>(html, 'input');
    const outcome = await fillField(input, surname, 'Иванов');
    expect(outcome).toMatchObject({ status: 'refused', reason: 'secret' });
    expect(input.value).toBe('');
  });

  it.each([
    ['disabled', '<input disabled>'],
    ['readonly', '<input readonly>'],
    ['readonly', '<input aria-readonly="true">'],
    ['hidden', '<input style="display: none">'],
    ['hidden', '<div aria-hidden="true"><input></div>'],
    ['unsupported-element', '<input type="checkbox">'],
  ])('refuses a %s field: %s', async (reason, html) => {
    const input = mount<HTMLInputElement>(html, 'input');
    const outcome = await fillField(input, surname, 'Иванов');
    expect(outcome).toMatchObject({ status: 'refused', reason });
    expect(input.value === 'Иванов').toBe(false);
  });
});

describe('checkboxes', () => {
  it('clicks only when the state differs, and reads checked back', async () => {
    const box = mount<HTMLInputElement>('<label><input type="checkbox"> Нет отчества</label>', 'input');
    const log = recordEvents(box);
    const changes: string[] = [];
    box.addEventListener('change', () => changes.push(String(box.checked)));
    expect(await fillField(box, noPatronymic, 'true')).toMatchObject({ status: 'filled', method: 'clicked', readBack: 'true' });
    expect(await fillField(box, noPatronymic, 'true')).toMatchObject({ status: 'filled', method: 'unchanged' });
    expect(changes).toEqual(['true']);
    expect(log.filter((entry) => entry === 'click')).toHaveLength(1);
    expect(await fillField(box, noPatronymic, 'false')).toMatchObject({ status: 'filled', readBack: 'false' });
    expect(box.checked).toBe(false);
  });

  it('fills a styled checkbox whose native box is invisible but whose label is seen', async () => {
    const box = mount<HTMLInputElement>('<input type="checkbox" id="flat" style="opacity: 0"><label for="flat">Нет номера квартиры</label>', 'input');
    expect(await fillField(box, noPatronymic, 'true')).toMatchObject({ status: 'filled' });
    expect(box.checked).toBe(true);
  });

  it('reports a mismatch when the page keeps the box unchecked', async () => {
    const box = mount<HTMLInputElement>('<input type="checkbox">', 'input');
    box.addEventListener('click', (event) => event.preventDefault());
    expect(await fillField(box, noPatronymic, 'true')).toMatchObject({ status: 'mismatch', reason: 'value-differs', readBack: 'false' });
  });

  it('refuses a value that is not true or false', async () => {
    const box = mount<HTMLInputElement>('<input type="checkbox">', 'input');
    expect(await fillField(box, noPatronymic, 'yes')).toMatchObject({ status: 'refused', reason: 'invalid-value' });
    expect(box.checked).toBe(false);
  });

  it('clicks a custom role=checkbox and reads aria-checked', async () => {
    const box = mount<HTMLElement>('<div role="checkbox" aria-checked="false" tabindex="0">Нет отчества</div>', 'div');
    box.addEventListener('click', () => box.setAttribute('aria-checked', String(box.getAttribute('aria-checked') !== 'true')));
    expect(await fillField(box, noPatronymic, 'true')).toMatchObject({ status: 'filled', readBack: 'true' });
  });
});

describe('fillAll and undo', () => {
  it('fills in order, measures gu:fill, and undoes through the same events', async () => {
    document.body.innerHTML = '<input id="a" value="Петров"><input id="b" type="tel"><input id="c" type="checkbox"><input id="d" type="password">';
    const [surnameInput, phoneInput, box, secret] = ['a', 'b', 'c', 'd'].map((id) => document.getElementById(id) as HTMLInputElement) as [HTMLInputElement, HTMLInputElement, HTMLInputElement, HTMLInputElement];
    attachPhoneMask(phoneInput);
    performance.clearMeasures(FILL_MEASURE);
    const run = await fillAll([
      { element: surnameInput, kind: surname, canonical: 'Иванов' },
      { element: phoneInput, kind: phone, canonical: '9123456789' },
      { element: box, kind: noPatronymic, canonical: 'true' },
      { element: secret, kind: password, canonical: 'x' },
    ]);
    expect(run.outcomes.map((outcome) => outcome.status)).toEqual(['filled', 'filled', 'filled', 'refused']);
    expect([surnameInput.value, phoneInput.value, box.checked]).toEqual(['Иванов', '+7 (912) 345-67-89', true]);
    expect(performance.getEntriesByName(FILL_MEASURE, 'measure')).toHaveLength(1);

    const undoLog = recordEvents(surnameInput);
    await run.undo();
    expect([surnameInput.value, phoneInput.value, box.checked]).toEqual(['Петров', '', false]);
    expect(undoLog).toContain('input:insertFromPaste:Петров');
  });

  it('does not touch fields that were already right when undoing', async () => {
    const input = mount<HTMLInputElement>('<input value="Иванов">', 'input');
    const run = await fillAll([{ element: input, kind: surname, canonical: 'Иванов' }]);
    const log = recordEvents(input);
    await run.undo();
    expect(log).toEqual([]);
    expect(input.value).toBe('Иванов');
  });
});
