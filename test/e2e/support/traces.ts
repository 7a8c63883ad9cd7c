/**
 * Where a person's data could be left behind, read as text so a test can search it: the page
 * (its markup, what its form controls hold, the helper's overlay) and the extension's own
 * storage (`storage.local`, `storage.session`, and the web storage of the extension's origin).
 */
import { OWN_UI_ATTRIBUTE } from '../../../lib/detect/dom';
import type { E2EBrowser } from './browsers';
import type { E2EPage } from './page';

/**
 * How the test profile (test/fixtures/profile.ts) shows wherever it lands: the SNILS as stored
 * and as the portal's mask shows it, the passport number and series, the surname.
 */
export const PROFILE_TRACES: readonly string[] = ['11223344595', '112-233-445 95', '123456', '6910', 'Иванов'];

/** Which of PROFILE_TRACES occur in `text`. */
export function profileTracesIn(text: string): string[] {
  return PROFILE_TRACES.filter((trace) => text.includes(trace));
}

/** The form controls that hold something (text, a chosen option other than the first, a tick), by id or position. */
export function filledControls(page: E2EPage): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const filled: Record<string, string> = {};
    document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>('input, textarea, select').forEach((control, index) => {
      const key = control.id || `#${index}`;
      if (control instanceof HTMLSelectElement) {
        if (control.selectedIndex > 0) filled[key] = control.value;
      } else if (control instanceof HTMLInputElement && (control.type === 'checkbox' || control.type === 'radio')) {
        if (control.checked) filled[key] = 'checked';
      } else if (control.value !== '') {
        filled[key] = control.value;
      }
    });
    return filled;
  });
}

/** How many marks (beside filled fields) and hints (beside checked ones) the helper's overlay shows. */
export function marksAndHints(page: E2EPage): Promise<number> {
  return page.evaluate((attribute) => document.querySelector(`[${attribute}]`)?.shadowRoot?.querySelectorAll('.mark, .hint').length ?? 0, OWN_UI_ATTRIBUTE);
}

/** Whether the helper's overlay is on the page at all. */
export function hasOverlay(page: E2EPage): Promise<boolean> {
  return page.evaluate((attribute) => document.querySelector(`[${attribute}]`) !== null, OWN_UI_ATTRIBUTE);
}

/** Everything the page holds as text: its markup, every control's value, the title, the text inside open shadow roots. */
export function pageDump(page: E2EPage): Promise<string> {
  return page.evaluate(() => {
    const values = [...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>('input, textarea, select')].map((control) => control.value);
    const shadows = [...document.querySelectorAll('*')].flatMap((element) => (element.shadowRoot ? [element.shadowRoot.innerHTML] : []));
    return JSON.stringify({ title: document.title, html: document.documentElement.outerHTML, values, shadows });
  });
}

export interface ExtensionDump {
  readonly local: Record<string, unknown>;
  readonly session: Record<string, unknown>;
  /** The origin's IndexedDB databases (names and versions). */
  readonly indexedDB: readonly unknown[];
  /** The origin's Cache Storage caches, by name. */
  readonly caches: readonly string[];
  readonly localStorage: Record<string, string>;
}

/** The extension's storage areas and the web storage of its origin, read from one of its pages. */
export function extensionDump(browser: E2EBrowser): Promise<ExtensionDump> {
  return browser.evaluateInExtension(async (api) => {
    const [local, session, databases, caches] = await Promise.all([
      api.storage.local.get(null),
      api.storage.session.get(null),
      indexedDB.databases(),
      globalThis.caches.keys(),
    ]);
    return { local, session, indexedDB: databases, caches, localStorage: { ...localStorage } };
  });
}
