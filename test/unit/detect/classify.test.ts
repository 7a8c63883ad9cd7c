import { describe, expect, it } from 'vitest';
import { decide, scoreSignals } from '../../../lib/detect/classify';
import { OWN_UI_ATTRIBUTE } from '../../../lib/detect/dom';
import { SignalReader, type ControlSignals } from '../../../lib/detect/signals';
import { FIELD_DECISION } from '../../../lib/detect/weights';
import { kindAt, kindOfOnly, scanHtml } from './html';

describe('where a control’s label comes from', () => {
  it.each([
    ['label[for]', '<label for="x">Фамилия</label><div><input id="x"></div>'],
    ['a wrapping label', '<label>Фамилия <input></label>'],
    ['aria-labelledby', '<span id="a">Фамилия</span><span id="b">(как в паспорте)</span><div><input aria-labelledby="a b"></div>'],
    ['aria-label', '<input aria-label="Фамилия">'],
    ['a floating label after the input', '<div class="float"><input placeholder=" "><label>Фамилия</label></div>'],
    ['the row’s th', '<table><tr><th>Фамилия</th><td><input></td></tr></table>'],
    ['the row’s first td', '<table><tr><td>Фамилия</td><td><input></td></tr></table>'],
    ['the dt of its dd', '<dl><dt>Фамилия</dt><dd><input></dd></dl>'],
    ['the text just before it', '<div><span>Фамилия</span><lib-plain-input><div><input id="plainInput-3"></div></lib-plain-input></div>'],
    ['a bare text node before it', '<p>Фамилия: <input></p>'],
    ['the title', '<input title="Фамилия">'],
    ['the placeholder', '<input placeholder="Фамилия">'],
    ['formcontrolname on the wrapping custom element', '<lib-plain-input formcontrolname="lastName"><div><input id="plainInput-9"></div></lib-plain-input>'],
    ['the autocomplete token', '<input autocomplete="family-name">'],
    ['the name', '<input name="surname">'],
  ])('%s', (_, html) => {
    expect(kindOfOnly(html)).toBe('lastName');
  });

  it('reads the caption of a cell that also holds a separately labelled checkbox', () => {
    const scan = scanHtml(`
      <div class="label">Отчество</div>
      <div class="cell"><input id="m"><label><input type="checkbox" id="none"> Нет отчества</label></div>`);
    expect([kindAt(scan, '#m'), kindAt(scan, '#none')]).toEqual(['middleName', 'noMiddleName']);
  });

  it('leaves alone two unlabelled inputs under one caption', () => {
    const scan = scanHtml('<div class="label">Серия и номер</div><div class="cell"><input id="a"><input id="b"></div>');
    expect([kindAt(scan, '#a'), kindAt(scan, '#b')]).toEqual([null, null]);
  });

  it('reads a radio group’s caption without a fieldset', () => {
    const scan = scanHtml(`
      <div class="label">Пол</div>
      <div class="cell"><label><input type="radio" name="g" id="m"> Мужской пол</label><label><input type="radio" name="g" id="f"> Женский пол</label></div>`);
    expect([kindAt(scan, '#m'), kindAt(scan, '#f')]).toEqual(['sex', 'sex']);
  });

  it('leaves a tooltip button out of a label', () => {
    const scan = scanHtml('<div>Дата рождения <button type="button">?</button></div><div><input id="d" placeholder="ДД.ММ.ГГГГ"></div>');
    expect(kindAt(scan, '#d')).toBe('birthDate');
  });

  it('keeps the label as a person reads it', () => {
    const scan = scanHtml('<label for="x">Фамилия <span class="req">*</span></label><input id="x">');
    expect(scan.fields[0]?.label).toBe('Фамилия *');
  });

  it('reads a radio group’s legend and a select’s options', () => {
    const scan = scanHtml(`
      <fieldset><legend>Пол</legend><label><input type="radio" name="g" id="m"> Мужской</label><label><input type="radio" name="g" id="f"> Женский</label></fieldset>
      <select id="s"><option>Мужской</option><option>Женский</option></select>`);
    expect(kindAt(scan, '#m')).toBe('sex');
    expect(kindAt(scan, '#f')).toBe('sex');
    expect(kindAt(scan, '#s')).toBe('sex');
  });
});

