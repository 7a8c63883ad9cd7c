import { isActuallyVisible } from '../../../lib/fill';
import { mount } from './page';

/**
 * The rules happy-dom can compute (styles and attributes). Geometry — size, off-screen,
 * clip, transforms, covering — needs layout and is tested in real browsers (test/e2e/fill-engine.test.ts).
 */
describe('isActuallyVisible', () => {
  it('sees a plain field', () => {
    expect(isActuallyVisible(mount('<form><input id="field"></form>', '#field'))).toBe(true);
  });

  it.each([
    ['display: none on it', '<input id="field" style="display: none">'],
    ['display: none on an ancestor', '<div style="display: none"><p><input id="field"></p></div>'],
    ['visibility: hidden', '<input id="field" style="visibility: hidden">'],
    ['visibility: collapse', '<input id="field" style="visibility: collapse">'],
    ['visibility: hidden inherited from an ancestor', '<div style="visibility: hidden"><input id="field"></div>'],
    ['opacity: 0 on it', '<input id="field" style="opacity: 0">'],
    ['opacity: 0 on the body', '<input id="field">'],
    ['opacity: 0.05 on an ancestor', '<div style="opacity: 0.05"><div><input id="field"></div></div>'],
    ['opacities multiplying below 0.1', '<div style="opacity: 0.3"><div style="opacity: 0.3"><input id="field"></div></div>'],
    ['opacity from a style sheet', '<style>.ghost { opacity: 0 }</style><div class="ghost"><input id="field"></div>'],
    ['aria-hidden on it', '<input id="field" aria-hidden="true">'],
    ['aria-hidden on an ancestor', '<section aria-hidden="true"><input id="field"></section>'],
    ['inert on an ancestor', '<div inert><input id="field"></div>'],
    ['content-visibility: hidden on an ancestor', '<div style="content-visibility: hidden"><input id="field"></div>'],
    ['clip-path: inset(50%)', '<input id="field" style="clip-path: inset(50%)">'],
    ['clip-path: inset(50%) on an ancestor', '<div style="clip-path: inset(50%)"><input id="field"></div>'],
    ['clip-path: circle(0)', '<input id="field" style="clip-path: circle(0)">'],
  ])('does not see a field hidden by %s', (rule, html) => {
    const field = mount(html, '#field');
    if (rule === 'opacity: 0 on the body') document.body.style.opacity = '0';
    expect(isActuallyVisible(field)).toBe(false);
    document.body.removeAttribute('style');
  });

  it.each([
    ['visibility: visible under a hidden ancestor', '<div style="visibility: hidden"><input id="field" style="visibility: visible"></div>'],
    ['opacity 0.5 on an ancestor', '<div style="opacity: 0.5"><input id="field"></div>'],
    ['aria-hidden="false"', '<div aria-hidden="false"><input id="field"></div>'],
    ['content-visibility: hidden on itself (its contents are hidden, not it)', '<input id="field" style="content-visibility: hidden">'],
    ['a partial clip-path', '<input id="field" style="clip-path: inset(10% 20%)">'],
  ])('sees a field with %s', (_, html) => {
    expect(isActuallyVisible(mount(html, '#field'))).toBe(true);
  });

  it('does not see a field that is not in the document', () => {
    expect(isActuallyVisible(document.createElement('input'))).toBe(false);
  });

  it('looks out of a shadow root to its host', () => {
    const host = mount<HTMLElement>('<div id="host"></div>', '#host');
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<div id="wrapper"><input id="inner"></div>';
    const inner = shadow.getElementById('inner') as HTMLElement;
    expect(isActuallyVisible(inner)).toBe(true);
    host.setAttribute('aria-hidden', 'true');
    expect(isActuallyVisible(inner)).toBe(false);
    host.removeAttribute('aria-hidden');
    host.style.display = 'none';
    expect(isActuallyVisible(inner)).toBe(false);
  });
});
