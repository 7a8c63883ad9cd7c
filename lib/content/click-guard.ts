/**
 * The in-page panel acts only on a real click on a panel the person can really see. A page
 * could otherwise click our buttons from script, or make the panel transparent, cover it or
 * shrink it to nothing and trick the person into clicking through it (clickjacking).
 */
import { isActuallyVisible } from '../fill';

/** Clicks this soon after the panel (or its step) appeared are ignored: nobody reads that fast. */
export const PANEL_SETTLE_MS = 500;

export function isGenuineClick(event: Event, target: Element, shownAt: number, now: number): boolean {
  return event.isTrusted && now - shownAt >= PANEL_SETTLE_MS && isActuallyVisible(target);
}
