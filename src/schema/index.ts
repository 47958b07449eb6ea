export * from './actuals.ts';
export * from './common.ts';
export * from './offering.ts';
export * from './playbook.ts';
export * from './process.ts';
export * from './role.ts';
export * from './scenario.ts';
export * from './segment.ts';
