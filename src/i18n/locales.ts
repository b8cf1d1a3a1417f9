/** The site's languages, declared once. Korean is the original; English the translation. */
export const LOCALES = ['ko', 'en'] as const;
export type Lang = (typeof LOCALES)[number];

/** Each language's own name for itself, for the language switch. */
export const LANGUAGE_NAMES: Record<Lang, string> = { ko: '한국어', en: 'English' };

/** BCP 47 tags for `hreflang` and Open Graph. */
export const LANGUAGE_TAGS: Record<Lang, string> = { ko: 'ko-KR', en: 'en' };

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The other edition's language. */
export function otherLang(lang: Lang): Lang {
  return lang === 'ko' ? 'en' : 'ko';
}

/** `getStaticPaths` for every `[lang]` route. */
export function langPaths() {
  return LOCALES.map((lang) => ({ params: { lang } }));
}
