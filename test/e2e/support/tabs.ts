/**
 * The browser's own id of a tab a test opened (`tabs.Tab.id`), for the extension APIs that take
 * one (the badge). Found without the tab's address, which the extension may not see: the tab is
 * the one that was not there before it was opened.
 */
import type { E2EBrowser } from './browsers';
import type { E2EPage } from './page';

/** Ids of the open tabs, leaving out the harness tab that asks. */
function tabIds(browser: E2EBrowser): Promise<number[]> {
  return browser.evaluateInExtension(async (api) => {
    const asking = await api.tabs.getCurrent();
    return (await api.tabs.query({})).flatMap((tab) => (tab.id === undefined || tab.id === asking?.id ? [] : [tab.id]));
  });
}

/** `browser.open(url)`, and the id of the tab it opened. */
export async function openWithTabId(browser: E2EBrowser, url: string): Promise<{ readonly page: E2EPage; readonly tabId: number }> {
  const before = new Set(await tabIds(browser));
  const page = await browser.open(url);
  const added = (await tabIds(browser)).filter((id) => !before.has(id));
  const [tabId] = added;
  if (tabId === undefined || added.length !== 1) throw new Error(`[${browser.name}] opening ${url} added ${added.length} tabs, not one`);
  return { page, tabId };
}
