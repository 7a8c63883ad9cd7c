import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { TabInfo } from '../../../lib/background/env';
import { checkActiveTab, lookalikeWarning } from '../../../lib/background/lookalike';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('the look-alike warning', () => {
  it.each([
    ['https://gosuslugi-16.ru/login', 'gosuslugi-16.ru', 'sec_lookalike_similar_name', 'https://www.gosuslugi.ru/'],
    ['https://esia.gosuslugi.ru.evil.test/', 'esia.gosuslugi.ru.evil.test', 'sec_lookalike_similar_name', 'https://www.gosuslugi.ru/'],
    ['https://gоsuslugi.ru/', 'xn--gsuslugi-nbh.ru', 'sec_lookalike_homoglyph', 'https://www.gosuslugi.ru/'],
    ['https://госуслуги.рф/', 'xn--c1aapkosapc.xn--p1ai', 'sec_lookalike_cyrillic_name', 'https://www.gosuslugi.ru/'],
    ['http://esia.gosuslugi.ru/login', 'esia.gosuslugi.ru', 'sec_unsafe_http', 'https://esia.gosuslugi.ru/'],
    ['https://esia.gosuslugi.ru:8443/login', 'esia.gosuslugi.ru', 'sec_unsafe_port', 'https://esia.gosuslugi.ru/'],
    ['https://user:pw@lk.gosuslugi.ru/', 'lk.gosuslugi.ru', 'sec_unsafe_credentials', 'https://lk.gosuslugi.ru/'],
    ['https://esia.gosuslugi.ru./login', 'esia.gosuslugi.ru.', 'sec_unsafe_trailing_dot', 'https://esia.gosuslugi.ru/'],
  ])('warns on %s', (url, host, reason, genuineUrl) => {
    expect(lookalikeWarning(url)).toEqual({ host, reason, genuineUrl });
  });

  it.each(['https://esia.gosuslugi.ru/login/registration', 'https://70.gosuslugi.ru/', 'https://perspectiva70.gosuslugi.ru/', 'https://example.org/', 'about:blank', 'not a url'])(
    'stays quiet on %s',
    (url) => {
      expect(lookalikeWarning(url)).toBeNull();
    },
  );
});

describe('the badge of the tab the popup was opened on', () => {
  function tabs(tab: TabInfo) {
    return { query: async () => [tab] };
  }

  it('shows a red «!» titled «Это не Госуслуги» on a look-alike, and clears on the genuine portal', async () => {
    const warning = await checkActiveTab(tabs({ id: 5, url: 'https://gossuslugi.ru/' }), fakeBrowser.action);
    expect(warning?.host).toBe('gossuslugi.ru');
    expect(await fakeBrowser.action.getBadgeText({ tabId: 5 })).toBe('!');
    expect(await fakeBrowser.action.getTitle({ tabId: 5 })).toBe('Это не Госуслуги');
    expect(await fakeBrowser.action.getBadgeBackgroundColor({ tabId: 5 })).toEqual([164, 38, 29, 255]);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 6 })).toBe('');

    expect(await checkActiveTab(tabs({ id: 5, url: 'https://esia.gosuslugi.ru/' }), fakeBrowser.action)).toBeNull();
    expect(await fakeBrowser.action.getBadgeText({ tabId: 5 })).toBe('');
    expect(await fakeBrowser.action.getTitle({ tabId: 5 })).toBe('Помощник Госуслуг');
  });

  it('changes nothing when the address is not visible (activeTab not granted)', async () => {
    await checkActiveTab(tabs({ id: 5, url: 'https://gossuslugi.ru/' }), fakeBrowser.action);
    expect(await checkActiveTab(tabs({ id: 5 }), fakeBrowser.action)).toBeNull();
    expect(await fakeBrowser.action.getBadgeText({ tabId: 5 })).toBe('!');
  });
});
