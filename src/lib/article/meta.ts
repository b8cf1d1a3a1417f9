import type { LocalizedText } from '../../schemas/localized';

/**
 * What the source tells of the article itself (shared/source/README.md): its title (the running
 * header), the magazine's masthead and the first printed page. The extract names no author and
 * no issue date, so neither is given anywhere on the site.
 */
export const ARTICLE = {
  title: {
    ko: '지방정부 국제기구, 도시외교 전략의 지렛대',
    en: 'International Organisations of Local Governments: A Lever for City-Diplomacy Strategy',
  } satisfies LocalizedText,
  /** The masthead: "WORLD & CITIES / 세계와 도시 + 특집". */
  magazine: { ko: '세계와 도시', en: 'World & Cities' } satisfies LocalizedText,
  /** The article ran in the magazine's special feature (특집). */
  feature: { ko: '특집', en: 'Special feature' } satisfies LocalizedText,
  /** The printed page the extract starts at. */
  firstPage: 54,
} as const;
