/**
 * The background worker: the logic is in lib/background (the message router, the inactivity
 * timer, «Завершить сеанс»); this only hands it the browser.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { startBackground } from '../lib/background';

export default defineBackground(() => {
  startBackground(browser);
});
