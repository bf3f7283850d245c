import { describe, expect, it } from 'vitest';
import { directionWords, relationPhrase } from './directionWords';

describe('directionWords (LPS: +x left, +y posterior, +z superior)', () => {
  it('names axes beyond the threshold, largest first', () => {
    expect(directionWords([-50, 0, 0])).toEqual(['right']);
    expect(directionWords([30, -80, 12])).toEqual(['anterior', 'left', 'superior']);
    expect(directionWords([0, 15, -40])).toEqual(['inferior', 'posterior']);
    expect(directionWords([5, -5, 9])).toEqual([]);
  });
  it('builds relation phrases', () => {
    expect(relationPhrase(['left'])).toBe('to the left of');
    expect(relationPhrase(['superior', 'right'])).toBe('superior to and to the right of');
    expect(relationPhrase([])).toBe('at about the same position as');
  });
});
