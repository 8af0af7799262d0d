import { describe, expect, it } from 'vitest';
import { comparePositions, positionBetween, positionsAfter } from '@prospek/shared';

describe('fractional ordering keys', () => {
  it('places a key strictly between its neighbours', () => {
    const [a, b] = positionsAfter(null, 2);
    const mid = positionBetween(a, b);
    expect(a < mid && mid < b).toBe(true);
    expect(positionBetween(null, a) < a).toBe(true);
    expect(positionBetween(b, null) > b).toBe(true);
  });

  it('keeps finding room after many inserts at the same spot', () => {
    const [low, first] = positionsAfter(null, 2);
    let high = first;
    for (let i = 0; i < 500; i++) {
      const key = positionBetween(low, high);
      expect(comparePositions(low, key)).toBe(-1);
      expect(comparePositions(key, high)).toBe(-1);
      high = key;
    }
    expect(high.length).toBeLessThan(100);
  });

  it('relies on byte order, which a case-insensitive collation would break', () => {
    // Keys below the first integer start with upper-case heads: "Zz" sorts before "a0" byte-wise.
    let top = positionsAfter(null, 1)[0];
    const keys = [top];
    for (let i = 0; i < 100; i++) {
      top = positionBetween(null, top);
      keys.unshift(top);
    }
    expect([...keys].sort(comparePositions)).toEqual(keys);
    expect(keys.some((k) => k[0] === k[0].toUpperCase() && /[A-Z]/.test(k[0]))).toBe(true);
    const caseInsensitive = [...keys].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()));
    expect(caseInsensitive).not.toEqual(keys);
  });

  it('recovers when the neighbours it was given are out of order', () => {
    const [a, b] = positionsAfter(null, 2);
    expect(positionBetween(b, a) > b).toBe(true);
  });
});
