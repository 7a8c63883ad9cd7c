/**
 * Code cells (one `<input>` per digit, as in the portal's `esia-code-input`) are never filled
 * from the profile: the code is the person's. When the person pastes a code and the portal does
 * not spread it over the cells itself, the digits are spread here, each cell edited the way a
 * keystroke does (the cells' script reads the `input` event's data and moves the focus on).
 */
import { digitsOf } from '../text';
import { leaveField, nextTask, replaceValue } from './events';

export type SpreadResult =
  | 'spread' // the digits were put one per cell
  | 'already-spread' // the portal did it itself
  | 'not-a-full-code' // the text has fewer (or more) digits than there are cells: nothing is filled partially
  | 'left-as-is'; // the cells past the first hold something already: the portal handled the paste its own way

/**
 * Call from the person's own `paste` event, with the pasted text. Waits one task so that the
 * portal's paste handler runs first, then spreads the code only if that handler did not.
 */
export async function spreadPastedCode(cells: readonly HTMLInputElement[], text: string): Promise<SpreadResult> {
  const digits = digitsOf(text);
  if (cells.length === 0 || digits.length !== cells.length) return 'not-a-full-code';
  await nextTask();
  if (cells.every((cell, index) => cell.value === digits[index])) return 'already-spread';
  if (cells.slice(1).some((cell) => cell.value !== '')) return 'left-as-is';
  cells.forEach((cell, index) => {
    replaceValue(cell, digits[index] ?? '', 'insertText');
    leaveField(cell);
  });
  await nextTask();
  return 'spread';
}
