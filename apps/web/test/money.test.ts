import { describe, expect, it } from 'vitest';
import { formatMoneyInput, parseMoney } from '../src/lib/money';

describe('parseMoney', () => {
  it('reads French and English amounts as minor units', () => {
    expect(parseMoney('1 234,56')).toBe(123456);
    expect(parseMoney('1\u202f234,5')).toBe(123450);
    expect(parseMoney('1,234.56')).toBe(123456);
    expect(parseMoney('12')).toBe(1200);
    expect(parseMoney('0,07')).toBe(7);
  });
  it('tells empty from invalid', () => {
    expect(parseMoney('  ')).toBeUndefined();
    expect(parseMoney('12,345,6')).toBeNull();
    expect(parseMoney('abc')).toBeNull();
    expect(parseMoney('1,234')).toBe(123400);
    expect(parseMoney('1.234')).toBeNull();
  });
  it('round-trips through the input format', () => {
    expect(parseMoney(formatMoneyInput(123456, 'fr-CA'))).toBe(123456);
    expect(parseMoney(formatMoneyInput(123456, 'en-CA'))).toBe(123456);
  });
});
