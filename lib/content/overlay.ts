/**
 * The helper's layer on a portal page: one host element with a shadow root, created only when
 * there is something to show, so pages with nothing for us get no element at all. The host is
 * fixed, full-viewport and lets clicks through (only our own boxes take them), so the page's
 * layout never moves; positions follow the fields on scroll and resize.
 */
import { h, render } from 'preact';
import { PageOverlay, type Box, type PlacedHint, type PlacedMark } from '../../components/page/PageOverlay';
import overlayStyles from '../../components/page/overlay.css?inline';
import { OWN_UI_ATTRIBUTE } from '../detect/dom';
import { isGenuineClick } from './click-guard';
import type { OverlayView, PanelAction } from './engine';

export interface OverlayCallbacks {
  readonly onAction: (action: PanelAction) => void;
  /** The person accepted a hint's corrected value for this field. */
  readonly onApplyFix: (element: HTMLElement, fix: string) => void;
}

export interface Overlay {
  update(view: OverlayView): void;
  destroy(): void;
}

const HOST_STYLE = 'all: initial; position: fixed; inset: 0; width: 0; height: 0; overflow: visible; pointer-events: none; z-index: 2147483647;';

export function createOverlay(document: Document, callbacks: OverlayCallbacks, now: () => number = Date.now): Overlay {
  let host: HTMLElement | null = null;
  let mount: HTMLElement | null = null;
  let view: OverlayView = { hints: [], marks: [], panel: null };
  let panelShownAt = 0;
  let frame = 0;
  const window = document.defaultView;
  const onViewportChange = () => {
    if (frame === 0 && window) frame = window.requestAnimationFrame(() => ((frame = 0), draw()));
  };

  function ensureHost(): HTMLElement {
    if (mount) return mount;
    host = document.createElement('div');
    host.setAttribute(OWN_UI_ATTRIBUTE, '');
    host.setAttribute('style', HOST_STYLE);
    const shadow = host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = overlayStyles;
    mount = document.createElement('div');
    shadow.append(style, mount);
    document.documentElement.append(host);
    window?.addEventListener('scroll', onViewportChange, { capture: true, passive: true });
    window?.addEventListener('resize', onViewportChange, { passive: true });
    return mount;
  }

  function removeHost(): void {
    if (!host || !mount) return;
    render(null, mount);
    host.remove();
    host = null;
    mount = null;
    window?.removeEventListener('scroll', onViewportChange, { capture: true });
    window?.removeEventListener('resize', onViewportChange);
  }

  function draw(): void {
    const empty = view.hints.length === 0 && view.marks.length === 0 && view.panel === null;
    if (empty) return removeHost();
    const target = ensureHost();
    const keys = new Map<HTMLElement, number>();
    const keyOf = (element: HTMLElement) => keys.get(element) ?? keys.set(element, keys.size).get(element)!;
    const hints: PlacedHint[] = view.hints.filter(({ element }) => element.isConnected).map(({ element, hint }) => ({ key: keyOf(element), box: boxOf(element), hint }));
    const marks: PlacedMark[] = view.marks.filter(({ element }) => element.isConnected).map(({ element, state }) => ({ key: keyOf(element), box: boxOf(element), state }));
    const elementsByKey = new Map([...keys].map(([element, key]) => [key, element]));
    render(
      h(PageOverlay, {
        hints,
        marks,
        panel: view.panel,
        viewportWidth: window?.innerWidth ?? 1024,
        onAction: (action, event) => {
          if (event.currentTarget instanceof Element && isGenuineClick(event, event.currentTarget, panelShownAt, now())) callbacks.onAction(action);
        },
        onApplyFix: (key, event) => {
          const element = elementsByKey.get(key);
          const fix = view.hints.find((placed) => placed.element === element)?.hint.fix;
          if (element && fix !== undefined && event.isTrusted) callbacks.onApplyFix(element, fix);
        },
      }),
      target,
    );
  }

  return {
    update(next) {
      if (next.panel?.step !== view.panel?.step) panelShownAt = now();
      view = next;
      draw();
    },
    destroy() {
      if (frame !== 0) window?.cancelAnimationFrame(frame);
      removeHost();
    },
  };
}

function boxOf(element: HTMLElement): Box {
  const rect = element.getBoundingClientRect();
  return { top: rect.top, left: rect.left, width: rect.width, height: rect.height };
}
