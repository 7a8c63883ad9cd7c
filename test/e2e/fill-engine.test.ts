/**
 * The fill engine in real Chromium and Firefox, against pages built with the real libraries
 * (test/fixtures/frameworks): each framework's own state must hold the intended value. The
 * engine runs as a page global (`GuFill`, bundled by build.mjs), so these tests do not depend
 * on the content script's wiring.
 */
import { beforeAll, expect, it } from 'vitest';
import type { FillTestGlobal } from '../fixtures/frameworks/fill-engine';
import { type E2EBrowser, forEachBrowser } from './support/browsers';
import type { E2EPage } from './support/page';
import { buildFrameworkFixtures } from './support/framework-fixtures';

interface FieldRequest {
  readonly selector: string;
  readonly kind: string;
  readonly canonical: string;
}

interface OutcomeSummary {
  readonly status: string;
  readonly method?: string;
  readonly reason?: string;
  readonly readBack?: string;
}

beforeAll(buildFrameworkFixtures);

/** Opens a framework fixture at the portal's address and loads the engine into it. */
async function openFixture(browser: E2EBrowser, page: string, ready: string): Promise<E2EPage> {
  const tab = await browser.open(browser.server.url(`/fixtures/frameworks/${page}.html`));
  await tab.waitForSelector(ready);
  await tab.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const script = document.createElement('script');
        script.src = '/built/frameworks/fill-engine.js';
        script.onload = () => resolve();
        script.onerror = () => reject(new Error('the engine bundle did not load'));
        document.head.append(script);
      }),
  );
  return tab;
}

/** Fills the fields with `GuFill.fillAll` in the page; keeps the run as `window.__run` for undo. */
function fill(tab: E2EPage, fields: readonly FieldRequest[]): Promise<OutcomeSummary[]> {
  return tab.evaluate(async (requests: readonly FieldRequest[]) => {
    const page = window as unknown as { GuFill: FillTestGlobal; __run?: Awaited<ReturnType<FillTestGlobal['fillAll']>> };
    const find = (selector: string): HTMLElement => {
      const element = document.querySelector<HTMLElement>(selector);
      if (!element) throw new Error(`no ${selector} on the page`);
      return element;
    };
    const plan = requests.map((request) => ({ element: find(request.selector), kind: page.GuFill.kinds[request.kind]!, canonical: request.canonical }));
    page.__run = await page.GuFill.fillAll(plan);
    return page.__run.outcomes.map((outcome) => ({
      status: outcome.status,
      reason: outcome.status === 'filled' ? undefined : outcome.reason,
      method: outcome.status === 'refused' ? undefined : outcome.method,
      readBack: outcome.status === 'refused' ? undefined : outcome.readBack,
    }));
  }, fields);
}

function undo(tab: E2EPage): Promise<void> {
  return tab.evaluate(async () => {
    await (window as unknown as { __run: { undo(): Promise<void> } }).__run.undo();
  });
}

function frameworkState<State>(tab: E2EPage): Promise<State> {
  return tab.evaluate(() => (window as unknown as { __state(): State }).__state());
}

/** The value a field shows, `#id` or any selector. */
function shown(tab: E2EPage, selector: string): Promise<string> {
  return tab.evaluate((target: string) => document.querySelector<HTMLInputElement>(target)?.value ?? '', selector);
}