describe('what a control is not', () => {
  it.each([
    ['a label ruled out by notLabels', '<label for="x">Фамилия врача</label><input id="x">'],
    ['«Имя пользователя»', '<label for="x">Имя пользователя</label><input id="x">'],
    ['a hint followed by other words', '<label for="x">Номер полиса ОМС</label><input id="x">'],
    ['only a weak signal (type=email)', '<input type="email">'],
    ['no signal at all', '<input>'],
    ['prose before it', `<p>${'Это длинный поясняющий текст о том, что здесь нужно ввести, и он совсем не похож на подпись поля. '.repeat(2)}</p><input>`],
  ])('%s', (_, html) => {
    const scan = scanHtml(html);
    expect(scan.fields.map((field) => field.kind)).toEqual([]);
  });

  it('does not take a text that belongs to the field before', () => {
    const scan = scanHtml('<h2>Фамилия</h2><div><input id="a"></div><div><input id="b"></div>');
    expect([kindAt(scan, '#a'), kindAt(scan, '#b')]).toEqual(['lastName', null]);
  });

  it('skips buttons, hidden and search inputs, our own UI and the footer', () => {
    const scan = scanHtml(`
      <input type="hidden" name="lastName"><input type="submit" name="lastName"><input type="search" name="lastName">
      <div ${OWN_UI_ATTRIBUTE}><input name="lastName"></div>
      <footer><input name="email"></footer><div role="search"><input name="email"></div>
      <input id="real" name="lastName">`);
    expect(scan.fields.map((field) => field.element.id)).toEqual(['real']);
  });

  it('prefers the most specific hint', () => {
    const scan = scanHtml(`
      <label for="a">Номер телефона</label><input id="a">
      <label for="b">Код подразделения</label><input id="b">
      <label for="c">Введите код с картинки</label><input id="c">`);
    expect([kindAt(scan, '#a'), kindAt(scan, '#b'), kindAt(scan, '#c')]).toEqual(['phone', 'passportDepartmentCode', 'captcha']);
  });
});

describe('deciding', () => {
  const signals = (overrides: Partial<ControlSignals>): ControlSignals => ({
    autocomplete: [],
    names: [],
    containers: [],
    labels: [],
    nearby: [],
    placeholder: '',
    shape: null,
    type: 'text',
    maxLength: null,
    options: [],
    display: '',
    ...overrides,
  });

  it('leaves a tie alone unless the page expects exactly one of the tied kinds', () => {
    // Six digit slots: the passport number's mask and the postal index's.
    const scores = scoreSignals(signals({ shape: 'XXXXXX' }));
    expect(scores.ranked.map((candidate) => candidate.kind).sort()).toEqual(['passportNumber', 'postalIndex']);
    expect(decide(scores).kind).toBeNull();
    expect(decide(scores, ['passportNumber', 'snils']).kind).toBe('passportNumber');
    expect(decide(scores, ['passportNumber', 'postalIndex']).kind).toBeNull();
  });

  it('does not let the page’s expectations lift a kind over the threshold', () => {
    const scores = scoreSignals(signals({ labels: ['номер полиса'] }));
    expect(scores.ranked[0]?.kind).toBe('passportNumber');
    expect(decide(scores, ['passportNumber']).kind).toBeNull();
  });

  it('reports the evidence it decided on, with a confidence in 0..1', () => {
    const decision = decide(scoreSignals(signals({ names: ['lastname'], labels: ['фамилия'] })));
    expect(decision.kind).toBe('lastName');
    expect(decision.confidence).toBeGreaterThan(FIELD_DECISION.threshold);
    expect(decision.confidence).toBeLessThanOrEqual(1);
    expect(decision.signals.map((item) => item.source).sort()).toEqual(['labelEqual', 'name']);
  });

  it('separates the password from its repeat by the label, though both say new-password', () => {
    const base = { autocomplete: ['new-password'], type: 'password' };
    expect(decide(scoreSignals(signals({ ...base, labels: ['пароль'] }))).kind).toBe('password');
    expect(decide(scoreSignals(signals({ ...base, labels: ['еще раз'] }))).kind).toBe('passwordRepeat');
    expect(decide(scoreSignals(signals({ ...base, labels: ['подтвердите пароль'] }))).kind).toBe('passwordRepeat');
  });
});

describe('SignalReader', () => {
  it('reads names from the control and its custom-element wrappers, in lower case', () => {
    document.body.innerHTML = '<esia-code-input formcontrolname="smsCode"><span><input id="Cell-1" name="digit" autocomplete="one-time-code" maxlength="1"></span></esia-code-input>';
    const control = document.querySelector('input') as HTMLElement;
    const read = new SignalReader({ controls: [{ element: control, type: 'text' }], labelTexts: new Map() }).read({ element: control, type: 'text' });
    expect(read.names).toEqual(['cell-1', 'digit', 'smscode']);
    expect(read.containers).toEqual(['esia-code-input']);
    expect(read.autocomplete).toEqual(['one-time-code']);
    expect(read.maxLength).toBe(1);
  });
});
