export * from './common.ts';
export * from './guide.ts';
export * from './preset.ts';
export * from './rule.ts';
export * from './site.ts';
export * from './source.ts';
export * from './page.ts';
export * from './search.ts';
