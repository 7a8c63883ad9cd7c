/**
 * Runs on the portal's pages (the exact host list in lib/portal/hosts.ts). Wires the page
 * session to the extension: messages to the background, commands from the popup, the overlay.
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createOverlay } from '../lib/content/overlay';
import { ContentSession } from '../lib/content/session';
import {
  PopupToContentSchema,
  ProfileKindsReplySchema,
  ProfileValuesReplySchema,
  parseMessage,
  type ContentToBackground,
  type PopupToContent,
} from '../lib/messages';
import { isGenuinePortalUrl } from '../lib/portal/guard';
import { PORTAL_MATCH_PATTERNS } from '../lib/portal/hosts';

export default defineContentScript({
  matches: [...PORTAL_MATCH_PATTERNS],
  runAt: 'document_idle',
  main() {
    // The manifest already limits us to the portal; this also refuses frames and odd URLs.
    if (window.top !== window || !isGenuinePortalUrl(location.href)) return;

    const ask = (message: ContentToBackground): Promise<unknown> => browser.runtime.sendMessage(message).catch(() => null);
    const overlay = createOverlay(document, {
      onAction: (action) => void session.onPanelAction(action),
      onApplyFix: (element, fix) => void session.applyFix(element, fix),
    });
    const session = new ContentSession({
      document,
      today: () => new Date(),
      profileKinds: async (kinds) => parseMessage(ProfileKindsReplySchema, await ask({ type: 'profile-kinds', kinds: [...kinds] }))?.kinds ?? [],
      profileValues: async (kinds) =>
        parseMessage(ProfileValuesReplySchema, await ask({ type: 'profile-values', kinds: [...kinds] })) ?? { ok: false, reason: 'damaged' },
      observePage: (observation) => void ask({ type: 'page-observed', observation }),
      includeFrame: (frame) => isGenuinePortalUrl(frame.src || location.href),
      render: (view) => overlay.update(view),
    });

    browser.runtime.onMessage.addListener((raw: unknown, sender) => {
      // Only the extension's own pages (the popup) talk to us. Firefox reports a tab for an
      // extension page shown in a tab, so the page's own URL is what tells it apart.
      if (sender.id !== browser.runtime.id || !sender.url?.startsWith(browser.runtime.getURL('/'))) return undefined;
      const message = parseMessage(PopupToContentSchema, raw);
      return message ? answerPopup(session, message) : undefined;
    });
    session.start();
  },
});

async function answerPopup(session: ContentSession, message: PopupToContent): Promise<unknown> {
  switch (message.type) {
    case 'list-fields':
      return session.listFields();
    case 'fill':
      return session.fill(message.values);
    case 'undo':
      return { undone: await session.undo() };
    case 'take-from-page':
      return { values: session.takeFromPage() };
    case 'clear-page':
      session.clearPage();
      return { cleared: true };
  }
}
