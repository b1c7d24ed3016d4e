import { guideline, guidelineSubtitle, guidelineTitle, type GuidelinePoint } from '../guideline';
import { guidelineTranslations } from '../guideline/translations';
import { rules } from '../../rules';
import { h, type Child } from './dom';
import { uiStrings, type UiLang } from './strings';

/** The guideline's title level: 1 on its own page, 2 inside the popup. Section headings sit one below. */
type TitleLevel = 1 | 2;

function translationOf(lang: UiLang, text: string | undefined): Child {
  if (lang === 'nb' || text === undefined) return null;
  return h('p', { class: 'translation', lang }, h('span', { class: 'translation-label' }, `${uiStrings[lang].translationLabel}: `), text);
}

/** The warnings that rest on a point; none for a guidance-only point, which the note above the sections explains once. */
function warningsFor(point: GuidelinePoint, lang: UiLang): HTMLElement | null {
  const strings = uiStrings[lang];
  const cited = rules.filter((rule) => rule.section === point.id);
  if (cited.length === 0) return null;
  return h(
    'p',
    { class: 'point-rules', lang },
    `${strings.warningsForPoint} `,
    cited.flatMap((rule, index) => [
      index > 0 ? ', ' : null,
      h('span', { 'data-rule': rule.id }, `${strings.ruleNames[rule.id]} (${strings.severity[rule.severity]})`),
    ]),
  );
}

/**
 * The whole guideline: the original Bokmål text of every heading and point, always shown, with a
 * translation beside it for nn and en, and under each point the warnings that stand behind it.
 * Sections and points carry their ids (`bevisst`, `bevisst.krise`) as element ids for deep links.
 */
export function renderGuideline(lang: UiLang, titleLevel: TitleLevel): HTMLElement {
  const strings = uiStrings[lang];
  const translation = lang === 'nb' ? undefined : guidelineTranslations[lang];
  const titleTag = titleLevel === 1 ? 'h1' : 'h2';
  const sectionTag = titleLevel === 1 ? 'h2' : 'h3';
  return h(
    'article',
    { class: 'guideline', lang: 'nb', 'aria-labelledby': 'guideline-title' },
    h(
      'header',
      {},
      h(titleTag, { id: 'guideline-title' }, guidelineTitle),
      h('p', { class: 'subtitle' }, guidelineSubtitle),
      translation && translationOf(lang, `${translation.title} ${translation.subtitle}`),
      lang !== 'nb' && h('p', { class: 'original-note', lang }, strings.originalNote),
      h('p', { class: 'points-note', lang }, strings.pointsWithoutWarnings),
    ),
    guideline.map((section) =>
      h(
        'section',
        { id: section.id, 'aria-labelledby': `${section.id}-heading` },
        h(sectionTag, { id: `${section.id}-heading` }, section.heading),
        translation && translationOf(lang, translation.headings[section.id]),
        h(
          'ul',
          { class: 'points' },
          section.points.map((point) =>
            h(
              'li',
              { id: point.id, class: 'point' },
              h('p', { class: 'original' }, point.text),
              translation && translationOf(lang, translation.points[point.id]),
              warningsFor(point, lang),
            ),
          ),
        ),
      ),
    ),
  );
}
