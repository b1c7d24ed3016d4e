export { analyze, analyzeDraft, analyzeOptionsSchema, type AnalyzeOptions, type Analysis } from './analyze';
export { detectLanguage } from './language';
export * from './schema';
export * from './settings';
export type { Rule, RuleContext, RuleExample, Detection, RuleMessages, LocalizedMessages } from './rule';
