import { describe, expect, it } from 'vitest';
import { aggregateScores, scoreFindings } from './score';
import type { Finding, WeightClass } from './types';

function finding(ruleId: string, weightClass: WeightClass, text: string, severity: Finding['severity'] = 'error'): Finding {
  return { id: `${ruleId}:${text}`, ruleId, severity, weightClass, target: 'text', start: 0, end: 1, text, message: '', source: '' };
}

describe('scoreFindings', () => {
  it('weighs classes per 细则 and caps repeats of the same error', () => {
    const findings = [
      finding('common-typo', 'text', '座落'),
      ...Array.from({ length: 6 }, () => finding('common-typo', 'text', '按装')), // capped at 4
      finding('invalid-date', 'knowledge', '2月30日'),
      ...Array.from({ length: 5 }, () => finding('traditional-character', 'traditional', '發')), // capped at 1.5
      ...Array.from({ length: 15 }, () => finding('halfwidth-punctuation', 'punctuation', ',')), // capped at 1
      finding('chinese-percent', 'number', '百分之六', 'warning'),
      finding('comma-between-titles', 'punctuation', '、', 'suggestion'),
      finding('first-person', 'norm', '我区', 'warning'),
    ];
    const s = scoreFindings(findings, 20_000);
    expect(s.components.text).toEqual({ count: 7, weighted: 5 });
    expect(s.components.knowledge.weighted).toBe(2);
    expect(s.components.traditional.weighted).toBe(1.5);
    expect(s.components.punctuation).toEqual({ count: 15, weighted: 1 });
    expect(s.components.number.weighted).toBe(0.1);
    expect(s.weightedErrors).toBe(9.6);
    expect(s.errorRate).toBe(4.8);
    expect(s.normCount).toBe(1);
    expect(s.normRate).toBe(0.5);
    expect(s.showAsRate).toBe(true);
    expect(s.passes).toBe(false);
    expect(s.label).toBe('按正文字数估算');
  });

  it('shows counts, not a pass or fail, for a short entry', () => {
    const s = scoreFindings([finding('halfwidth-punctuation', 'punctuation', ',')], 300);
    expect(s.showAsRate).toBe(false);
    expect(s.passes).toBeNull();
    expect(s.weightedErrors).toBe(0.1);
  });
});

describe('aggregateScores', () => {
  it('recomputes from the union, so caps apply across entries (not a sum)', () => {
    const a = { findings: Array.from({ length: 3 }, () => finding('common-typo', 'text', '按装')), charCount: 6000 };
    const b = { findings: Array.from({ length: 3 }, () => finding('common-typo', 'text', '按装')), charCount: 6000 };
    expect(scoreFindings(a.findings, a.charCount).weightedErrors + scoreFindings(b.findings, b.charCount).weightedErrors).toBe(6);
    const total = aggregateScores([a, b]);
    expect(total.weightedErrors).toBe(4);
    expect(total.charCount).toBe(12_000);
    expect(total.errorRate).toBeCloseTo(3.3333, 3);
  });
});
