import { describe, expect, it } from 'vitest';
import { runRule, ruleTester } from '../../ruleTester';
import { traditionalCharacter } from './traditional-character';

ruleTester(traditionalCharacter, {
  valid: [
    '全年经济社会发展稳中有进。',
    '乾县、乾安县、乾隆年间、乾坤',
    '於梅同志当选为协会会长。',
    '出版《臺灣歷史研究》一书。',
    '显著、著名、皇后、理发、干部',
    '宫商角徵羽',
    '种植油菜薹、芸薹120公顷，哪吒闹海剧目上演。',
    '麴先生当选。',
  ],
  invalid: [
    { text: '全区经济〖發〗展稳中有进，〖發電〗量增长。', fix: '发', safe: false },
    { text: '县城〖於〗2023年完成改造。', fix: '于' },
    { text: '〖製〗造业增加值增长5%，〖後〗来又有提高。' },
    { text: '位〖於〗老城区。' },
  ],
});

describe('traditional-character speed', () => {
  it('checks 100,000 characters of simplified text quickly', () => {
    const text = '全年经济社会发展稳中有进，城乡居民收入持续增长，生态环境质量明显改善。'.repeat(3000);
    const ctx = { recordYear: 2023 };
    traditionalCharacter.check(text, 'paragraph', ctx); // first use builds the tables and warms the JIT
    // The best of five runs: the machine may be shared, the JIT may still be warming up.
    let best = Infinity;
    for (let k = 0; k < 5; k++) {
      const t0 = performance.now();
      expect(traditionalCharacter.check(text, 'paragraph', ctx)).toEqual([]);
      best = Math.min(best, performance.now() - t0);
    }
    expect(best).toBeLessThan(100);
  });
});
