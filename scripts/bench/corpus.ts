/** Pure helpers of the scale benchmark: which real pages serve as templates, and how a copy differs. */

/** The content pages of one language (not the search page), as dist-relative folders. */
export function templatePages(pages: string[], lang: 'ko' | 'en'): string[] {
  return pages.filter((p) => p.startsWith(`/${lang}/`) && p.endsWith('/') && !p.startsWith(`/${lang}/search/`));
}

/**
 * One synthetic page from a real one: its title and h1 marked with the copy number, its ids made
 * unique, and one word of its own (`synthetic0042`), so the copies are distinct documents.
 */
export function syntheticPage(html: string, copy: number): string {
  const tag = `synthetic${String(copy).padStart(4, '0')}`;
  return html
    .replace(/<title>([^<]*)<\/title>/, (_m, title: string) => `<title>${title} · ${tag}</title>`)
    .replace(/<h1([^>]*)>/, (_m, attrs: string) => `<h1${attrs}>${tag} `)
    .replace(/ id="([^"]+)"/g, (_m, id: string) => ` id="${tag}-${id}"`)
    .replace(/ href="#([^"]+)"/g, (_m, id: string) => ` href="#${tag}-${id}"`);
}
