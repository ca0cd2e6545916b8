// The API's input schemas, one module per resource, shared by server routes and client forms.
export * from './common';
export * from './session';
export * from './users';
export * from './yearbooks';
export * from './members';
export * from './nodes';
export * from './events';
