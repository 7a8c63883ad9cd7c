/**
 * The colours of the helper's pages, as data, so that a test can hold every text colour to a
 * contrast of at least 4.5:1 against its background (7:1 in high contrast, WCAG AAA). The
 * stylesheet reads them as CSS variables set on the page's root element.
 */
export interface Palette {
  readonly text: string;
  readonly background: string;
  /** Secondary text: hints, addresses. */
  readonly muted: string;
  readonly link: string;
  /** The current step: text and its background. */
  readonly accentText: string;
  readonly accentBackground: string;
  /** The mark of a passed step. */
  readonly done: string;
  readonly error: string;
  /** Lines and control borders (non-text: 3:1 is enough). */
  readonly border: string;
  readonly focus: string;
  /** A quiet panel behind a group, under `text` and `muted`. */
  readonly panel: string;
}

export const STANDARD_PALETTE: Palette = {
  text: '#1b1f24',
  background: '#ffffff',
  muted: '#49525e',
  link: '#0b4f94',
  accentText: '#ffffff',
  accentBackground: '#0b4f94',
  done: '#1d6b33',
  error: '#a4261d',
  border: '#6b7480',
  focus: '#b34a00',
  panel: '#f1f4f8',
};

export const HIGH_CONTRAST_PALETTE: Palette = {
  text: '#ffffff',
  background: '#000000',
  muted: '#e6e6e6',
  link: '#ffff00',
  accentText: '#000000',
  accentBackground: '#ffff00',
  done: '#9dff9d',
  error: '#ffb3b3',
  border: '#ffffff',
  focus: '#00ffff',
  panel: '#1a1a1a',
};

/** The palette as CSS custom properties for a `style` attribute (components/ui.css reads them). */
export function paletteVariables(palette: Palette): Record<string, string> {
  return {
    '--color-text': palette.text,
    '--color-background': palette.background,
    '--color-muted': palette.muted,
    '--color-link': palette.link,
    '--color-accent-text': palette.accentText,
    '--color-accent-background': palette.accentBackground,
    '--color-done': palette.done,
    '--color-error': palette.error,
    '--color-border': palette.border,
    '--color-focus': palette.focus,
    '--color-panel': palette.panel,
  };
}
