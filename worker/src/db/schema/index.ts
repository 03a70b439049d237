export * from './boards.ts';
export * from './events.ts';
export * from './llm.ts';
export * from './rate-limits.ts';
export * from './sessions.ts';
export * from './sync.ts';
export * from './users.ts';
