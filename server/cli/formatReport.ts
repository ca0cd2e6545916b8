// Formats batch-check reports: compiler-like lines (file:line:column or file:paragraph), a
// summary with the score per file, or JSON.

import type { FileReport, LocatedFinding } from './checkDocument';

const SEVERITY_LABEL = { error: '错误', warning: '警告', suggestion: '建议' } as const;
const CLASS_LABEL: Record<string, string> = { text: '文字', knowledge: '知识性', traditional: '繁简', unit: '计量单位', punctuation: '标点', number: '数字' };

function where(file: string, f: LocatedFinding): string {
  return 'paragraph' in f.position ? `${file}:第${f.position.paragraph}段` : `${file}:${f.position.line}:${f.position.column}`;
}

function summary(r: FileReport): string {
  const n = { error: 0, warning: 0, suggestion: 0 };
  for (const f of r.findings) n[f.severity]++;
  const s = r.score;
  const parts = Object.entries(s.components)
    .filter(([, c]) => c.count > 0)
    .map(([cls, c]) => `${CLASS_LABEL[cls] ?? cls} ${c.count} 处计 ${c.weighted}`);
  const rate = s.showAsRate
    ? `编校差错率 ${s.errorRate.toFixed(2)}/万（${s.label}，${s.passes ? '合格' : '不合格'}）`
    : `加权差错 ${s.weightedErrors}（${s.charCount}字，篇幅较短，不计差错率）`;
  return [
    `${r.file}: ${n.error} 个错误，${n.warning} 个警告，${n.suggestion} 个建议；${s.charCount} 字`,
    `  ${rate}${parts.length ? `；构成：${parts.join('，')}` : ''}`,
    `  编纂规范 ${s.normCount} 处（${s.normRate.toFixed(2)}/万）`,
  ].join('\n');
}

/** The text report: one line per finding, then each file's summary. */
export function formatText(reports: FileReport[]): string {
  const out: string[] = [];
  for (const r of reports) {
    for (const f of r.findings) {
      const fix = f.fix ? `；改为${f.fix.text === '' ? '（删除）' : `“${f.fix.text}”`}${f.fix.safe ? '' : '（请确认）'}` : '';
      out.push(`${where(r.file, f)}: ${SEVERITY_LABEL[f.severity]} [${f.ruleId}] “${f.text}” ${f.message}${fix}（${f.source}）`);
    }
    out.push(summary(r), '');
  }
  return out.join('\n');
}

/** The JSON report: [{ file, findings, score }]. */
export function formatJson(reports: FileReport[]): string {
  return JSON.stringify(reports, null, 2);
}
