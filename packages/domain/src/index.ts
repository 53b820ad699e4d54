/**
 * @entente/domain: the pure case engine of Entente. No I/O, no framework, no clock of its own:
 * callers pass `now`. Start with `decide`/`apply`/`replay`, `can`, `deadlinesFor`.
 */
export * from './actors.js';
export * from './audiences.js';
export * from './calendar.js';
export * from './commands.js';
export * from './deadlines.js';
export * from './decide.js';
export * from './event-meta.js';
export * from './events.js';
export * from './evolve.js';
export * from './policy.js';
export * from './programmes.js';
export * from './proposal-lookup.js';
export * from './proposals.js';
export * from './queries.js';
export * from './reasons.js';
export * from './relations.js';
export * from './state.js';
export * from './statuses.js';
export * from './threads.js';
export * from './transitions.js';
