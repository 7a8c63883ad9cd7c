import { describe, expect, it } from 'vitest';
import { BoundedMemo } from '../../../lib/detect/memo';

describe('BoundedMemo', () => {
  it('computes each key once while it remembers it', () => {
    const computed: string[] = [];
    const memo = new BoundedMemo(10, (key: string) => {
      computed.push(key);
      return key.length;
    });
    expect([memo.get('фамилия'), memo.get('имя'), memo.get('фамилия')]).toEqual([7, 3, 7]);
    expect(computed).toEqual(['фамилия', 'имя']);
  });

  it('starts afresh once it holds its limit, so it never grows past it', () => {
    const computed: number[] = [];
    const memo = new BoundedMemo(3, (key: number) => {
      computed.push(key);
      return key * 2;
    });
    for (const key of [1, 2, 3, 1, 4, 1, 2]) memo.get(key);
    // 1, 2, 3 fill it; 1 is remembered; 4 finds it full and clears it; 1 and 2 are computed again.
    expect(computed).toEqual([1, 2, 3, 4, 1, 2]);
  });
});
