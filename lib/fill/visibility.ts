/**
 * Whether a person can actually see a field. Filling what nobody sees is how autofill leaks data
 * into trap fields and into parts of a form that are not meant to be answered yet, so the fill
 * engine refuses such fields. Runs only at fill time on the planned fields, so it may read
 * computed styles and geometry freely; it never scrolls or otherwise changes the page.
 */

/** Below this opacity (the product of the element's and its ancestors') a field counts as invisible. */
const MIN_OPACITY = 0.1;
/** A field narrower or lower than this many CSS pixels is a visually hidden one (the 1×1 px screen-reader pattern). */
const MIN_SIZE_PX = 2;

export function isActuallyVisible(element: Element): boolean {
  if (!element.isConnected) return false;
  const view = element.ownerDocument.defaultView;
  if (!view) return false;
  const own = view.getComputedStyle(element);
  if (own.visibility === 'hidden' || own.visibility === 'collapse') return false;
  let opacity = 1;
  for (let current: Element | null = element; current; current = composedParent(current)) {
    const style = current === element ? own : view.getComputedStyle(current);
    if (style.display === 'none') return false;
    // `content-visibility: hidden` hides an element's contents, not the element itself.
    if (current !== element && style.getPropertyValue('content-visibility') === 'hidden') return false;
    if (current.getAttribute('aria-hidden') === 'true' || current.hasAttribute('inert')) return false;
    opacity *= Number.parseFloat(style.opacity || '1');
    if (opacity < MIN_OPACITY) return false;
    if (isClippedAway(style)) return false;
  }
  return hasLayout(element.ownerDocument) ? isGeometricallyVisible(element, view) : true;
}

/** The parent in the rendered tree: through slots and out of shadow roots to their hosts. */
function composedParent(element: Element): Element | null {
  if (element.assignedSlot) return element.assignedSlot;
  if (element.parentElement) return element.parentElement;
  const root = element.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** `clip-path: inset(50%)`, `clip: rect(0 0 0 0)` and zero-radius shapes: the whole box cut away. */
function isClippedAway(style: CSSStyleDeclaration): boolean {
  const clipPath = style.getPropertyValue('clip-path').replace(/\s+/g, ' ').trim();
  const inset = /^inset\(([^)]*)\)/.exec(clipPath);
  if (inset?.[1] && insetCoversBox(inset[1])) return true;
  if (/^(circle|ellipse)\(\s*0(px|%)?[\s)]/.test(clipPath)) return true;
  const clip = /^rect\(([^)]*)\)/.exec(style.getPropertyValue('clip').trim());
  if (clip?.[1] && (style.position === 'absolute' || style.position === 'fixed')) {
    const [top = 0, right = 0, bottom = 0, left = 0] = clip[1].split(/[\s,]+/).map((part) => Number.parseFloat(part) || 0);
    if (bottom <= top || right <= left) return true;
  }
  return false;
}

/** Inset offsets in percent that meet in the middle (top + bottom or left + right ≥ 100%). */
function insetCoversBox(offsets: string): boolean {
  const percents = offsets.split(' ').filter((part) => part !== 'round').slice(0, 4);
  if (!percents.every((part) => part.endsWith('%'))) return false;
  const [top = 0, right = top, bottom = top, left = right] = percents.map((part) => Number.parseFloat(part));
  return top + bottom >= 100 || left + right >= 100;
}

/**
 * A document that lays nothing out (a DOM without a rendering engine, a frame not rendered)
 * reports empty boxes for everything; geometry then says nothing about visibility.
 */
function hasLayout(document: Document): boolean {
  const root = document.documentElement.getBoundingClientRect();
  return root.width > 0 || root.height > 0;
}

function isGeometricallyVisible(element: Element, view: Window): boolean {
  // The bounding box already reflects transforms: scale(0) on the element or an ancestor collapses it.
  const box = element.getBoundingClientRect();
  if (box.width < MIN_SIZE_PX || box.height < MIN_SIZE_PX) return false;
  if (isOutsideDocument(box, element.ownerDocument, view)) return false;
  if (isCutOffByAncestor(element, box, view)) return false;
  return !isCovered(element, box, view);
}

