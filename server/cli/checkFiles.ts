// The batch checker: `npm run -s check -- [--year 2023] [--format text|json] FILE...` checks .txt,
// .md and .docx files with the shared checker. Exit 1 when any error is found, 2 on bad usage or
// an unreadable file, else 0.

import { parseArgs } from 'node:util';
import type { FileReport } from './checkDocument';

const USAGE = `用法: npm run -s check -- [--year 年份] [--format text|json] 文件...
  --year     年鉴记述的年份（默认：去年）
  --format   输出格式：text（默认）或 json
  可读文件：.txt .md .docx`;

/** Parsed command line, or a usage error message. */
export function parseCommandLine(argv: string[]): { year: number; format: 'text' | 'json'; files: string[] } | { error: string } {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { year: { type: 'string' }, format: { type: 'string', default: 'text' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (err) {
    return { error: (err as Error).message };
  }
  const { values, positionals } = parsed;
  if (values.help) return { error: '' };
  const year = values.year === undefined ? new Date().getFullYear() - 1 : Number(values.year);
  if (!Number.isInteger(year) || year < 1900 || year > 2200) return { error: `--year 应为四位年份，收到“${values.year}”` };
  if (values.format !== 'text' && values.format !== 'json') return { error: `--format 应为 text 或 json，收到“${values.format}”` };
  if (positionals.length === 0) return { error: '缺少要检查的文件' };
  return { year, format: values.format, files: positionals };
}

/** Runs the CLI; returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const cmd = parseCommandLine(argv);
  if ('error' in cmd) {
    if (cmd.error) process.stderr.write(`错误：${cmd.error}\n`);
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  // Loaded after the arguments are checked, so a usage error answers at once.
  const [{ checkDocument }, { formatJson, formatText }, { readDocument, UnreadableFileError }] = await Promise.all([
    import('./checkDocument'),
    import('./formatReport'),
    import('./readDocument'),
  ]);
  const reports: FileReport[] = [];
  for (const file of cmd.files) {
    try {
      const doc = await readDocument(file);
      reports.push(checkDocument(file, doc, { recordYear: cmd.year }));
    } catch (err) {
      if (err instanceof UnreadableFileError) {
        process.stderr.write(`错误：${err.message}\n`);
        return 2;
      }
      throw err;
    }
  }
  process.stdout.write(cmd.format === 'json' ? `${formatJson(reports)}\n` : formatText(reports));
  return reports.some((r) => r.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`内部错误：${(err as Error).stack ?? err}\n`);
    process.exitCode = 2;
  },
);
