import { describe, expect, it } from 'vitest';
import type { Browser } from 'wxt/browser';
import { isGenuinePortalSender, isGenuinePortalUrl, lookalikeVerdict } from '../../../lib/portal/guard';
import { PORTAL_HOSTS } from '../../../lib/portal/hosts';
import { ADVERSARIAL_URLS, GENUINE_URLS } from '../../fixtures/adversarial-urls';

describe('the adversarial URL list', () => {
  it('holds at least 40 URLs, each once', () => {
    expect(ADVERSARIAL_URLS.length).toBeGreaterThanOrEqual(40);
    expect(new Set(ADVERSARIAL_URLS.map((entry) => entry.url)).size).toBe(ADVERSARIAL_URLS.length);
  });

  it('flags look-alikes exactly where the verdict is lookalike', () => {
    for (const entry of ADVERSARIAL_URLS) expect(entry.lookalike, entry.note).toBe(entry.verdict === 'lookalike');
  });
});

describe('isGenuinePortalUrl', () => {
  it.each(ADVERSARIAL_URLS)('refuses $url ($note)', ({ url }) => {
    expect(isGenuinePortalUrl(url)).toBe(false);
  });

  it.each(GENUINE_URLS)('accepts $url ($note)', ({ url, canonical }) => {
    expect(isGenuinePortalUrl(url)).toBe(true);
    expect(new URL(url).href).toBe(canonical);
  });

  it('accepts every listed portal host over https and nothing one label off', () => {
    for (const host of PORTAL_HOSTS) {
      expect(isGenuinePortalUrl(`https://${host}/`), host).toBe(true);
      expect(isGenuinePortalUrl(`https://x${host}/`), `x${host}`).toBe(false);
      expect(isGenuinePortalUrl(`https://${host}.evil.test/`), `${host}.evil.test`).toBe(false);
    }
  });
});

describe('lookalikeVerdict', () => {
  it.each(ADVERSARIAL_URLS)('says $verdict for $url ($note)', ({ url, verdict }) => {
    expect(lookalikeVerdict(url).kind).toBe(verdict);
  });

  it.each(GENUINE_URLS)('says genuine for $url', ({ url }) => {
    expect(lookalikeVerdict(url)).toEqual({ kind: 'genuine' });
  });

  it('names the reason a portal host is not served safely', () => {
    expect(lookalikeVerdict('http://esia.gosuslugi.ru/')).toEqual({ kind: 'unsafe-portal-url', reason: 'http' });
    expect(lookalikeVerdict('https://esia.gosuslugi.ru:8443/')).toEqual({ kind: 'unsafe-portal-url', reason: 'port' });
    expect(lookalikeVerdict('https://user:pass@esia.gosuslugi.ru/')).toEqual({ kind: 'unsafe-portal-url', reason: 'credentials' });
    expect(lookalikeVerdict('https://user@esia.gosuslugi.ru/')).toEqual({ kind: 'unsafe-portal-url', reason: 'credentials' });
    expect(lookalikeVerdict('https://70.gosuslugi.ru./')).toEqual({ kind: 'unsafe-portal-url', reason: 'trailing-dot' });
  });

  it('names the kind of imitation', () => {
    expect(lookalikeVerdict('https://gossuslugi.ru/')).toEqual({ kind: 'lookalike', reason: 'similar-name' });
    expect(lookalikeVerdict('https://gosuslugi.ru.evil.test/')).toEqual({ kind: 'lookalike', reason: 'similar-name' });
    expect(lookalikeVerdict('https://gosuslugi.рф/')).toEqual({ kind: 'lookalike', reason: 'similar-name' });
    expect(lookalikeVerdict('https://gоsuslugi.ru/')).toEqual({ kind: 'lookalike', reason: 'homoglyph' });
    expect(lookalikeVerdict('https://gοsuslugі.ru/')).toEqual({ kind: 'lookalike', reason: 'homoglyph' });
    expect(lookalikeVerdict('https://госуслуги.рф/')).toEqual({ kind: 'lookalike', reason: 'cyrillic-name' });
    expect(lookalikeVerdict('https://gosуслуги.com/')).toEqual({ kind: 'lookalike', reason: 'cyrillic-name' });
  });

  it.each([
    'https://google.com/',
    'https://ya.ru/',
    'https://www.mos.ru/pgu/',
    'https://uslugi.mos.ru/',
    'https://www.nalog.gov.ru/',
    'https://sfr.gov.ru/',
    'https://www.sberbank.ru/',
    'https://president.gov.ru/',
    'https://президент.рф/',
    'https://мвд.рф/',
    'https://zakupki.gov.ru/',
    'https://uslugi.tatarstan.ru/',
    'https://pochta.ru/',
    'https://xn--80ak6aa92e.com/',
  ])('leaves ordinary sites alone: %s', (url) => {
    expect(lookalikeVerdict(url)).toEqual({ kind: 'unrelated' });
  });
});

describe('isGenuinePortalSender', () => {
  it('trusts the top frame of a genuine page', () => {
    expect(isGenuinePortalSender({ url: 'https://esia.gosuslugi.ru/login', frameId: 0 })).toBe(true);
  });

  it('takes the sender the browser reports', () => {
    const sender: Browser.runtime.MessageSender = { id: 'extension-id', url: 'https://lk.gosuslugi.ru/profile/personal', frameId: 0 };
    expect(isGenuinePortalSender(sender)).toBe(true);
  });

  it('refuses a frame inside a genuine page', () => {
    expect(isGenuinePortalSender({ url: 'https://esia.gosuslugi.ru/login', frameId: 3 })).toBe(false);
  });

  it('refuses the top frame of another site', () => {
    expect(isGenuinePortalSender({ url: 'https://gosuslugi.ru.evil.test/', frameId: 0 })).toBe(false);
    expect(isGenuinePortalSender({ url: 'http://esia.gosuslugi.ru/', frameId: 0 })).toBe(false);
  });

  it('refuses a sender without a URL or a frame id', () => {
    expect(isGenuinePortalSender({ frameId: 0 })).toBe(false);
    expect(isGenuinePortalSender({ url: 'https://esia.gosuslugi.ru/' })).toBe(false);
  });
});
