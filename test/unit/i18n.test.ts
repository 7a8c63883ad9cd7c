import { describe, expect, it } from 'vitest';
import { t, uiLocale } from '../../lib/i18n';
import { setTestLocale } from '../support/fake-i18n';

describe('i18n', () => {
  it('speaks Russian by default', () => {
    expect(uiLocale()).toBe('ru');
    expect(t('extName')).toBe('Помощник Госуслуг');
  });
  it('switches to English with the browser UI language', () => {
    setTestLocale('en');
    expect(uiLocale()).toBe('en');
    expect(t('extName')).toBe('Gosuslugi Helper');
  });
});
