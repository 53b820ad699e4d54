export * from './users.js';
export * from './platform.js';
export * from './cases.js';
export * from './intake.js';
export * from './documents.js';
export * from './drafts.js';
export * from './businesses.js';
export * from './messages.js';
