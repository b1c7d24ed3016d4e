import { shippedModel } from '../model';
import { learnedEvidence, type LearnedEvidence } from './learned';
import type { OrganisationSettings } from './settings';
import type { Lang, MessageLang, RuleId, Severity } from './schema';
import { sentenceSpans, type Span } from './text';

/** What a rule sees: the draft and what is known about it. */
export interface RuleContext {
  readonly text: string;
  readonly lang: Lang;
  readonly settings: OrganisationSettings;
  /** An image or video is attached to the draft. */
  readonly media: boolean;
  /** Sentences of `text` (computed once, shared by the rules). */
  readonly sentences: readonly Span[];
  /** The learned layer's scores, or undefined when it is switched off (word lists alone). */
  readonly learned: LearnedEvidence | undefined;
}

/** One place a rule fires. */
export interface Detection extends Span {
  /** Overrides the rule's severity for this detection (e.g. `media` with children in the text). */
  severity?: Severity;
  /** Picks `Rule.variants[variant]` instead of the default messages. */
  variant?: string;
  /** The words inside the span that weigh most for the finding (from the learned layer). */
  emphasis?: Span[];
  /**
   * Word-list evidence the model may not overrule: the rule's own structure makes it a breach
   * («Raset i natt tok med seg to garasjer»), where the model's score on a short draft is low for
   * want of knowledge rather than for evidence.
   */
  certain?: boolean;
}

export interface RuleMessages {
  /** What is wrong. May use {organisation}, {unit} and {unitContact}. */
  message: string;
  /** What to do instead. */
  suggestion: string;
}

export type LocalizedMessages = Record<MessageLang, RuleMessages>;

export interface Rule {
  id: RuleId;
  /** Guideline point id (see lib/guideline) the rule enforces. */
  section: string;
  /** The sentence of that point the warning quotes, verbatim. */
  quote: string;
  severity: Severity;
  messages: LocalizedMessages;
  variants?: Record<string, LocalizedMessages>;
  detect(context: RuleContext): Detection[];
}

/**
 * Documentation that is also a test (as in LanguageTool): drafts that must fire, with the flagged
 * words, and near-misses that must not. The rule's own test file adds a larger table. A rule module
 * exports them beside the rule (`export const examples`), so the bundles, which import only the
 * rule, leave them out.
 */
export interface RuleExamples {
  fires: RuleExample[];
  passes: string[];
}

export interface RuleExample {
  text: string;
  /** The text of one detection's span, e.g. the number or the name. */
  flagged?: string;
  media?: boolean;
  crisisMode?: boolean;
}

export type EvidenceFactory = (text: string, sentences: readonly Span[]) => LearnedEvidence;
export const shippedEvidence: EvidenceFactory = (text, sentences) => learnedEvidence(shippedModel(), text, sentences);

/** Identity helper that gives rule modules type checking and a uniform shape. */
export function defineRule(rule: Rule): Rule {
  return rule;
}

export function createContext(
  text: string,
  lang: Lang,
  settings: OrganisationSettings,
  media: boolean,
  /** The learned layer for this text; null runs the word lists alone. */
  evidenceFor: EvidenceFactory | null = shippedEvidence,
): RuleContext {
  let sentences: Span[] | undefined;
  let learned: LearnedEvidence | undefined;
  return {
    text,
    lang,
    settings,
    media,
    get sentences() {
      sentences ??= sentenceSpans(text);
      return sentences;
    },
    get learned() {
      if (evidenceFor) learned ??= evidenceFor(text, this.sentences);
      return learned;
    },
  };
}
