/**
 * DOM facts detection relies on, written without `instanceof` so they hold for elements of any
 * realm (same-origin iframes, test windows): tag names and attributes only.
 */

/** Our own UI's host elements carry this attribute; scans and the watcher skip their subtrees. */
export const OWN_UI_ATTRIBUTE = 'data-gosuslugi-helper';

/** Node types and tree-walker constants from the DOM standard, realm-independent. */
export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const DOCUMENT_NODE = 9;
export const SHOW_ELEMENT = 0x1;
export const SHOW_TEXT = 0x4;
export const FILTER_ACCEPT = 1;
export const FILTER_REJECT = 2;
export const FILTER_SKIP = 3;

/** Input types that hold nothing a person types or picks. */
const UNFILLABLE_INPUT_TYPES: ReadonlySet<string> = new Set(['hidden', 'submit', 'button', 'file', 'image', 'reset', 'search']);

/** Subtrees with nothing to read: code, templates, graphics. */
const SKIPPED_TAGS: ReadonlySet<string> = new Set(['script', 'style', 'template', 'noscript', 'svg', 'canvas']);

/**
 * Landmarks whose controls are never the portal's forms (site search, menus, a newsletter box in
 * the footer); their texts are not page signals either.
 */
const IGNORED_LANDMARK_TAGS: ReadonlySet<string> = new Set(['footer', 'nav']);
const IGNORED_LANDMARK_ROLES: ReadonlySet<string> = new Set(['search', 'navigation', 'contentinfo', 'banner']);

/** Controls whose contents are values or options, not words about something else. */
const TEXTLESS_TAGS: ReadonlySet<string> = new Set(['select', 'textarea', 'option', 'datalist']);

/** The input type as the browser sees it (an unknown or missing type is text). */
export function inputType(element: Element): string {
  return (element.getAttribute('type') ?? 'text').trim().toLowerCase() || 'text';
}

/** An input, select or textarea a person could type into or choose in. */
export function isFillableControl(element: Element): element is HTMLElement {
  switch (element.localName) {
    case 'input':
      return !UNFILLABLE_INPUT_TYPES.has(inputType(element));
    case 'select':
    case 'textarea':
      return true;
    default:
      return false;
  }
}

/** An element whose subtree detection never looks into. */
export function isSkippedSubtree(element: Element): boolean {
  if (SKIPPED_TAGS.has(element.localName) || IGNORED_LANDMARK_TAGS.has(element.localName)) return true;
  if (element.hasAttribute(OWN_UI_ATTRIBUTE)) return true;
  const role = element.getAttribute('role');
  return role !== null && IGNORED_LANDMARK_ROLES.has(role.trim().toLowerCase());
}

/** The text a person reads in an element: nested controls' values and option lists left out. */
export function readableText(element: Element): string {
  const parts: string[] = [];
  const visit = (node: Node): void => {
    for (let child = node.firstChild; child !== null; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) parts.push((child as Text).data);
      else if (child.nodeType === ELEMENT_NODE) {
        const element = child as Element;
        if (!isSkippedSubtree(element) && !TEXTLESS_TAGS.has(element.localName)) visit(element);
      }
    }
  };
  visit(element);
  return parts.join(' ');
}

/** The custom-element wrappers of UI kits (`lib-plain-input`, `esia-code-input`) have a dash in their name. */
export function isCustomElementName(localName: string): boolean {
  return localName.includes('-');
}

const skipFilter = {
  acceptNode: (node: Node): number => (node.nodeType === ELEMENT_NODE && isSkippedSubtree(node as Element) ? FILTER_REJECT : FILTER_ACCEPT),
};

/**
 * A tree walker over `root` that never enters skipped subtrees (code, landmarks, our own UI).
 * Its first node is `root` itself.
 */
export function skippingWalker(root: Node, whatToShow: number): TreeWalker | null {
  const document = root.nodeType === DOCUMENT_NODE ? (root as Document) : root.ownerDocument;
  return document === null ? null : document.createTreeWalker(root, whatToShow, skipFilter);
}

/** Whether a node lies in a subtree detection never looks into (a mutation there changes nothing for us). */
export function isInSkippedSubtree(node: Node): boolean {
  for (let element = node.nodeType === ELEMENT_NODE ? (node as Element) : node.parentElement; element !== null; element = element.parentElement) {
    if (isSkippedSubtree(element)) return true;
  }
  return false;
}
