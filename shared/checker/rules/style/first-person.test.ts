import { describe, expect, it } from 'vitest';
import { runRule, ruleTester } from '../../ruleTester';
import { firstPerson, placeAtLevel } from './first-person';

ruleTester(firstPerson, {
  valid: [
    '他说：“我们将加快建设。”',
    '局长在会上说：“我们要把好事办实。”',
    '开展自我评价。',
    '打破自我局限，形成基本局面。',
    '青白江区全年新增就业1.2万人。',
  ],
  invalid: [
    { text: '〖我区〗全年新增就业1.2万人。', fix: '成都市青白江区', safe: false, context: { placeName: '成都市青白江区' } },
    { text: '〖我区〗全年新增就业1.2万人。', fix: '青白江区', context: { placeName: '青白江区' } },
    { text: '〖我市〗共有学校40所。', fix: '成都市', context: { placeName: '成都市青白江区' } },
    { text: '〖我县〗全年完成植树造林2.3万株。', fix: null },
    { text: '〖我局〗组织培训3期，〖我们〗邀请专家授课。' },
    { text: '〖本单位〗全年收文1200件。' },
    { text: '〖我市〗政府印发通知，〖我区〗委书记出席。' },
    { text: '自我评价、〖我国〗' },
  ],
});

describe('first-person details', () => {
  it('我国 is a suggestion only', () => {
    const [f] = runRule(firstPerson, '我国粮食产量稳定。');
    expect(f.severity).toBe('suggestion');
  });
  it('places a level of the place name', () => {
    expect(placeAtLevel('四川省成都市青白江区', '市')).toBe('成都市');
    expect(placeAtLevel('成都市青白江区', '县')).toBeNull();
  });
});
