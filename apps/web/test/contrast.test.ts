import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  contrastRatio,
  ensureContrast,
  readableTextOn,
  textColourOn,
  toHex,
} from '../src/lib/contrast';
import { themeVariables } from '../src/lib/theme';

const colour = fc
  .tuple(
    fc.integer({ min: 0, max: 255 }),
    fc.integer({ min: 0, max: 255 }),
    fc.integer({ min: 0, max: 255 }),
  )
  .map(([r, g, b]) => toHex([r, g, b]));

describe('contrast helpers (WCAG AA with any office colour)', () => {
  it('computes the WCAG ratio', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  it('picks white on dark and black on light backgrounds', () => {
    expect(readableTextOn('#1f4e79')).toBe('#ffffff');
    expect(readableTextOn('#f2c14e')).toBe('#000000');
    expect(readableTextOn('#ffff00')).toBe('#000000');
  });

  it('always finds readable text (≥ 4.5:1) for any background', () => {
    fc.assert(
      fc.property(colour, (bg) => {
        expect(contrastRatio(readableTextOn(bg), bg)).toBeGreaterThanOrEqual(4.5);
      }),
    );
  });

  it('keeps the office contrast colour only when it is readable', () => {
    expect(textColourOn('#1f4e79', '#ffffff')).toBe('#ffffff');
    // Light grey on a light yellow fails AA: replaced.
    expect(textColourOn('#fff3b0', '#dddddd')).toBe('#000000');
  });

  it('darkens a brand colour until it reads on white, keeping readable colours as they are', () => {
    expect(ensureContrast('#1f4e79', '#ffffff')).toBe('#1f4e79');
    fc.assert(
      fc.property(colour, (brand) => {
        expect(contrastRatio(ensureContrast(brand, '#ffffff'), '#ffffff')).toBeGreaterThanOrEqual(
          4.5,
        );
      }),
    );
  });

  it('derives theme variables whose text/background pairs all reach AA', () => {
    fc.assert(
      fc.property(colour, colour, colour, (primary, primaryContrast, accent) => {
        const v = themeVariables({ primary, primaryContrast, accent });
        expect(contrastRatio(v['--on-brand']!, v['--brand']!)).toBeGreaterThanOrEqual(4.5);
        expect(contrastRatio(v['--brand-strong']!, '#ffffff')).toBeGreaterThanOrEqual(4.5);
        expect(contrastRatio(v['--on-brand-strong']!, v['--brand-strong']!)).toBeGreaterThanOrEqual(
          4.5,
        );
        expect(contrastRatio(v['--on-accent']!, v['--accent']!)).toBeGreaterThanOrEqual(4.5);
      }),
    );
  });
});
