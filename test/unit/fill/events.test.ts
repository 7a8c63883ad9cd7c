import { fillField } from '../../../lib/fill';
import { phone, surname } from './kinds';
import { mount, recordEvents, trackValueLikeReact } from './page';

describe('the events a fill dispatches', () => {
  it('sets a value in the order real typing produces: focus, beforeinput, input, change, blur', async () => {
    const input = mount<HTMLInputElement>('<input id="lastName">', 'input');
    const log = recordEvents(input);
    const outcome = await fillField(input, surname, 'Иванов');
    expect(outcome).toMatchObject({ status: 'filled', method: 'set', readBack: 'Иванов' });
    expect(log).toEqual(['focus', 'focusin', 'beforeinput:insertFromPaste:Иванов', 'input:insertFromPaste:Иванов', 'change', 'blur', 'focusout']);
    expect(document.activeElement).not.toBe(input);
  });

  it('defeats a React-like value tracker by using the prototype setter', async () => {
    const input = mount<HTMLInputElement>('<input>', 'input');
    const changes = trackValueLikeReact(input);
    // The emulated tracker really swallows a plain assignment:
    input.value = 'Петров';
    input.dispatchEvent(new InputEvent('input', { bubbles: true }));
    expect(changes).toEqual([]);
    await fillField(input, surname, 'Иванов');
    expect(changes).toEqual(['Иванов']);
  });

  it('types character by character with keydown, keypress, beforeinput, input, keyup when a one-shot set is rejected', async () => {
    const input = mount<HTMLInputElement>('<input>', 'input');
    // Refuses pasted text, accepts typed characters (as some masks do).
    input.addEventListener('beforeinput', (event) => {
      if (event.inputType === 'insertFromPaste') event.preventDefault();
    });
    const log = recordEvents(input);
    const outcome = await fillField(input, surname, 'Ли');
    expect(outcome).toMatchObject({ status: 'filled', method: 'typed', readBack: 'Ли' });
    const typing = log.slice(log.lastIndexOf('focusin') + 1);
    expect(typing).toEqual([
      'keydown', 'keypress', 'beforeinput:insertText:Л', 'input:insertText:Л', 'keyup',
      'keydown', 'keypress', 'beforeinput:insertText:и', 'input:insertText:и', 'keyup',
      'change', 'blur', 'focusout',
    ]);
  });

  it('clears an old value with a Backspace before typing', async () => {
    const input = mount<HTMLInputElement>('<input value="old">', 'input');
    input.addEventListener('beforeinput', (event) => {
      if (event.inputType === 'insertFromPaste') event.preventDefault();
    });
    const log = recordEvents(input);
    await fillField(input, surname, 'Я');
    const typing = log.slice(log.lastIndexOf('focusin') + 1);
    expect(typing.slice(0, 4)).toEqual(['keydown', 'beforeinput:deleteContentBackward:', 'input:deleteContentBackward:', 'keyup']);
    expect(input.value).toBe('Я');
  });

  it('inserts nothing itself when the page handles keypress (cancels it and inserts the character)', async () => {
    const input = mount<HTMLInputElement>('<input type="tel">', 'input');
    input.addEventListener('beforeinput', (event) => {
      if (event.inputType === 'insertFromPaste') event.preventDefault();
    });
    // Inputmask-like: keypress is cancelled and the page inserts the digit where it wants.
    input.addEventListener('keypress', (event) => {
      event.preventDefault();
      input.value = `${input.value}${event.key}`;
    });
    const log = recordEvents(input);
    const outcome = await fillField(input, { ...phone, detection: {}, format: (value: string) => value }, '9123');
    expect(outcome).toMatchObject({ status: 'filled', method: 'typed', readBack: '9123' });
    expect(log.filter((entry) => entry.startsWith('input'))).toEqual([]);
  });

  it('dispatches its own focus events when focus() fires none (a window without focus)', async () => {
    const input = mount<HTMLInputElement>('<input>', 'input');
    input.focus = () => undefined;
    const log = recordEvents(input);
    await fillField(input, surname, 'Иванов');
    expect(log).toEqual(['focus', 'focusin', 'beforeinput:insertFromPaste:Иванов', 'input:insertFromPaste:Иванов', 'change', 'blur', 'focusout']);
  });
});
