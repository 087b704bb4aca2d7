export * from './auto-start';
export * from './automatic-signals';
export * from './customer-key';
export * from './events';
export * from './identifier';
export * from './lifecycle';
export * from './queries';
export * from './hold';
