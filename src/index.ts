/** Package entry for npm users: the elements (defined on import) and the pure core. */
export * from './core/index.js';
