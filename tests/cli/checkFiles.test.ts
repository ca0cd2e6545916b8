// The batch checker CLI, spawned as `npm run check` would: .txt (PDF-broken lines joined, positions
// mapped back), .docx (generated here with the docx package), JSON output and exit codes.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const CLI = join(ROOT, 'server/cli/checkFiles.ts');
let dir: string;
/** Each case spawns node + tsx, which takes seconds on a busy machine. */
const TIMEOUT = 60_000;

function runCli(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Lines broken at a fixed width, as text extracted from a PDF comes. */
const BROKEN = [
  '抓好顶层设计，构筑质量标准体系，确保年鉴质量提升有章可循',
  '。2018年 9月，省地方志办在全国率先出台《关于实施地方志工作',
  '质量提升行动的意见》，强调要以上率下开展全省地方综合年鉴编纂',
  '篇目审查、复审和成品书质量抽查，为全省提供了总纲。',
  '强化流程监督，注重审查结果运用，确保年鉴质量提升措施有力。',
  '2019年开始，全省建立地方综合年鉴编纂篇目审查和质量抽查制度',
  '，市级地方综合年鉴编纂篇目报省地方志办审查，前移质量把关。',
].join('\n');

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'nianjian-cli-'));
  writeFileSync(join(dir, 'broken.txt'), BROKEN);
  writeFileSync(join(dir, 'clean.md'), '2023年，全区新建学校3所。\n\n全年接待游客120万人次。\n');
  writeFileSync(join(dir, 'notes.pdf'), '%PDF-1.4');
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ children: [new TextRun('全年举办培训班6期，培训人员480人次。')] }),
          new Paragraph({ children: [new TextRun('会议由区长主持,全体委员出席。')] }),
        ],
      },
    ],
  });
  writeFileSync(join(dir, 'entry.docx'), await Packer.toBuffer(doc));
}, 30_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run check', () => {
  it('reports file:line:column in the original text of PDF-broken lines, with a summary; exit 1 on errors', () => {
    const r = runCli('--year', '2023', join(dir, 'broken.txt'));
    expect(r.code).toBe(1);
    // 2018年 9月 sits on line 2 of the file, the space at column 7 (1-based)
    expect(r.stdout).toContain(`${join(dir, 'broken.txt')}:2:7: 错误 [stray-space]`);
    expect(r.stdout).toMatch(/broken\.txt: \d+ 个错误，\d+ 个警告，\d+ 个建议；\d+ 字/);
    expect(r.stdout).toContain('编纂规范');
  }, TIMEOUT);

  it('reads .docx by paragraph and prints file:paragraph', () => {
    const r = runCli('--year', '2023', join(dir, 'entry.docx'));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${join(dir, 'entry.docx')}:第2段: 错误 [halfwidth-punctuation] “,”`);
    expect(r.stdout).not.toContain('第1段');
  }, TIMEOUT);

  it('prints JSON [{file, findings, score}] and exits 0 without errors', () => {
    const r = runCli('--format', 'json', '--year', '2023', join(dir, 'clean.md'));
    expect(r.code).toBe(0);
    const reports = JSON.parse(r.stdout) as Array<{ file: string; findings: Array<{ severity: string }>; score: { label: string; charCount: number } }>;
    expect(reports).toHaveLength(1);
    expect(reports[0].file).toBe(join(dir, 'clean.md'));
    expect(reports[0].findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(reports[0].score.label).toBe('按正文字数估算');
    expect(reports[0].score.charCount).toBeGreaterThan(20);
  }, TIMEOUT);

  it('exits 2 with a clear message on bad usage', () => {
    const none = runCli();
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('缺少要检查的文件');
    const badYear = runCli('--year', '23', join(dir, 'clean.md'));
    expect(badYear.code).toBe(2);
    expect(badYear.stderr).toContain('--year');
  }, TIMEOUT * 2);

  it('exits 2 with a clear message on a missing or unsupported file', () => {
    const missing = runCli(join(dir, 'missing.txt'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('文件不存在');
    const pdf = runCli(join(dir, 'notes.pdf'));
    expect(pdf.code).toBe(2);
    expect(pdf.stderr).toContain('不支持的文件类型');
  }, TIMEOUT * 2);
});
