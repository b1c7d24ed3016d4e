import { franc } from 'franc';
import type { Lang } from './schema';
import { findAll, lexicon } from './text';

// Function words that tell the three languages apart on short drafts, where franc cannot.
const englishWords = lexicon([
  'the', 'and', 'is', 'are', 'was', 'were', 'to', 'of', 'you', 'your', 'we', 'our', 'with', 'this', 'that',
  'it', "it's", 'i', "i'm", "don't", "can't", 'my', 'me', 'be', 'have', 'has', 'will', 'would', 'not', 'at',
  'on', 'from', 'who', 'what', 'about', 'all', 'just', 'please', 'today', 'thanks', 'anyone', 'there',
]);
const nynorskWords = lexicon([
  'ikkje', 'eg', 'kva', 'frå', 'heim', 'berre', 'noko', 'nokon', 'nokre', 'mykje', 'veke', 'kven', 'korleis',
  'kvifor', 'kvar', 'ein', 'eit', 'dei', 'ho', 'vere', 'vore', 'skule', 'skulen', 'sjå', 'meir', 'eige', 'eigne',
  'saman', 'heile', 'gjeld', 'kjem', 'tek', 'seier', 'trur', 'meiner', 'synest', 'høyre', 'byrja', 'òg',
  'me', 'dykk', 'hjå', 'no', 'enno', 'fekk', 'vart', 'blei', 'kjekt', 'sidan', 'bileta', 'biletet', 'ope',
  'mellom', 'eitt', 'desse', 'sjølv', 'åtte', 'leiinga', 'tysdag', 'laurdag', 'sundag',
]);
const bokmalWords = lexicon([
  'ikke', 'jeg', 'hva', 'fra', 'hjem', 'bare', 'noe', 'noen', 'mye', 'uke', 'hvem', 'hvordan', 'hvorfor',
  'hver', 'en', 'et', 'de', 'hun', 'være', 'vært', 'skole', 'skolen', 'se', 'mer', 'egen', 'egne', 'sammen',
  'hele', 'gjelder', 'kommer', 'tar', 'sier', 'tror', 'mener', 'synes', 'høre', 'begynte', 'også', 'dere',
  'hos', 'nå', 'ennå', 'fikk', 'ble', 'siden', 'bildene', 'bildet', 'åpent', 'åpen', 'selv', 'disse',
  'ledelsen', 'tirsdag', 'lørdag', 'søndag', 'av', 'om', 'etter', 'hadde', 'skal', 'kan',
]);
// Words shared by Bokmål and Nynorsk (counted as Norwegian, not for either).
const norwegianWords = lexicon([
  'og', 'er', 'på', 'det', 'som', 'til', 'med', 'har', 'å', 'du', 'vi', 'for', 'i',
  'kl', 'takk', 'hei', 'eller', 'men', 'så', 'min', 'mitt', 'mine', 'din', 'deg', 'meg', 'oss',
]);

const francLanguages = ['nob', 'nno', 'dan', 'swe', 'eng'];

const count = (pattern: RegExp, text: string) => findAll(pattern, text).length;

/**
 * The draft's language. franc, restricted to the Scandinavian languages and English, tells
 * Norwegian from English on longer drafts; marker words decide short drafts and Bokmål vs Nynorsk
 * (franc alone labels most short Bokmål as Nynorsk).
 */
export function detectLanguage(text: string): Lang {
  // The first few thousand characters decide; a huge paste does not need more.
  const sample = text.length > 4000 ? text.slice(0, 4000) : text;
  const english = count(englishWords, sample);
  const nynorsk = count(nynorskWords, sample);
  const bokmal = count(bokmalWords, sample);
  const norwegian = count(norwegianWords, sample) + nynorsk + bokmal;
  if (english === 0 && norwegian === 0 && !/[æøå]/iu.test(sample)) {
    if (!/\p{L}{2}/u.test(sample)) return 'und';
  }

  let isEnglish: boolean;
  const letters = sample.replace(/[^\p{L}\s]/gu, '').trim();
  if (letters.length >= 40) {
    const guess = franc(letters, { only: francLanguages, minLength: 10 });
    isEnglish = guess === 'eng' ? norwegian <= english * 1.5 : english > norwegian * 2 && english >= 3;
  } else {
    isEnglish = english > norwegian && !/[æøå]/iu.test(sample);
  }
  if (isEnglish) return 'en';
  if (nynorsk > bokmal) return 'nn';
  return 'nb';
}
