export * from './answer.ts';
export * from './application.ts';
export * from './common.ts';
export * from './document.ts';
export * from './event.ts';
export * from './follow.ts';
export * from './job.ts';
export * from './profile.ts';
