export { otherLang } from '../../src/i18n/locales';
export { translatePath as translatePathLang } from '../../src/lib/urls';