/** Entirely left of / above the document's origin, or beyond its scrollable width / height (`left: -9999px`). */
function isOutsideDocument(box: DOMRect, document: Document, view: Window): boolean {
  const scroller = document.scrollingElement ?? document.documentElement;
  const left = box.left + view.scrollX;
  const top = box.top + view.scrollY;
  return box.right + view.scrollX <= 0 || box.bottom + view.scrollY <= 0 || left >= scroller.scrollWidth || top >= scroller.scrollHeight;
}

/**
 * An ancestor that hides its overflow and whose box does not meet the element's (a collapsed
 * panel). A fixed-position box (a modal) escapes the overflow of the ancestors above it.
 */
function isCutOffByAncestor(element: Element, box: DOMRect, view: Window): boolean {
  let child = element;
  for (let current = composedParent(element); current && current !== element.ownerDocument.body; child = current, current = composedParent(current)) {
    if (view.getComputedStyle(child).position === 'fixed') return false;
    const style = view.getComputedStyle(current);
    if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
    if (style.display === 'contents') continue;
    const outer = current.getBoundingClientRect();
    if (box.right <= outer.left || box.left >= outer.right || box.bottom <= outer.top || box.top >= outer.bottom) return true;
  }
  return false;
}

/**
 * Something else painted over the field's centre: a modal's backdrop, a cover of a trap field.
 * The hit test descends through shadow roots (the document only sees their hosts). The field's
 * own parts are fine: itself, its label (a floating label sits over the input). Anything else
 * at the centre hides the field when it, or a box between it and the field's wrapper, paints a
 * background: a transparent overlay (a mask's placeholder text) leaves the field in view.
 * A field outside the viewport cannot be hit-tested without scrolling the page, so it passes.
 */
function isCovered(element: Element, box: DOMRect, view: Window): boolean {
  const x = box.left + box.width / 2;
  const y = box.top + box.height / 2;
  if (x < 0 || y < 0 || x >= view.innerWidth || y >= view.innerHeight) return false;
  const hit = deepElementFromPoint(element.ownerDocument, x, y);
  if (!hit) return false;
  if (composedContains(element, hit)) return false;
  if (isLabelOf(hit, element)) return false;
  const common = commonAncestor(element, hit);
  for (let current: Element | null = hit; current && current !== common; current = composedParent(current)) {
    if (paintsBackground(view.getComputedStyle(current))) return true;
  }
  return !common || common === element.ownerDocument.body || common === element.ownerDocument.documentElement || common.querySelectorAll(FORM_CONTROLS).length > 1;
}

function paintsBackground(style: CSSStyleDeclaration): boolean {
  if (style.backgroundImage !== 'none' && style.backgroundImage !== '') return true;
  const alpha = /rgba?\(([^)]*)\)/.exec(style.backgroundColor)?.[1]?.split(/[\s,/]+/).filter(Boolean)[3];
  const transparent = style.backgroundColor === 'transparent' || (alpha !== undefined && Number.parseFloat(alpha) < MIN_OPACITY);
  return !transparent;
}

const FORM_CONTROLS = 'input:not([type=hidden]), select, textarea, button, [role=combobox], [role=checkbox], [contenteditable=true]';

function deepElementFromPoint(document: Document, x: number, y: number): Element | null {
  let hit = document.elementFromPoint(x, y);
  while (hit?.shadowRoot) {
    const inner = hit.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === hit) break;
    hit = inner;
  }
  return hit;
}

function composedContains(ancestor: Element, node: Element): boolean {
  for (let current: Element | null = node; current; current = composedParent(current)) {
    if (current === ancestor) return true;
  }
  return false;
}

function isLabelOf(hit: Element, element: Element): boolean {
  const labels = 'labels' in element ? (element as HTMLInputElement).labels : null;
  return Array.from(labels ?? []).some((label) => composedContains(label, hit));
}

function commonAncestor(element: Element, other: Element): Element | null {
  for (let current = composedParent(element); current; current = composedParent(current)) {
    if (composedContains(current, other)) return current;
  }
  return null;
}
