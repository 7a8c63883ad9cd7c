/**
 * Reads of DOM nodes for the places that meet nodes of every kind: the survey's walk and query,
 * climbs through ancestors, texts of arbitrary elements. Where one property read in the code
 * meets many kinds of node (div, span, input, text…), V8's lookup is megamorphic, and a read of
 * a DOM property then costs about a microsecond; the prototype's own getter, called directly,
 * costs a few dozen nanoseconds (Chromium, a page of 50,000 elements: reading `nodeType` of
 * 3,500 nodes of a walk took 3.7 ms, through the getter 0.2 ms).
 *
 * The getters are the standard ones: WebIDL attributes are accessors on the interface's
 * prototype and accept a node of any realm (same-origin frames); a Firefox content script gets
 * them through its Xrays, and happy-dom defines them the same way. They are looked up on first
 * use, since modules importing this one also load where there is no DOM.
 */

interface NodeReads {
  readonly nodeType: (this: Node) => number;
  readonly parentElement: (this: Node) => Element | null;
  readonly firstChild: (this: Node) => Node | null;
  readonly lastChild: (this: Node) => Node | null;
  readonly nextSibling: (this: Node) => Node | null;
  readonly previousSibling: (this: Node) => Node | null;
  readonly localName: (this: Element) => string;
  readonly shadowRoot: (this: Element) => ShadowRoot | null;
  readonly firstElementChild: (this: Element) => Element | null;
  readonly textContent: (this: Element) => string | null;
  readonly data: (this: Text) => string;
  readonly getAttribute: (this: Element, name: string) => string | null;
  readonly hasAttribute: (this: Element, name: string) => boolean;
  readonly closest: (this: Element, selectors: string) => Element | null;
}

let reads: NodeReads | undefined;

function nodeReads(): NodeReads {
  reads ??= {
    nodeType: accessor(Node.prototype, 'nodeType'),
    parentElement: accessor(Node.prototype, 'parentElement'),
    firstChild: accessor(Node.prototype, 'firstChild'),
    lastChild: accessor(Node.prototype, 'lastChild'),
    nextSibling: accessor(Node.prototype, 'nextSibling'),
    previousSibling: accessor(Node.prototype, 'previousSibling'),
    localName: accessor(Element.prototype, 'localName'),
    shadowRoot: accessor(Element.prototype, 'shadowRoot'),
    firstElementChild: accessor(Element.prototype, 'firstElementChild'),
    // Element's own where a DOM implementation overrides Node's (happy-dom does).
    textContent: accessor(Element.prototype, 'textContent'),
    data: accessor(Text.prototype, 'data'),
    getAttribute: method(Element.prototype, 'getAttribute'),
    hasAttribute: method(Element.prototype, 'hasAttribute'),
    closest: method(Element.prototype, 'closest'),
  };
  return reads;
}

/** The getter of `name`, on `prototype` or up its chain. */
function accessor<This extends object, Value>(prototype: This, name: string): (this: This) => Value {
  const get: unknown = descriptorOf(prototype, name).get;
  if (typeof get !== 'function') throw new TypeError(`${name} is not an accessor of the DOM here`);
  return get as (this: This) => Value;
}

/** The method `name`, on `prototype` or up its chain. */
function method<This extends object, Args extends unknown[], Value>(prototype: This, name: string): (this: This, ...args: Args) => Value {
  const value: unknown = descriptorOf(prototype, name).value;
  if (typeof value !== 'function') throw new TypeError(`${name} is not a method of the DOM here`);
  return value as (this: This, ...args: Args) => Value;
}

function descriptorOf(prototype: object, name: string): PropertyDescriptor {
  for (let object: object | null = prototype; object !== null; object = Object.getPrototypeOf(object) as object | null) {
    const descriptor = Object.getOwnPropertyDescriptor(object, name);
    if (descriptor !== undefined) return descriptor;
  }
  return {};
}

export const nodeTypeOf = (node: Node): number => nodeReads().nodeType.call(node);
export const parentElementOf = (node: Node): Element | null => nodeReads().parentElement.call(node);
export const firstChildOf = (node: Node): Node | null => nodeReads().firstChild.call(node);
export const lastChildOf = (node: Node): Node | null => nodeReads().lastChild.call(node);
export const nextSiblingOf = (node: Node): Node | null => nodeReads().nextSibling.call(node);
export const previousSiblingOf = (node: Node): Node | null => nodeReads().previousSibling.call(node);
export const localNameOf = (element: Element): string => nodeReads().localName.call(element);
export const shadowRootOf = (element: Element): ShadowRoot | null => nodeReads().shadowRoot.call(element);
export const firstElementChildOf = (element: Element): Element | null => nodeReads().firstElementChild.call(element);
export const textContentOf = (element: Element): string => nodeReads().textContent.call(element) ?? '';
export const dataOf = (text: Text): string => nodeReads().data.call(text);
export const attributeOf = (element: Element, name: string): string | null => nodeReads().getAttribute.call(element, name);
export const hasAttributeOf = (element: Element, name: string): boolean => nodeReads().hasAttribute.call(element, name);
export const closestOf = (element: Element, selectors: string): Element | null => nodeReads().closest.call(element, selectors);
