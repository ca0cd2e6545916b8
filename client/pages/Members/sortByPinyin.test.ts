import { describe, expect, it } from 'vitest';
import { sortByPinyin } from './sortByPinyin';

describe('pinyin sort', () => {
  it('orders Chinese names by pinyin, not by code point', () => {
    const names = ['张伟', '李娜', '王芳', '陈静', '阿强', '赵敏'];
    // By code point 张 (U+5F20) comes before 李 (U+674E); by pinyin zhang comes last.
    expect(sortByPinyin(names, (n) => n)).toEqual(['阿强', '陈静', '李娜', '王芳', '张伟', '赵敏']);
  });

  it('breaks ties by the second key and leaves the input alone', () => {
    const people = [{ n: '李明', u: 'b' }, { n: '李明', u: 'a' }];
    const sorted = sortByPinyin(people, (p) => p.n, (p) => p.u);
    expect(sorted.map((p) => p.u)).toEqual(['a', 'b']);
    expect(people[0].u).toBe('b');
  });
});
