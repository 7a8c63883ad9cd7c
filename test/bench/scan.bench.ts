/**
 * Scan speed (run: npx vitest bench --run --config test/bench/vitest.config.ts). happy-dom is
 * slower than a browser; the figures compare pages and changes, they are not browser timings.
 */
import { bench, describe } from 'vitest';
import { scanDocument } from '../../lib/detect/scan';
import { loadFixture } from '../fixtures/portal/load';

const formPage = loadFixture('personal-data-angular.html').document;
const registrationPage = loadFixture('registration.html').document;

/** A long page with nothing for us: news, menus, a thousand paragraphs and links, no form. */
const nothingPage = loadFixture('verification.html').document;
nothingPage.body.innerHTML = Array.from(
  { length: 1000 },
  (_, index) => `<div class="news"><h3>Новость ${index}</h3><p>Текст новости номер ${index} о работе портала.</p><a href="/news/${index}">Подробнее</a></div>`,
).join('');

/** Many fields: the personal-data form repeated twenty times (about three hundred controls). */
const manyFieldsPage = loadFixture('personal-data-label-for.html').document;
const form = manyFieldsPage.querySelector('form')!.outerHTML;
manyFieldsPage.body.innerHTML = Array.from({ length: 20 }, (_, index) => form.replaceAll('id="f', `id="r${index}f`).replaceAll('for="f', `for="r${index}f`)).join('');

describe('scanDocument', () => {
  bench('registration form', () => {
    scanDocument(registrationPage);
  });
  bench('personal data form (Angular-like, 15 fields)', () => {
    scanDocument(formPage);
  });
  bench('page with nothing for us (4000 elements)', () => {
    scanDocument(nothingPage);
  });
  bench('300 controls', () => {
    scanDocument(manyFieldsPage);
  });
});
