/**
 * The person presses the helper's toolbar button while a given tab is in front, the way that
 * grants `activeTab`: the browser opens the real popup over that tab and lets the extension see
 * that tab's address. Headless browsers have no toolbar to click, so each is driven the closest
 * way it allows:
 * - Chromium: DevTools' `Extensions.triggerAction` on the tab (what a click on the button runs;
 *   it needs `--enable-unsafe-extension-debugging`, see CHROMIUM_ARGS);
 * - Firefox: `action.openPopup()` called in the handler of a real (trusted) click on a button of
 *   an extension page, which Firefox counts as the person's action on the window's tab in front.
 * Everything is done from an extension page in a window of its own (the observer), so the tab
 * stays the active tab of its window, which is where the popup looks for it.
 */
import type { BrowserContext, Page as PlaywrightPage } from 'playwright-core';
import type { WxtBrowser } from 'wxt/browser';
import type { E2EBrowser } from './browsers';
import { gotoExtensionPage } from './firefox';
import { waitFor } from './overlay';
import type { E2EPage } from './page';
import { HARNESS_PAGE } from './settings';

export interface ToolbarObserver {
  /** Runs `fn` with the extension's API in the observer page (serialised, as `evaluateInExtension`). */
  evaluate<Result, Arg>(fn: (api: WxtBrowser, arg: Arg) => Result | Promise<Result>, arg: Arg): Promise<Awaited<Result>>;
  /** Presses the toolbar button with `page`, the tab `tabId`, in front; resolves once the popup is open. */
  press(page: E2EPage, tabId: number): Promise<void>;
  /** Closes the popup, if one is open. */
  closePopup(): Promise<void>;
  close(): Promise<void>;
}

/** What the observer needs of its page, in either driver. */
interface ObserverPage {
  evaluateExpression(expression: string): Promise<unknown>;
  /** A real mouse click, which the browser reports as trusted. */
  click(selector: string): Promise<void>;
  close(): Promise<void>;
}

const PRESS_BUTTON_ID = 'press-toolbar-button';

/** Chromium's DevTools methods used here, some newer than the protocol types Playwright ships. */
type BrowserProtocol = (method: string, params?: object) => Promise<unknown>;

interface TabTargets {
  readonly targetInfos: readonly { readonly targetId: string; readonly type: string; readonly url: string }[];
}

/** Runs `use` with a browser-level DevTools session of Chromium, detached after. */
async function withBrowserProtocol<T>(context: BrowserContext, use: (send: BrowserProtocol) => Promise<T>): Promise<T> {
  const session = await context.browser()?.newBrowserCDPSession();
  if (!session) throw new Error('[chromium] no browser-level DevTools session');
  try {
    return await use(session.send.bind(session) as BrowserProtocol);
  } finally {
    await session.detach();
  }
}

async function openObserverPage(browser: E2EBrowser): Promise<ObserverPage> {
  const url = browser.extensionUrl(HARNESS_PAGE);
  const raw = browser.raw;
  if (raw.kind === 'firefox') {
    const page = await raw.browser.newPage({ type: 'window' });
    await gotoExtensionPage(page, url);
    return {
      evaluateExpression: (expression) => page.evaluate(expression),
      click: async (selector) => {
        await (await page.waitForSelector(selector))?.click();
      },
      close: () => page.close(),
    };
  }
  const opened = raw.context.waitForEvent('page', { predicate: (page) => page.url() === url });
  await withBrowserProtocol(raw.context, (send) => send('Target.createTarget', { url, newWindow: true }));
  const page = await opened;
  await page.waitForLoadState('load');
  return { evaluateExpression: (expression) => page.evaluate(expression), click: (selector) => page.click(selector), close: () => page.close() };
}

/** Chromium: the action runs on the tab target showing `page` (a tab target is not the page's own target). */
function triggerActionOn(context: BrowserContext, extensionId: string, page: PlaywrightPage): Promise<void> {
  return withBrowserProtocol(context, async (send) => {
    const { targetInfos } = (await send('Target.getTargets', { filter: [{ type: 'tab' }] })) as TabTargets;
    const [tab, ...others] = targetInfos.filter((target) => target.type === 'tab' && target.url === page.url());
    if (!tab || others.length > 0) throw new Error(`[chromium] ${others.length + (tab ? 1 : 0)} tabs show ${page.url()}; the toolbar button needs exactly one`);
    await send('Extensions.triggerAction', { id: extensionId, targetId: tab.targetId });
  });
}

export async function openToolbarObserver(browser: E2EBrowser): Promise<ToolbarObserver> {
  const observer = await openObserverPage(browser);
  const evaluate = async <Result, Arg>(fn: (api: WxtBrowser, arg: Arg) => Result | Promise<Result>, arg: Arg): Promise<Awaited<Result>> =>
    (await observer.evaluateExpression(`(${fn.toString()})(globalThis.browser ?? globalThis.chrome, ${JSON.stringify(arg)})`)) as Awaited<Result>;
  const popupOpen = () => evaluate((api) => api.extension.getViews({ type: 'popup' }).length > 0, null);

  /** Firefox: a button whose real click opens the popup over the window of tab `tabId`. */
  async function pressInFirefox(tabId: number): Promise<void> {
    await evaluate(
      async (api, { tabId, buttonId }) => {
        const { windowId } = await api.tabs.get(tabId);
        // Firefox opens a popup only over the focused window.
        await api.windows.update(windowId, { focused: true });
        const button = document.createElement('button');
        button.id = buttonId;
        button.textContent = 'toolbar button';
        // Called right in the handler: anything awaited before it would lose the person's action.
        button.addEventListener('click', () => void api.action.openPopup({ windowId }).catch((error: unknown) => (document.body.dataset.error = String(error))), { once: true });
        document.body.replaceChildren(button);
      },
      { tabId, buttonId: PRESS_BUTTON_ID },
    );
    await observer.click(`#${PRESS_BUTTON_ID}`);
  }

  return {
    evaluate,
    async press(page, tabId) {
      await page.raw.page.bringToFront();
      if (page.raw.kind === 'chromium' && browser.raw.kind === 'chromium') await triggerActionOn(browser.raw.context, new URL(browser.extensionUrl('')).host, page.raw.page);
      else await pressInFirefox(tabId);
      if (!(await waitFor(popupOpen, (open) => open))) {
        const error = await evaluate(() => document.body.dataset.error ?? 'none', null);
        throw new Error(`[${browser.name}] the toolbar button opened no popup (error: ${error})`);
      }
    },
    closePopup: async () => {
      await evaluate((api) => {
        // The extension API types its views as a bare Window.
        for (const view of api.extension.getViews({ type: 'popup' })) (view as globalThis.Window).close();
      }, null);
    },
    close: () => observer.close(),
  };
}