forEachBrowser((browser) => {
  it('fills a React controlled form: React state holds every value, and undo empties it again', async () => {
    const tab = await openFixture(browser, 'react', '#lastName');
    // React's value tracker is really there: an assigned value does not reach React state.
    await tab.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('#lastName')!;
      input.value = 'Петров';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(await frameworkState<{ lastName: string }>(tab)).toMatchObject({ lastName: '' });

    const outcomes = await fill(tab, [
      { selector: '#lastName', kind: 'lastName', canonical: 'Иванов' },
      { selector: '#phone', kind: 'phone', canonical: '9123456789' },
      { selector: '#sex', kind: 'sex', canonical: 'female' },
      { selector: '#noMiddleName', kind: 'noMiddleName', canonical: 'true' },
    ]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['filled', 'filled', 'filled', 'filled']);
    expect(await frameworkState(tab)).toEqual({ lastName: 'Иванов', phone: '+7 (912) 345-67-89', sex: 'F', noMiddleName: true });

    await undo(tab);
    // The tracker-swallowed 'Петров' never reached React; the undo restores what was on screen before the fill.
    expect(await frameworkState(tab)).toEqual({ lastName: 'Петров', phone: '', sex: '', noMiddleName: false });
  });

  it('fills a Vue 3 v-model form: the model holds every value, and undo restores it', async () => {
    const tab = await openFixture(browser, 'vue', '#lastName');
    const outcomes = await fill(tab, [
      { selector: '#lastName', kind: 'lastName', canonical: 'Иванов' },
      { selector: '#phone', kind: 'phone', canonical: '9123456789' },
      { selector: '#birthDate', kind: 'birthDate', canonical: '1990-02-01' },
      { selector: '#sex', kind: 'sex', canonical: 'male' },
      { selector: '#noFlat', kind: 'noFlat', canonical: 'true' },
    ]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['filled', 'filled', 'filled', 'filled', 'filled']);
    expect(await frameworkState(tab)).toEqual({ lastName: 'Иванов', phone: '+7 (912) 345-67-89', birthDate: '1990-02-01', sex: 'M', noFlat: true });
    await undo(tab);
    expect(await frameworkState(tab)).toEqual({ lastName: '', phone: '', birthDate: '', sex: '', noFlat: false });
  });

  it('fills imask, Inputmask and text-mask fields: each mask holds the right digits, no doubled 7', async () => {
    const tab = await openFixture(browser, 'masks', '#textMaskPhone');
    const outcomes = await fill(tab, [
      { selector: '#imaskPhone', kind: 'phone', canonical: '9123456789' },
      { selector: '#inputmaskPhone', kind: 'phone', canonical: '9123456789' },
      { selector: '#inputmaskSnils', kind: 'snils', canonical: '11223344595' },
      { selector: '#textMaskPhone', kind: 'phone', canonical: '9123456789' },
    ]);
    expect(outcomes).toEqual([
      { status: 'filled', method: 'set', readBack: '+7 (912) 345-67-89' },
      { status: 'filled', method: 'set', readBack: '+7 (912) 345-67-89' },
      { status: 'filled', method: 'set', readBack: '112-233-445 95' },
      { status: 'filled', method: 'set', readBack: '+7 (912) 345-67-89' },
    ]);
    expect(await frameworkState(tab)).toEqual({
      imaskPhone: '79123456789', // imask's unmasked value keeps the {7} it inserted itself
      inputmaskPhone: '9123456789',
      inputmaskSnils: '11223344595',
      textMaskPhone: '+7 (912) 345-67-89',
    });
  });

  it('text-mask really doubles the 7 when given all 11 digits (what the engine avoids)', async () => {
    const tab = await openFixture(browser, 'masks', '#textMaskPhone');
    await tab.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('#textMaskPhone')!;
      input.focus();
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, '79123456789');
      input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste', data: '79123456789' }));
    });
    expect(await shown(tab, '#textMaskPhone')).toBe('+7 (791) 234-56-78');
  });

  it('fills the Angular-like portal form: controls commit on blur, keystroke masks get typed digits', async () => {
    const tab = await openFixture(browser, 'angular', '#phone');
    const outcomes = await fill(tab, [
      { selector: '#lastName', kind: 'lastName', canonical: 'Иванов' },
      { selector: '#phone', kind: 'phone', canonical: '9123456789' },
      { selector: '#snils', kind: 'snils', canonical: '11223344595' },
      { selector: '#issueDate', kind: 'passportIssueDate', canonical: '2015-02-01' },
      { selector: '#sexTrigger', kind: 'sex', canonical: 'female' },
      { selector: '#docType', kind: 'docType', canonical: 'rfPassport' },
      { selector: '#noMiddleName', kind: 'noMiddleName', canonical: 'true' },
      { selector: '#noFlat', kind: 'noFlat', canonical: 'true' },
    ]);
    expect(outcomes).toEqual([
      { status: 'filled', method: 'set', readBack: 'Иванов' },
      { status: 'filled', method: 'set', readBack: '+7 (912) 345-67-89' },
      { status: 'filled', method: 'set', readBack: '112-233-445 95' },
      { status: 'filled', method: 'typed', readBack: '01.02.2015' },
      { status: 'filled', method: 'clicked', readBack: 'Женский' },
      { status: 'filled', method: 'selected', readBack: 'Паспорт гражданина Российской Федерации' },
      { status: 'filled', method: 'clicked', readBack: 'true' },
      { status: 'filled', method: 'clicked', readBack: 'true' },
    ]);
    expect(await frameworkState(tab)).toMatchObject({
      lastName: 'Иванов',
      phone: '+7 (912) 345-67-89',
      snils: '112-233-445 95',
      issueDate: '01.02.2015',
      sex: 'F',
      docType: 'RF_PASSPORT',
      noMiddleName: true,
      noFlat: true,
      touched: expect.arrayContaining(['lastName', 'phone', 'snils', 'issueDate']),
    });

    await undo(tab);
    expect(await frameworkState(tab)).toMatchObject({ lastName: '', phone: '', snils: '', issueDate: '', docType: '', noMiddleName: false, noFlat: false });
    // A custom dropdown cannot go back to its placeholder: the undo leaves the choice and closes the list.
    expect(await tab.evaluate(() => document.querySelectorAll('[role=option]').length)).toBe(0);
  });

  it('reports a mismatch when a masked field drops an incomplete value on blur', async () => {
    const tab = await openFixture(browser, 'angular', '#phone');
    const [outcome] = await fill(tab, [{ selector: '#phone', kind: 'phone', canonical: '91234' }]);
    expect(outcome).toEqual({ status: 'mismatch', reason: 'value-differs', method: 'typed', readBack: '' });
  });

  it('never fills code cells from a profile, but spreads a pasted code the portal left unspread', async () => {
    const tab = await openFixture(browser, 'angular', 'esia-code-input input');
    const [refused] = await fill(tab, [{ selector: 'esia-code-input input', kind: 'oneTimeCode', canonical: '123456' }]);
    expect(refused).toEqual({ status: 'refused', reason: 'secret' });

    const paste = (text: string): Promise<string> =>
      tab.evaluate(async (pasted: string) => {
        const { GuFill } = window as unknown as { GuFill: FillTestGlobal };
        const cells = Array.from(document.querySelectorAll<HTMLInputElement>('esia-code-input input'));
        // What the content script does: listen to the person's paste, then call spreadPastedCode
        // with the pasted text (a synthetic paste event carries no clipboard data in Firefox).
        const result = new Promise<string>((resolve) => {
          cells[0]!.addEventListener('paste', () => void GuFill.spreadPastedCode(cells, pasted).then(resolve), { once: true });
        });
        cells[0]!.focus();
        cells[0]!.dispatchEvent(new ClipboardEvent('paste', { bubbles: true, cancelable: true }));
        return result;
      }, text);

    expect(await paste('123')).toBe('not-a-full-code');
    expect(await frameworkState(tab)).toMatchObject({ code: '', submittedCode: '' });
    expect(await paste('123 456')).toBe('spread');
    expect(await frameworkState(tab)).toMatchObject({ code: '123456', submittedCode: '123456' });
  });

  it('tells visible fields from ones hidden by geometry, clipping, covering and shadow DOM', async () => {
    const tab = await openFixture(browser, 'visibility', '#visible');
    const expected: Record<string, boolean> = {
      visible: true,
      offscreenLeft: false,
      offscreenTop: false,
      clipPathInset: false,
      clipRect: false,
      srOnly: false,
      scaleZeroAncestor: false,
      zeroSize: false,
      collapsedPanel: false,
      covered: false,
      coveredNeighbour: false,
      floatingLabel: true,
      inShadow: true,
      inCoveredShadow: false,
      slotted: true,
      hiddenSlotted: false,
      unslotted: false,
      belowFold: true,
    };
    const seen = await tab.evaluate((ids: string[]) => {
      const page = window as unknown as { GuFill: FillTestGlobal; __field(id: string): Element | null };
      return Object.fromEntries(ids.map((id) => [id, page.__field(id) ? page.GuFill.isActuallyVisible(page.__field(id)!) : 'missing']));
    }, Object.keys(expected));
    expect(seen).toEqual(expected);
  });

  it('refuses hidden and disabled fields and leaves them empty', async () => {
    const tab = await openFixture(browser, 'visibility', '#visible');
    await tab.evaluate(() => document.body.insertAdjacentHTML('afterbegin', '<fieldset disabled><input id="inDisabledFieldset"></fieldset>'));
    const outcomes = await fill(tab, [
      { selector: '#offscreenLeft', kind: 'lastName', canonical: 'Иванов' },
      { selector: '#covered', kind: 'lastName', canonical: 'Иванов' },
      { selector: '#inDisabledFieldset', kind: 'lastName', canonical: 'Иванов' },
      { selector: '#visible', kind: 'lastName', canonical: 'Иванов' },
    ]);
    expect(outcomes.map((outcome) => [outcome.status, outcome.reason])).toEqual([
      ['refused', 'hidden'],
      ['refused', 'hidden'],
      ['refused', 'disabled'],
      ['filled', undefined],
    ]);
    expect(await Promise.all(['#offscreenLeft', '#covered', '#inDisabledFieldset'].map((selector) => shown(tab, selector)))).toEqual(['', '', '']);
  });
});
