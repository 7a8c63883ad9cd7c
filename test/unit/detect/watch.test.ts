import { Window } from 'happy-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OWN_UI_ATTRIBUTE } from '../../../lib/detect/dom';
import { SCAN_MEASURE, type ScanResult } from '../../../lib/detect/scan';
import { watchDocument } from '../../../lib/detect/watch';
import { WATCH_TIMING } from '../../../lib/detect/weights';
import { loadFixture } from '../../fixtures/portal/load';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** Watches `document`, recording every reported scan and how many scans ran. */
function watch(document: Document) {
  const scans: ScanResult[] = [];
  let wake = (): void => undefined;
  const measure = vi.spyOn(document.defaultView!.performance, 'measure');
  const stop = watchDocument(document, (scan) => {
    scans.push(scan);
    wake();
  });
  cleanups.push(stop, () => measure.mockRestore());
  return {
    scans,
    stop,
    scanCount: () => measure.mock.calls.filter(([name]) => name === SCAN_MEASURE).length,
    /** Resolves once `count` scans have been reported. */
    reported: (count: number) =>
      new Promise<void>((resolve) => {
        wake = () => {
          if (scans.length >= count) resolve();
        };
        wake();
      }),
  };
}

const pause = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));
const kinds = (scan: ScanResult | undefined) => scan?.fields.map((field) => field.kind);

/** Loads a fixture (its scripts still to run) and watches it. */
function watchFixture(file: string) {
  const fixture = loadFixture(file);
  cleanups.push(() => fixture.close());
  return { fixture, watcher: watch(fixture.document) };
}

function blankWindow(url: string): Window {
  const window = new Window({ url });
  cleanups.push(() => window.happyDOM.close());
  return window;
}

describe('watchDocument', () => {
  it('reports a form rendered late, and nothing before it', async () => {
    const { watcher } = watchFixture('late-render.html');
    expect(watcher.scans).toEqual([]);
    await watcher.reported(1);
    expect(watcher.scans[0]?.page?.kind).toBe('registration');
    expect(kinds(watcher.scans[0])).toEqual(['lastName', 'firstName', 'phone', 'email']);
  });

  it('follows a history.pushState swap from login to registration', async () => {
    const { fixture, watcher } = watchFixture('history-swap.html');
    expect(watcher.scans.map((scan) => scan.page?.kind)).toEqual(['login']);
    expect(kinds(watcher.scans[0])).toEqual(['password']);
    await watcher.reported(2);
    expect(fixture.window.location.pathname).toBe('/login/registration');
    expect(watcher.scans[1]?.page?.kind).toBe('registration');
    expect(kinds(watcher.scans[1])).toEqual(['lastName', 'firstName', 'phone', 'email']);
  });

  type WithNavigation = Window & { navigation: { dispatchEvent(event: unknown): boolean } };
  it.each([
    ['popstate', (window: WithNavigation) => window.dispatchEvent(new window.PopStateEvent('popstate'))],
    ['hashchange', (window: WithNavigation) => window.dispatchEvent(new window.HashChangeEvent('hashchange'))],
    ['the Navigation API’s currententrychange', (window: WithNavigation) => window.navigation.dispatchEvent(new window.Event('currententrychange'))],
  ] as const)('rescans on %s when only the URL changed', async (_, announce) => {
    const window = blankWindow('https://esia.gosuslugi.ru/start');
    // happy-dom has no Navigation API: the test gives the window one, as Chromium has.
    Object.defineProperty(window, 'navigation', { value: new window.EventTarget() });
    window.document.body.innerHTML = '<p>Добро пожаловать</p>';
    const watcher = watch(window.document as unknown as Document);
    window.history.pushState({}, '', '/login/registration');
    announce(window as WithNavigation);
    await watcher.reported(1);
    expect(watcher.scans[0]?.page?.kind).toBe('registration');
  });

  it('sees changes inside open shadow roots, and a burst of mutations costs one rescan', async () => {
    const fixture = loadFixture('shadow.html');
    cleanups.push(() => fixture.close());
    await fixture.settle();
    const watcher = watch(fixture.document);
    expect(watcher.scanCount()).toBe(1);
    const form = fixture.document.querySelector('esia-root')!.shadowRoot!.querySelector('form')!;
    for (let index = 0; index < 30; index += 1) form.insertAdjacentHTML('beforeend', `<input name="middleName" data-index="${index}">`);
    await watcher.reported(2);
    expect(watcher.scanCount()).toBe(2);
    expect(kinds(watcher.scans[1])).toHaveLength(34);
  });

  it('ignores mutations inside our own UI', async () => {
    const { fixture, watcher } = watchFixture('registration.html');
    const host = fixture.document.createElement('div');
    host.setAttribute(OWN_UI_ATTRIBUTE, '');
    fixture.document.body.append(host);
    host.innerHTML = '<input name="lastName"><p>Подсказка</p>';
    await pause(WATCH_TIMING.rescanInterval * 2);
    expect(watcher.scanCount()).toBe(1);
    expect(watcher.scans).toHaveLength(1);
  });

  it('stays quiet when a rescan finds the same page and fields', async () => {
    const { fixture, watcher } = watchFixture('registration.html');
    fixture.document.querySelector('esia-registration form')!.insertAdjacentHTML('beforeend', '<p>Проверьте данные</p>');
    await pause(WATCH_TIMING.rescanInterval * 2);
    expect(watcher.scanCount()).toBe(2);
    expect(watcher.scans).toHaveLength(1);
  });

  it('stops', async () => {
    const { fixture, watcher } = watchFixture('registration.html');
    watcher.stop();
    fixture.document.querySelector('esia-registration form')!.insertAdjacentHTML('beforeend', '<input name="middleName">');
    fixture.window.dispatchEvent(new fixture.window.PopStateEvent('popstate'));
    await pause(WATCH_TIMING.rescanInterval * 2);
    expect(watcher.scanCount()).toBe(1);
  });

  it('does nothing for a document without a window', () => {
    const detached = document.implementation.createHTMLDocument('');
    const onChange = vi.fn();
    const stop = watchDocument(detached, onChange);
    expect(onChange).not.toHaveBeenCalled();
    expect(stop()).toBeUndefined();
  });
});
