/**
 * Whether a click sends the page's form: the button's text is one of the recognised page's own
 * actions (lib/detect/pages: «Зарегистрироваться», «Готово», «Доставить»…). Sending a form proves
 * more about the account's stage than seeing it (lib/stage/evidence.ts). A click proves only
 * that the person tried: the page seen next confirms or corrects it.
 */
import { readableText } from '../detect/dom';
import { PAGE_KINDS } from '../detect/pages';
import { normaliseText } from '../text';

const SUBMIT_CONTROLS = 'button, input[type=submit], input[type=button], [role=button]';

export function isSubmitClick(pageKind: string, path: readonly EventTarget[]): boolean {
  const actions = PAGE_KINDS.find((kind) => kind.id === pageKind)?.signals.actions;
  if (!actions) return false;
  const control = path.find((target): target is Element => target instanceof Element && target.matches(SUBMIT_CONTROLS));
  if (!control) return false;
  const text = normaliseText(control instanceof HTMLInputElement ? control.value : readableText(control));
  return (actions[text] ?? 0) > 0;
}
