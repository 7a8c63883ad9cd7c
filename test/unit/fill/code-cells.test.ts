import { spreadPastedCode } from '../../../lib/fill';
import { recordEvents } from './page';

function mountCells(): HTMLInputElement[] {
  document.body.innerHTML = `<esia-code-input>${'<input type="tel" maxlength="1">'.repeat(6)}</esia-code-input>`;
  return Array.from(document.querySelectorAll('input'));
}

describe('spreadPastedCode', () => {
  it('spreads a code the portal left whole in the first cell, one keystroke-like edit per cell', async () => {
    const cells = mountCells();
    const logs = cells.map(recordEvents);
    cells[0]!.value = '123456';
    expect(await spreadPastedCode(cells, ' 123 456 ')).toBe('spread');
    expect(cells.map((cell) => cell.value)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(logs[0]).toContain('input:insertText:1');
    expect(logs[5]).toEqual(['focus', 'focusin', 'beforeinput:insertText:6', 'input:insertText:6', 'change', 'blur', 'focusout']);
  });

  it('follows a portal that moves the focus to the next cell on input', async () => {
    const cells = mountCells();
    cells.forEach((cell, index) => cell.addEventListener('input', () => cells[index + 1]?.focus()));
    const logs = cells.map(recordEvents);
    expect(await spreadPastedCode(cells, '654321')).toBe('spread');
    expect(cells.map((cell) => cell.value).join('')).toBe('654321');
    expect(logs.map((log) => log.filter((entry) => entry === 'focus').length)).toEqual([1, 1, 1, 1, 1, 1]);
  });

  it('never fills partially: fewer digits than cells change nothing', async () => {
    const cells = mountCells();
    const logs = cells.map(recordEvents);
    expect(await spreadPastedCode(cells, '123')).toBe('not-a-full-code');
    expect(cells.map((cell) => cell.value).join('')).toBe('');
    expect(logs.flat()).toEqual([]);
  });

  it('leaves a code the portal spread itself', async () => {
    const cells = mountCells();
    cells.forEach((cell, index) => (cell.value = String(index + 1)));
    const logs = cells.map(recordEvents);
    expect(await spreadPastedCode(cells, '123456')).toBe('already-spread');
    expect(logs.flat()).toEqual([]);
  });

  it('leaves cells the portal filled its own way', async () => {
    const cells = mountCells();
    cells[0]!.value = '1';
    cells[1]!.value = '2';
    expect(await spreadPastedCode(cells, '123456')).toBe('left-as-is');
    expect(cells.map((cell) => cell.value).join('')).toBe('12');
  });

  it('waits for the portal own paste handler before deciding', async () => {
    const cells = mountCells();
    const pasted = spreadPastedCode(cells, '123456');
    // The portal spreads it in the same task as the paste event, after the helper was called.
    cells.forEach((cell, index) => (cell.value = String(index + 1)));
    expect(await pasted).toBe('already-spread');
  });
});
