import { describe, expect, it } from 'vitest';
import type { PopupToContent } from '../../../lib/messages';
import { findPortalTab, openPortalPage, portalTabChannel, requestedTabId, type TabInfo, type TabsApi } from '../../../lib/popup/tab-channel';

const PORTAL = 'https://esia.gosuslugi.ru/login/registration';

interface Sent {
  readonly tabId: number;
  readonly message: PopupToContent;
  readonly frameId: number;
}

/** A fake `tabs`: `tabs` by id, the first one active; `answer` replies to what is sent (throwing: the tab has no content script). */
function fakeTabs(tabs: readonly TabInfo[], answer: (message: PopupToContent) => unknown = () => undefined) {
  const sent: Sent[] = [];
  const api: TabsApi = {
    query: async () => tabs.slice(0, 1),
    get: async (tabId) => {
      const tab = tabs.find((candidate) => candidate.id === tabId);
      if (!tab) throw new Error(`No tab with id: ${tabId}`);
      return tab;
    },
    sendMessage: async (tabId, message, options) => {
      sent.push({ tabId, message, frameId: options.frameId });
      return answer(message);
    },
  };
  return { api, sent };
}

describe('requestedTabId', () => {
  it.each([
    ['?tab=12', 12],
    ['?x=1&tab=7', 7],
    ['', undefined],
    ['?tab=', undefined],
    ['?tab=-3', undefined],
    ['?tab=1e3', undefined],
    ['?tab=abc', undefined],
  ])('%s → %s', (search, id) => {
    expect(requestedTabId(search)).toBe(id);
  });
});

describe('findPortalTab', () => {
  it('takes the active tab when it shows the portal', async () => {
    expect(await findPortalTab(fakeTabs([{ id: 3, url: PORTAL }]).api, undefined)).toBe(3);
  });

  it('takes a requested tab that shows the portal over the active one', async () => {
    expect(await findPortalTab(fakeTabs([{ id: 1, url: 'chrome-extension://x/popup.html' }, { id: 5, url: PORTAL }]).api, 5)).toBe(5);
  });

  it('ignores a requested tab that shows another site, and finds none when the active one shows another site too', async () => {
    const tabs = fakeTabs([
      { id: 1, url: 'https://gossuslugi.ru/login/registration' },
      { id: 2, url: 'http://esia.gosuslugi.ru/' },
      { id: 3, url: 'https://perspectiva70.gosuslugi.ru/' },
      { id: 4, url: 'https://esia.gosuslugi.ru.evil.test/' },
    ]).api;
    for (const requested of [2, 3, 4, 99, undefined]) expect(await findPortalTab(tabs, requested)).toBeUndefined();
  });

  it('leaves a tab whose address the browser hides to its content script, which only genuine portal pages have', async () => {
    expect(await findPortalTab(fakeTabs([{ id: 1, url: 'https://example.org/' }, { id: 6 }]).api, 6)).toBe(6);
    expect(await findPortalTab(fakeTabs([{ id: 7 }]).api, undefined)).toBe(7);
  });

  it('falls back to the active portal tab when the requested one is not the portal', async () => {
    expect(await findPortalTab(fakeTabs([{ id: 1, url: PORTAL }, { id: 2, url: 'https://example.org/' }]).api, 2)).toBe(1);
  });
});

describe('portalTabChannel', () => {
  it('asks the top frame of that tab only, and parses each reply', async () => {
    const { api, sent } = fakeTabs([{ id: 9, url: PORTAL }], (message) => {
      switch (message.type) {
        case 'list-fields':
          return { page: 'registration', fields: [{ kind: 'lastName', label: 'Фамилия' }] };
        case 'fill':
          return { outcomes: [{ kind: 'lastName', status: 'filled' }] };
        case 'undo':
          return { undone: true };
        case 'take-from-page':
          return { values: { lastName: 'Иванов' } };
        default:
          return undefined;
      }
    });
    const channel = portalTabChannel(api, 9);
    expect(await channel.listFields()).toEqual({ page: 'registration', fields: [{ kind: 'lastName', label: 'Фамилия' }] });
    expect(await channel.fill({ lastName: 'Иванов' })).toEqual({ outcomes: [{ kind: 'lastName', status: 'filled' }] });
    expect(await channel.undo()).toBe(true);
    expect(await channel.take()).toEqual({ lastName: 'Иванов' });
    expect(sent).toEqual([
      { tabId: 9, frameId: 0, message: { type: 'list-fields' } },
      { tabId: 9, frameId: 0, message: { type: 'fill', values: { lastName: 'Иванов' } } },
      { tabId: 9, frameId: 0, message: { type: 'undo' } },
      { tabId: 9, frameId: 0, message: { type: 'take-from-page' } },
    ]);
  });

  it('reads a reply of the wrong shape, or none, as no answer', async () => {
    const garbage = portalTabChannel(fakeTabs([], () => ({ page: 3, outcomes: 'all', undone: 'yes', values: [1] })).api, 1);
    expect(await garbage.listFields()).toBeNull();
    expect(await garbage.fill({})).toBeNull();
    expect(await garbage.undo()).toBe(false);
    expect(await garbage.take()).toBeNull();
    const absent = portalTabChannel(
      fakeTabs([], () => {
        throw new Error('Could not establish connection. Receiving end does not exist.');
      }).api,
      1,
    );
    expect(await absent.listFields()).toBeNull();
    expect(await absent.take()).toBeNull();
  });
});

describe('openPortalPage', () => {
  it('opens the page when its content script lists fields, and not when it lists none or is not there', async () => {
    const withFields = fakeTabs([{ id: 4, url: PORTAL }], () => ({ page: 'registration', fields: [{ kind: 'lastName', label: 'Фамилия' }] }));
    expect((await openPortalPage(withFields.api, ''))?.listing.page).toBe('registration');
    expect(await openPortalPage(fakeTabs([{ id: 4, url: PORTAL }], () => ({ page: 'verification', fields: [] })).api, '')).toBeUndefined();
    const noScript = fakeTabs([{ id: 4, url: PORTAL }], () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    expect(await openPortalPage(noScript.api, '')).toBeUndefined();
    const notPortal = fakeTabs([{ id: 4, url: 'https://example.org/' }]);
    expect(await openPortalPage(notPortal.api, '')).toBeUndefined();
    expect(notPortal.sent).toEqual([]);
  });
});
