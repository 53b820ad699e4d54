import type { PublicSettings } from '@entente/contracts';
import { AA_TEXT, ensureContrast, readableTextOn, textColourOn } from './contrast';

const WHITE = '#ffffff';

/** CSS custom properties derived from the office colours, each pair readable at AA level. */
export function themeVariables(colours: PublicSettings['colours']): Record<string, string> {
  const brandOnWhite = ensureContrast(colours.primary, WHITE, AA_TEXT);
  return {
    '--brand': colours.primary,
    '--on-brand': textColourOn(colours.primary, colours.primaryContrast),
    '--brand-strong': brandOnWhite,
    '--on-brand-strong': readableTextOn(brandOnWhite),
    '--accent': colours.accent,
    '--on-accent': readableTextOn(colours.accent),
  };
}

/** Sets the variables on <html> through the CSSOM (allowed by CSP `style-src 'self'`). */
export function applyTheme(colours: PublicSettings['colours']): void {
  const root = document.documentElement;
  for (const [name, value] of Object.entries(themeVariables(colours))) {
    root.style.setProperty(name, value);
  }
}
