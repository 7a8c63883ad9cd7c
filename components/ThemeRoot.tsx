import type { ComponentChildren } from 'preact';
import type { DisplayPrefs } from '../lib/guidance/display-prefs';
import { HIGH_CONTRAST_PALETTE, paletteVariables, STANDARD_PALETTE } from './palette';

/** The root of every helper page: the palette as CSS variables and the type size. */
export function ThemeRoot({ prefs, children }: { prefs: DisplayPrefs; children: ComponentChildren }) {
  const palette = prefs.highContrast ? HIGH_CONTRAST_PALETTE : STANDARD_PALETTE;
  return (
    <div class={prefs.largeType ? 'app app--large' : 'app'} style={paletteVariables(palette)}>
      {children}
    </div>
  );
}
