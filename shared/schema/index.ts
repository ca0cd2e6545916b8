// The public surface of shared/schema: the entry schema, its text model, and reading a Y.Doc.
export { SCHEMA_VERSION, entryExtensions, getEntrySchema } from './schema';
export { isRemoteTransaction } from './nodes/table';
export * from './text';
export * from './yjs';
