/**
 * How a passport, SNILS or INN number shows in the popup: every letter and digit but the last
 * few turned into «•», separators kept where they are. The person still recognises their own
 * number; someone looking over their shoulder at a public terminal cannot copy it.
 */

const MASK = '•';
/** At most this many characters stay readable… */
const MAX_VISIBLE = 3;
/** …and never more than half of them, so a short series (4 digits) shows only 2. */
const MAX_VISIBLE_SHARE = 0.5;

function isSignificant(character: string): boolean {
  return /[\p{L}\p{N}]/u.test(character);
}

/** `112-233-445 95` → `•••-•••-••5 95`; `6910` → `••10`; `123456` → `•••456`. */
export function maskSensitive(shown: string): string {
  const characters = [...shown];
  const total = characters.filter(isSignificant).length;
  let hidden = total - Math.min(MAX_VISIBLE, Math.floor(total * MAX_VISIBLE_SHARE));
  return characters
    .map((character) => {
      if (!isSignificant(character) || hidden === 0) return character;
      hidden -= 1;
      return MASK;
    })
    .join('');
}
