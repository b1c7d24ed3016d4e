import type { Rule } from '../lib/engine/rule';
import nationalId from './national-id';
import identifiablePerson from './identifiable-person';
import personalData from './personal-data';
import politicalOpinion from './political-opinion';
import politicalProcess from './political-process';
import caseHandling from './case-handling';
import internalDispute from './internal-dispute';
import offensive from './offensive';
import sarcasm from './sarcasm';
import tone from './tone';
import crisis from './crisis';
import promise from './promise';
import privateContact from './private-contact';
import media from './media';

/** Every rule, in the order of RULES.md. Adding a rule: one module here plus its test. */
export const rules: readonly Rule[] = [
  nationalId,
  identifiablePerson,
  personalData,
  politicalOpinion,
  politicalProcess,
  caseHandling,
  internalDispute,
  offensive,
  sarcasm,
  tone,
  crisis,
  promise,
  privateContact,
  media,
];
