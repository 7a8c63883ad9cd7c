/**
 * Runs on the portal's pages (the exact host list in lib/portal/hosts.ts): the core of the
 * in-page code (lib/content/core.ts), which follows the page and brings in the engine
 * (entrypoints/content-engine.ts) where it has work. Wires it to the extension: messages to the
 * background, commands from the helper's own pages.
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { exposeCore } from '../lib/content/bridge';
import { ContentCore } from '../lib/content/core';
import type { ContentToBackground } from '../lib/messages';
import { isGenuinePortalUrl } from '../lib/portal/guard';
import { PORTAL_MATCH_PATTERNS } from '../lib/portal/hosts';

export default defineContentScript({
  matches: [...PORTAL_MATCH_PATTERNS],
  runAt: 'document_idle',
  main() {
    // The manifest already limits us to the portal; this also refuses frames and odd URLs.
    if (window.top !== window || !isGenuinePortalUrl(location.href)) return;

    const core = new ContentCore({
      document,
      ask: (message: ContentToBackground): Promise<unknown> => browser.runtime.sendMessage(message).catch(() => null),
      includeFrame: (frame) => isGenuinePortalUrl(frame.src || location.href),
    });
    exposeCore(globalThis, core);

    browser.runtime.onMessage.addListener((raw: unknown, sender, sendResponse: (reply: unknown) => void) => {
      // Only the extension's own pages (the popup) talk to us. Firefox reports a tab for an
      // extension page shown in a tab, so the page's own URL is what tells it apart.
      if (sender.id !== browser.runtime.id || !sender.url?.startsWith(browser.runtime.getURL('/'))) return undefined;
      // This script runs on the browser's own API (wxt.config.ts): Chrome's onMessage takes no promise, only `true` and a later sendResponse.
      core.command(raw).then(sendResponse, () => sendResponse(undefined));
      return true;
    });
    core.start();
  },
});
