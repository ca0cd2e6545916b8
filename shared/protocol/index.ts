// What both ends of the wire import: close codes, document names, size limits.
export * from './closeCodes';
export * from './docName';
export * from './limits';
