// Comparison with an earlier inquiry of the same person: what changed (comparison.ts) and its words (text.ts).
export * from './comparison';
export * from './text';
