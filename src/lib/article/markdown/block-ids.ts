import { ARTICLE } from '../../../registry/article';

/** Section files are `<base>/<lang>/NN-slug.mdx`; NN is the section number. */
const SECTION_FILE = new RegExp(`${RegExp.escape(ARTICLE.sections.base)}/(ko|en)/(\\d{2})-[a-z0-9-]+\\.mdx?$`);

/** The language and section number of an article file, or undefined for any other file. */
export function sectionOfPath(path: string): { lang: 'ko' | 'en'; number: number } | undefined {
  const match = SECTION_FILE.exec(path.replaceAll('\\', '/'));
  return match ? { lang: match[1] as 'ko' | 'en', number: Number(match[2]) } : undefined;
}

/** The section number of an article file, or undefined for any other file. */
export function sectionNumberFromPath(path: string): number | undefined {
  return sectionOfPath(path)?.number;
}

/** `s3-p4`: the 4th paragraph-like block of section 3; `s3-h1`: its first sub-heading. */
export function blockId(section: number, kind: 'p' | 'h', index: number): string {
  return `s${section}-${kind}${index}`;
}

/** The id of a whole section's heading. */
export function sectionId(section: number): string {
  return `s${section}`;
}
