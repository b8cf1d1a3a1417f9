import { z } from 'astro/zod';
import ko from './ko.json';
import en from './en.json';
import type { Lang } from './locales';
import { format } from './format';

/** Every interface string key; Korean is the reference set. */
export type UiKey = keyof typeof ko;

/** Both files must hold the same keys, each a non-empty string. */
export function checkUiStrings(reference: Record<string, unknown>, candidate: Record<string, unknown>, name: string): void {
  const shape = Object.fromEntries(Object.keys(reference).map((key) => [key, z.string().trim().min(1)]));
  const result = z.strictObject(shape).safeParse(candidate);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.') || ('keys' in issue ? issue.keys.join(', ') : '')}: ${issue.message}`);
    throw new Error(`Interface strings in src/i18n/${name}.json do not match ko.json:\n  ${problems.join('\n  ')}`);
  }
}

checkUiStrings(ko, en, 'en');
const strings: Record<Lang, Record<UiKey, string>> = { ko, en: en as Record<UiKey, string> };

/**
 * The interface strings of one language: `t('nav.article')`, and with values for its
 * placeholders, `t('data.rows', { n: 16 })`. A key that does not exist fails loudly.
 */
export function useTranslations(lang: Lang) {
  return (key: UiKey, values?: Readonly<Record<string, string | number>>): string => {
    const template = strings[lang][key] as string | undefined;
    if (template === undefined) throw new Error(`No interface string "${key}" in src/i18n/${lang}.json`);
    return values ? format(template, values) : template;
  };
}
