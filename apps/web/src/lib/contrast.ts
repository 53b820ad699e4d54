/** WCAG 2.x contrast helpers: office colours come from settings, text must stay readable (AA). */

export const AA_TEXT = 4.5;
export const AA_NON_TEXT = 3;

type Rgb = readonly [number, number, number];

export function parseHex(hex: string): Rgb {
  const match = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!match?.[1]) throw new Error(`Not a #rrggbb colour: ${hex}`);
  const value = parseInt(match[1], 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

export function toHex([r, g, b]: Rgb): string {
  return `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

export function relativeLuminance(hex: string): number {
  const [r, g, b] = parseHex(hex);
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [
    number,
    number,
  ];
  return (hi + 0.05) / (lo + 0.05);
}

/** Black or white, whichever reads better on `background` (one of them is always ≥ 4.5:1). */
export function readableTextOn(background: string): '#000000' | '#ffffff' {
  return contrastRatio('#000000', background) >= contrastRatio('#ffffff', background)
    ? '#000000'
    : '#ffffff';
}

/** `preferred` if it reaches `minimum` on `background`, else the readable black or white. */
export function textColourOn(background: string, preferred: string, minimum = AA_TEXT): string {
  return contrastRatio(preferred, background) >= minimum ? preferred : readableTextOn(background);
}

/**
 * Keeps the hue of `colour` but darkens (or lightens, on a dark background) it step by step until
 * it reaches `minimum` contrast against `background`. Used for brand-coloured links and borders.
 */
export function ensureContrast(colour: string, background: string, minimum = AA_TEXT): string {
  if (contrastRatio(colour, background) >= minimum) return colour;
  const target: Rgb = readableTextOn(background) === '#000000' ? [0, 0, 0] : [255, 255, 255];
  const start = parseHex(colour);
  for (let step = 1; step <= 20; step++) {
    const t = step / 20;
    const mixed = toHex(
      [0, 1, 2].map((i) => start[i]! + (target[i]! - start[i]!) * t) as unknown as Rgb,
    );
    if (contrastRatio(mixed, background) >= minimum) return mixed;
  }
  return toHex(target);
}
