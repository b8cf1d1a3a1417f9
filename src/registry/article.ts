/**
 * The article this site publishes: where its files are, and what the source tells of the article
 * itself (shared/source/README.md): its title (the running header), the magazine's masthead and
 * the first printed page. The extract names no author and no issue date, so neither is given
 * anywhere on the site. Code reads these from here rather than assuming one article's paths.
 */
import type { LocalizedText } from '../schemas/localized';

export const ARTICLE = {
  /** The verbatim source extract, the authority for every Korean text. */
  sourceFile: 'content/source/article.txt',
  /** The sections: `<base>/<lang>/NN-slug.mdx`, NN being the section number. */
  sections: { base: 'content/article', pattern: '{ko,en}/*.mdx' },
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
