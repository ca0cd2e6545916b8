// Reads a file for the batch checker: .txt and .md as text (PDF-broken lines joined, positions
// kept), .docx through mammoth's raw text (one paragraph per Word paragraph).

import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import mammoth from 'mammoth';
import { joinBrokenLines, locateInParagraph, type JoinedParagraph } from '@shared/checker/paragraphJoin';

/** Where a paragraph offset is in the original file. */
export type SourcePosition = { line: number; column: number } | { paragraph: number };

/** A file read as paragraphs, with a way back to positions in the file. */
export interface ReadDocument {
  kind: 'text' | 'docx';
  paragraphs: string[];
  /** Position in the file of `offset` in paragraph `index` (1-based lines, columns, paragraphs). */
  locate(index: number, offset: number): SourcePosition;
}

/** File extensions the checker reads. */
export const READABLE_EXTENSIONS = ['.txt', '.md', '.docx'];

/** An unreadable or unsupported file; the CLI exits 2 with its message. */
export class UnreadableFileError extends Error {}

function fromText(raw: string): ReadDocument {
  const { paragraphs } = joinBrokenLines(raw.replace(/^\uFEFF/, ''));
  return {
    kind: 'text',
    paragraphs: paragraphs.map((p) => p.text),
    locate(index, offset) {
      const at = locateInParagraph(paragraphs[index] as JoinedParagraph, offset);
      return { line: at.line + 1, column: at.column + 1 };
    },
  };
}

async function fromDocx(path: string): Promise<ReadDocument> {
  const { value } = await mammoth.extractRawText({ path });
  // mammoth ends every paragraph with a blank line; empty paragraphs are spacing, not text.
  const paragraphs = value.split('\n').filter((p) => p.trim() !== '');
  return { kind: 'docx', paragraphs, locate: (index) => ({ paragraph: index + 1 }) };
}

/** Reads `path` as paragraphs. Throws UnreadableFileError with a clear message. */
export async function readDocument(path: string): Promise<ReadDocument> {
  const ext = extname(path).toLowerCase();
  if (!READABLE_EXTENSIONS.includes(ext)) {
    throw new UnreadableFileError(`${path}: 不支持的文件类型“${ext || '无扩展名'}”（可读 ${READABLE_EXTENSIONS.join('、')}）`);
  }
  try {
    if (ext === '.docx') return await fromDocx(path);
    return fromText(await readFile(path, 'utf8'));
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code === 'ENOENT' ? '文件不存在' : (err as Error).message;
    throw new UnreadableFileError(`${path}: 无法读取（${reason}）`);
  }
}
