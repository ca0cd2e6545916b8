// The one document schema of an entry (design.md "One document schema"): the Tiptap extension list
// both ends use, its version, and the headless ProseMirror schema built from it.
import { getSchema, type AnyExtension } from '@tiptap/core';
import { Bold } from '@tiptap/extension-bold';
import { Document } from '@tiptap/extension-document';
import { Italic } from '@tiptap/extension-italic';
import { Paragraph } from '@tiptap/extension-paragraph';
import { Subscript } from '@tiptap/extension-subscript';
import { Superscript } from '@tiptap/extension-superscript';
import { Text } from '@tiptap/extension-text';
import type { Schema } from '@tiptap/pm/model';
import { Table, TableCell, TableHeader, TableRow } from './nodes/table';
import { TableCaption, TableFigure, TableNote, TableUnit } from './nodes/tableFigure';

/**
 * Version of the schema below; the client sends it when it connects and the server closes a client
 * with another version (4426). Bump it on every change, and keep changes additive: y-tiptap deletes
 * what it cannot parse and that deletion syncs to everyone.
 */
export const SCHEMA_VERSION = 1;

/**
 * The extensions that define an entry's content (no headings, lists, code, links or hard breaks:
 * headings belong to the outline and 序号 are text). The client adds only client-only extensions.
 */
export const entryExtensions: AnyExtension[] = [
  Document,
  Paragraph,
  Text,
  Bold,
  Italic,
  Superscript,
  Subscript,
  TableFigure,
  TableCaption,
  TableUnit,
  TableNote,
  Table,
  TableRow,
  TableHeader,
  TableCell,
];

let schema: Schema | null = null;

/** The ProseMirror schema of an entry, built headless (works in Node without a DOM). */
export function getEntrySchema(): Schema {
  schema ??= getSchema(entryExtensions);
  return schema;
}
