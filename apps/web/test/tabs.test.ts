import { describe, expect, it } from 'vitest';
import { tabIndexAfterKey } from '../src/components/Tabs';

// QC-11's four tabs follow the WAI-ARIA tabs pattern (ADR 0016).
describe('tab keyboard moves', () => {
  it('Right and Left move by one and wrap at both ends', () => {
    expect(tabIndexAfterKey('ArrowRight', 0, 4)).toBe(1);
    expect(tabIndexAfterKey('ArrowRight', 3, 4)).toBe(0);
    expect(tabIndexAfterKey('ArrowLeft', 2, 4)).toBe(1);
    expect(tabIndexAfterKey('ArrowLeft', 0, 4)).toBe(3);
  });

  it('Home and End go to the first and last tab', () => {
    expect(tabIndexAfterKey('Home', 2, 4)).toBe(0);
    expect(tabIndexAfterKey('End', 1, 4)).toBe(3);
  });

  it('leaves every other key to the browser (Tab, Enter, Space, Up, Down)', () => {
    for (const key of ['Tab', 'Enter', ' ', 'ArrowUp', 'ArrowDown', 'a']) {
      expect(tabIndexAfterKey(key, 1, 4)).toBeNull();
    }
  });
});
