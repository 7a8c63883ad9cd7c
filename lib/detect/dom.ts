/**
 * DOM facts detection relies on, written without `instanceof` so they hold for elements of any
 * realm (same-origin iframes, test windows): tag names and attributes only, read through
 * node-reads.ts, as these helpers meet elements of every kind.
 */
import { attributeOf, closestOf, dataOf, firstChildOf, firstElementChildOf, hasAttributeOf, localNameOf, nextSiblingOf, nodeTypeOf, parentElementOf, textContentOf } from './node-reads';

/** Our own UI's host elements carry this attribute; scans and the watcher skip their subtrees. */
export const OWN_UI_ATTRIBUTE = 'data-gosuslugi-helper';

/** Node types from the DOM standard, realm-independent. */
export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const DOCUMENT_NODE = 9;

/** Input types that hold nothing a person types or picks (a search box is never the portal's form). */
const UNFILLABLE_INPUT_TYPES: ReadonlySet<string> = new Set(['hidden', 'submit', 'button', 'file', 'image', 'reset', 'search']);

/** Subtrees with nothing to read: code, templates, graphics. */
export const SKIPPED_TAGS: ReadonlySet<string> = new Set(['script', 'style', 'template', 'noscript', 'svg', 'canvas']);

/**
 * Landmarks whose controls are never the portal's forms (site search, menus, a newsletter box in
 * the footer); their texts are not page signals either.
 */
export const IGNORED_LANDMARK_TAGS: readonly string[] = ['footer', 'nav'];
const IGNORED_LANDMARK_ROLES: ReadonlySet<string> = new Set(['search', 'navigation', 'contentinfo', 'banner']);

/**
 * The survey's queries of each root (survey.ts), and the attributes by which it sorts what each
 * finds: controls (by type), and what may be an ignored region or a heading or button by its role.
 * Each is made again only when something it finds, or one of its attributes, may have changed
 * (page-changes.ts): two, so that a control coming or going costs the controls' query alone.
 * Each selector costs a browser a test of every element of the root.
 */
export const SURVEY_QUERIES = {
  controls: { selector: 'input, select, textarea', attributes: ['type'] },
  regions: { selector: [...IGNORED_LANDMARK_TAGS, '[role]', `[${OWN_UI_ATTRIBUTE}]`].join(', '), attributes: ['role', OWN_UI_ATTRIBUTE] },
} as const satisfies Record<string, { readonly selector: string; readonly attributes: readonly string[] }>;

export type SurveyQueryId = keyof typeof SURVEY_QUERIES;

/**
 * Elements whose contents are values, options or actions, not words about something else
 * (a «?» tooltip button inside a label cell is not part of the label).
 */
const TEXTLESS_TAGS: ReadonlySet<string> = new Set(['select', 'textarea', 'option', 'datalist', 'button']);

/** Elements whose subtree detection never looks into, as one selector (for `matches` and `closest`). */
const SKIPPED_SUBTREE_SELECTOR = [
  ...SKIPPED_TAGS,
  ...IGNORED_LANDMARK_TAGS,
  `[${OWN_UI_ATTRIBUTE}]`,
  ...[...IGNORED_LANDMARK_ROLES].map((role) => `[role="${role}" i]`),
].join(', ');

/** The input type as the browser sees it (an unknown or missing type is text). */
export function inputType(element: Element): string {
  return (attributeOf(element, 'type') ?? 'text').trim().toLowerCase() || 'text';
}

/** An input, select or textarea a person could type into or choose in. */
export function isFillableControl(element: Element): element is HTMLElement {
  switch (localNameOf(element)) {
    case 'input':
      return isFillableType(inputType(element));
    case 'select':
    case 'textarea':
      return true;
    default:
      return false;
  }
}

/** Whether a control of this type (an input's type, or `select`, `textarea`) holds something to fill. */
export function isFillableType(type: string): boolean {
  return !UNFILLABLE_INPUT_TYPES.has(type);
}

/** The element's ARIA role as written, normalised ('' when none). */
export function roleOf(element: Element): string {
  return (attributeOf(element, 'role') ?? '').trim().toLowerCase();
}

export function hasIgnoredLandmarkRole(element: Element): boolean {
  return IGNORED_LANDMARK_ROLES.has(roleOf(element));
}

const SKIPPED_TAG_SET: ReadonlySet<string> = new Set([...SKIPPED_TAGS, ...IGNORED_LANDMARK_TAGS]);

/**
 * An element whose subtree detection never looks into: code, graphics, ignored landmarks, our own
 * UI. The same test as SKIPPED_SUBTREE_SELECTOR, in script: cheaper than `matches` on every node of a walk.
 */
export function isSkippedSubtree(element: Element): boolean {
  return SKIPPED_TAG_SET.has(localNameOf(element)) || hasAttributeOf(element, OWN_UI_ATTRIBUTE) || hasIgnoredLandmarkRole(element);
}

/** Whether a node lies in a subtree detection never looks into (the node itself included). */
export function isInSkippedSubtree(node: Node): boolean {
  const element = nodeTypeOf(node) === ELEMENT_NODE ? (node as Element) : parentElementOf(node);
  return element !== null && closestOf(element, SKIPPED_SUBTREE_SELECTOR) !== null;
}

/** The text a person reads in an element: nested controls' values, option lists and buttons left out. */
export function readableText(element: Element): string {
  // Most labels hold text only: one call instead of a walk (adjacent text nodes read as the browser shows them, unspaced).
  if (firstElementChildOf(element) === null) return textContentOf(element);
  const parts: string[] = [];
  const visit = (node: Node): void => {
    for (let child = firstChildOf(node); child !== null; child = nextSiblingOf(child)) {
      const type = nodeTypeOf(child);
      if (type === TEXT_NODE) parts.push(dataOf(child as Text));
      else if (type === ELEMENT_NODE) {
        const element = child as Element;
        if (!TEXTLESS_TAGS.has(localNameOf(element)) && !isSkippedSubtree(element)) visit(element);
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
